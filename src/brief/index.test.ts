import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanOf } from '../core/span.ts';
import type { Sentence } from '../core/types.ts';
import { buildBriefing, type BriefArticle } from './index.ts';
import { renderMarkdown } from './render-markdown.ts';
import { renderHtml } from './render-html.ts';
import { readsAlone } from './key-points.ts';

function article(id: string, text: string, extra: Partial<BriefArticle['layers']> = {}, outlet?: string): BriefArticle {
  const sentences: Sentence[] = [];
  const pattern = /[^.!?]+[.!?]/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    sentences.push({ start, end: m.index + m[0].length });
  }
  return { id, text, meta: { authors: [], title: `Title ${id}` }, source: { input: `${id}.txt`, outlet, fetchedAt: '2025-01-01T00:00:00Z' }, layers: { paragraphs: [{ start: 0, end: text.length, kind: 'body' }], sentences, ...extra } };
}

const A = 'The river burst its banks on Monday and flooded the old town centre. Hundreds of residents left their homes as the water rose. The mayor said emergency shelters were open in two schools.';
const B = 'Flood water filled the old town centre after the river burst its banks. Residents left their homes overnight. Rescue crews used boats to reach the elderly.';
const C = 'The river burst its banks on Monday and flooded the old town centre. Hundreds of residents left their homes as the water rose. The mayor said emergency shelters were open in two schools.';

function briefing(articles: BriefArticle[], duplicateOf: Record<string, string> = {}) {
  return buildBriefing({ story: { id: 's1', title: 'Floods', independentSources: 2, duplicateOf }, articles, comparisons: [], lookupEntity: () => undefined });
}

test('buildBriefing: every key point is the exact text of its first citation', () => {
  const articles = [article('a', A), article('b', B)];
  const result = briefing(articles);
  assert.ok(result.keyPoints.length >= 2);
  for (const point of result.keyPoints) {
    const cited = articles.find((a) => a.id === point.citations[0]!.articleId)!;
    assert.equal(cited.text.slice(point.citations[0]!.span.start, point.citations[0]!.span.end), point.text);
  }
});

test('buildBriefing: a point reported by two outlets cites both', () => {
  const result = briefing([article('a', A), article('b', B)]);
  const flood = result.keyPoints.find((p) => p.text.includes('burst its banks'))!;
  assert.deepEqual(new Set(flood.citations.map((c) => c.articleId)), new Set(['a', 'b']));
});

test('buildBriefing: copies are numbered after originals and never the first citation', () => {
  const result = briefing([article('c', C), article('a', A)], { c: 'a' });
  assert.equal(result.sources[0]!.articleId, 'a');
  assert.equal(result.sources[1]!.copyOf, 'a');
  for (const point of result.keyPoints) assert.equal(point.citations[0]!.copy, false);
});

test('buildBriefing: who said what groups quotes by speaker', () => {
  const text = '"We will rebuild every bridge," the mayor said on Tuesday. Crews began work at dawn.';
  const quote = { cue: spanOf(text, 'said'), content: [spanOf(text, 'We will rebuild every bridge,')], source: spanOf(text, 'the mayor'), direct: true };
  const result = briefing([article('q', text, { quotes: [quote] })]);
  assert.equal(result.whoSaidWhat[0]?.speaker, 'the mayor');
  assert.match(result.whoSaidWhat[0]!.statements[0]!.text, /rebuild every bridge/);
});

test('renderers: markdown and html cite every key point, html escapes text', () => {
  const result = briefing([article('a', A.replace('two schools', 'two <b>schools</b>')), article('b', B)]);
  const md = renderMarkdown(result);
  for (const point of result.keyPoints) assert.ok(md.includes(`${point.text.replace(/\s+/g, ' ')} [`));
  const html = renderHtml(result);
  assert.ok(!html.includes('<b>schools'));
});

test('buildBriefing: one statement reported by two outlets in other words keeps both wordings', () => {
  const one = '"We will rebuild every bridge in the city," the mayor said.';
  const two = '"We shall rebuild every bridge in the city," the mayor told reporters.';
  const quoteOf = (text: string, content: string, cue: string) => ({ cue: spanOf(text, cue), content: [spanOf(text, content)], source: spanOf(text, 'the mayor'), direct: true });
  const result = briefing([
    article('a', one, { quotes: [quoteOf(one, 'We will rebuild every bridge in the city,', 'said')] }),
    article('b', two, { quotes: [quoteOf(two, 'We shall rebuild every bridge in the city,', 'told')] }),
  ]);
  const statement = result.whoSaidWhat[0]!.statements[0]!;
  assert.deepEqual(new Set(statement.citations.map((c) => c.articleId)), new Set(['a', 'b']));
  assert.equal(statement.wordings.length, 1);
  assert.match(statement.wordings[0]!.text, /shall rebuild/);
});

test('buildBriefing: a source without a title is named by its lead sentence, a titled one is not', () => {
  const untitled = article('u', B);
  untitled.meta = { authors: [] };
  const result = briefing([article('a', A), untitled]);
  const source = result.sources.find((s) => s.articleId === 'u')!;
  assert.equal(source.lead, 'Flood water filled the old town centre after the river burst its banks');
  assert.equal(result.sources.find((s) => s.articleId === 'a')!.lead, undefined);
  assert.match(renderMarkdown(result), /Flood water filled the old town centre after the river burst its banks — u\.txt/);
});

const READS_ALONE: [string, boolean][] = [
  ['The river burst its banks on Monday.', true],
  ['Two hours ago, the river burst its banks.', false],
  ['Earlier today the mayor opened two shelters.', false],
  ['Yesterday morning crews began pumping water.', false],
  ['However, the water kept rising.', false],
  ['Todays forecast is dry.', true],
  ['Two hundred residents left their homes.', true],
];
for (const [text, expected] of READS_ALONE) test(`readsAlone: ${text}`, () => assert.equal(readsAlone(text), expected));
