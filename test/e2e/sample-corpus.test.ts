import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { ROOT, runDossier, tempDir } from './helpers.ts';

// The real CLI on the sample corpus in examples/, into a temporary database.
const db = join(tempDir(), 'sample.db');
const examples = join(ROOT, 'examples');

// Lines of the sample files that are page furniture, not article text.
const BOILERPLATE_LINES = ['Leave a Reply', 'Support The Moscow Times!', 'Sign up for our free weekly newsletter', 'Subscribers agree to the Privacy Policy', 'Dear readers,', 'Remind me later.', 'Not ready to support today?', 'Jim Watson / AFP'];

let ingest: { code: number; stdout: string; stderr: string };
before(async () => {
  ingest = await runDossier(['ingest', examples, '--db', db, '--json']);
});

async function json(args: string[]) {
  const result = await runDossier([...args, '--db', db, '--json']);
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout);
}

test('sample corpus: all five articles are stored', () => {
  assert.equal(ingest.code, 0, ingest.stderr);
  const summary = JSON.parse(ingest.stdout);
  assert.equal(summary.stored, readdirSync(examples).filter((f) => f.endsWith('.txt')).length);
  assert.equal(summary.stored, 5);
  assert.deepEqual(summary.failed, []);
});

test('sample corpus: ingesting again stores nothing new', async () => {
  const again = await runDossier(['ingest', examples, '--db', db, '--json']);
  assert.equal(again.code, 0);
  const summary = JSON.parse(again.stdout);
  assert.equal(summary.stored, 0);
  assert.equal(summary.duplicates, 5);
});

test('sample corpus: no boilerplate line survives extraction', async () => {
  const stories = await json(['stories']);
  const ids: string[] = stories.flatMap((s: { articleIds: string[] }) => s.articleIds);
  assert.equal(ids.length, 5);
  for (const id of ids) {
    const article = await json(['show', id]);
    for (const line of BOILERPLATE_LINES) assert.ok(!article.text.includes(line), `${id} still has "${line}"`);
    assert.ok(article.text.length > 1000, 'the article body is kept');
  }
  const raw = readFileSync(join(examples, readdirSync(examples).find((f) => f.startsWith('003'))!), 'utf8');
  assert.ok(raw.includes('Dear readers,'), 'the fixture really has the boilerplate');
});

test('sample corpus: every spelling of Zelensky is one entity', async () => {
  const entities: { name: string; aliases: string[]; type: string; members: { articleId: string }[] }[] = await json(['entities', '--limit', '100000']);
  const zelensky = entities.filter((e) => [e.name, ...e.aliases].some((n) => /zelensk/i.test(n)));
  assert.equal(zelensky.length, 1, `found ${zelensky.map((e) => e.name).join(' | ')}`);
  assert.equal(zelensky[0]!.type, 'PER');
  assert.ok(new Set(zelensky[0]!.members.map((m) => m.articleId)).size >= 4);
});

test('sample corpus: a direct quote is attributed to its speaker', async () => {
  const quotes: { speaker?: string; text: string; direct: boolean }[] = await json(['quotes']);
  const ended = quotes.find((q) => q.text.includes('Everybody wants it ended'));
  assert.ok(ended, 'the quote is found');
  assert.match(ended.speaker ?? '', /Trump/);
});

test('sample corpus: every briefing sentence cites an article that contains it', async () => {
  const briefing = await json(['brief']);
  const items = [
    ...briefing.keyPoints,
    ...briefing.timeline,
    ...[...briefing.contested, ...briefing.corroborated].flatMap((f: { variants: { items: unknown[] }[] }) => f.variants.flatMap((v) => v.items)),
    ...briefing.whoSaidWhat.flatMap((s: { statements: unknown[] }) => s.statements),
  ] as { text: string; citations: { articleId: string; span: { start: number; end: number } }[] }[];
  assert.ok(briefing.keyPoints.length >= 3, 'the briefing has key points');
  const texts = new Map<string, string>();
  for (const item of items) {
    assert.ok(item.citations.length >= 1, `uncited: ${item.text}`);
    const first = item.citations[0]!;
    if (!texts.has(first.articleId)) texts.set(first.articleId, (await json(['show', first.articleId])).text);
    assert.equal(texts.get(first.articleId)!.slice(first.span.start, first.span.end), item.text);
  }
});

test('sample corpus: the markdown briefing marks every key point with a source number', async () => {
  const result = await runDossier(['brief', '--db', db]);
  assert.equal(result.code, 0, result.stderr);
  const section = result.stdout.split('## Key points')[1]!.split('\n## ')[0]!;
  const points = section.split('\n').filter((l) => l.startsWith('- '));
  assert.ok(points.length >= 3);
  for (const point of points) assert.match(point, /\[\d+\]$/);
});

test('sample corpus: search finds articles by words', async () => {
  const hits: { articleId: string }[] = await json(['search', 'nuclear power plant']);
  assert.ok(hits.length >= 1);
});
