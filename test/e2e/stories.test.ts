import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { ROOT, runDossier, tempDir } from './helpers.ts';

// The copy-link fixture (originals, copies, rewrites, a translation, same-topic articles) as a JSONL dump, through the real CLI.
interface FixtureArticle { id: string; outlet: string; publishedAt: string; title: string; text: string }
const fixture = join(ROOT, 'test', 'fixtures', 'rewrites');
const articles: FixtureArticle[] = JSON.parse(readFileSync(join(fixture, 'articles.json'), 'utf8'));
const gold: { copies: Record<string, string> } = JSON.parse(readFileSync(join(fixture, 'gold.json'), 'utf8'));
const dir = tempDir();
const db = join(dir, 'stories.db');
const dump = join(dir, 'articles.jsonl');
writeFileSync(dump, articles.map((a) => JSON.stringify({ title: a.title, text: a.text, outlet: a.outlet, published: a.publishedAt })).join('\n'));

interface StoryRow { id: string; articleIds: string[]; independentSources: number; duplicateOf: Record<string, string> }
interface StoryArticleRow { id: string; title?: string; outlet?: string; duplicateOf?: string; copyMethod?: { method: string } }
let stories: StoryRow[];
/** Fixture id → stored article id and story. */
const stored = new Map<string, { articleId: string; story: StoryRow }>();

async function run(args: string[]) {
  const result = await runDossier([...args, '--db', db]);
  assert.equal(result.code, 0, result.stderr);
  return result.stdout;
}

before(async () => {
  await run(['ingest', dump, '--json']);
  const listed = JSON.parse(await run(['stories', '--json']));
  stories = Array.isArray(listed) ? listed : listed.stories;
  for (const story of stories) {
    const { articles: rows } = JSON.parse(await run(['story', story.id, '--json'])) as { articles: StoryArticleRow[] };
    for (const row of rows) {
      const match = articles.find((a) => a.title === row.title && a.outlet === row.outlet);
      if (match) stored.set(match.id, { articleId: row.id, story });
    }
  }
});

test('dossier story: every fixture article is listed in a story', () => {
  assert.equal(stored.size, articles.length);
});

test('dossier story: each copy, rewrite and translation links to its original, in the original’s story', () => {
  for (const [copy, original] of Object.entries(gold.copies)) {
    const a = stored.get(copy)!;
    const b = stored.get(original)!;
    assert.equal(a.story.id, b.story.id, `${copy} is in the story of ${original}`);
    assert.equal(a.story.duplicateOf[a.articleId], b.articleId, `${copy} is a copy of ${original}`);
  }
});

test('dossier story: an article that reports the story independently is not a copy', () => {
  for (const id of articles.map((a) => a.id).filter((id) => id.endsWith('-original') || id.endsWith('-other'))) {
    const { articleId, story } = stored.get(id)!;
    assert.equal(story.duplicateOf[articleId], undefined, id);
  }
});

test('dossier stories: independent sources count outlets with an article that is not a copy', () => {
  for (const story of stories) {
    const outlets = new Set([...stored.entries()].filter(([, s]) => s.story.id === story.id && story.duplicateOf[s.articleId] === undefined).map(([id]) => articles.find((a) => a.id === id)!.outlet));
    assert.equal(story.independentSources, outlets.size, story.id);
  }
});

test('dossier story: the text listing puts originals first and names each copy’s original and method', async () => {
  const flood = stored.get('flood-copy')!;
  const text = await run(['story', flood.story.id]);
  const lines = text.trim().split('\n').slice(2);
  const firstCopy = lines.findIndex((line) => line.includes('copy of'));
  assert.ok(firstCopy > 0, text);
  assert.ok(lines.slice(firstCopy).every((line) => line.includes('copy of')), text);
  assert.match(text, new RegExp(`copy of ${stored.get('flood-original')!.articleId.slice(0, 10)} \\((exact|near|rewrite)`));
});
