import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { createPipeline, ingestInputs, organiseStore, openStore } from '../library/index.ts';
import { ROOT, tempDir } from '../../test/e2e/helpers.ts';
import { createApp } from './app.ts';

const store = openStore(join(tempDir('dossier-api-'), 'api.db'));
let pipeline: ReturnType<typeof createPipeline>;
const app = createApp(store, { pipeline: () => pipeline });

before(async () => {
  pipeline = createPipeline();
  await ingestInputs(store, pipeline, [join(ROOT, 'examples')]);
  await organiseStore(store);
});

test('api: stories, a story, its briefing in three formats', async () => {
  const stories = await (await app.request('/api/stories')).json();
  assert.ok(stories.length >= 1);
  const id = stories[0].id;
  const story = await (await app.request(`/api/stories/${id}`)).json();
  assert.equal(story.story.id, id);
  const briefing = await (await app.request(`/api/stories/${id}/briefing`)).json();
  assert.ok(briefing.keyPoints.length >= 1);
  const md = await app.request(`/api/stories/${id}/briefing?format=md`);
  assert.match(md.headers.get('content-type') ?? '', /markdown/);
  const html = await (await app.request(`/api/stories/${id}/briefing?format=html`)).text();
  assert.match(html, /<section class="briefing"/);
});

test('api: articles, one article, search, entities, quotes', async () => {
  const articles = await (await app.request('/api/articles?limit=2')).json();
  assert.equal(articles.length, 2);
  const article = await (await app.request(`/api/articles/${articles[0].id}`)).json();
  assert.equal(article.id, articles[0].id);
  assert.ok(Array.isArray(await (await app.request('/api/search?q=peace')).json()));
  assert.ok((await (await app.request('/api/entities')).json()).length > 0);
  assert.ok(Array.isArray(await (await app.request('/api/quotes')).json()));
});

// [method, path, body, expected status, expected error pattern]
const errors: [string, string, string | undefined, number, RegExp][] = [
  ['GET', '/api/stories/nope-nope', undefined, 404, /no story "nope-nope"/],
  ['GET', '/api/articles/zzzzzzzz', undefined, 404, /no article/],
  ['GET', '/api/search', undefined, 400, /q is required/],
  ['GET', '/api/articles?limit=-3', undefined, 400, /limit/],
  ['GET', '/api/stories/x/briefing?format=pdf', undefined, 400, /invalid request/],
  ['GET', '/api/nothing-here', undefined, 404, /no such endpoint/],
  ['POST', '/api/articles', '{not json', 400, /not valid JSON/],
  ['POST', '/api/articles', JSON.stringify({ title: 'no body' }), 400, /exactly one of text or html/],
  ['POST', '/api/articles', JSON.stringify({ text: 'x', extra: 1 }), 400, /invalid request/],
];
for (const [method, path, body, status, pattern] of errors) {
  test(`api: ${method} ${path} ${body?.slice(0, 30) ?? ''} → ${status}`, async () => {
    const response = await app.request(path, { method, body, headers: body ? { 'content-type': 'application/json' } : undefined });
    assert.equal(response.status, status);
    assert.match((await response.json()).error, pattern);
  });
}

test('api: POST an article with no usable text is a 422 naming the problem', async () => {
  const response = await app.request('/api/articles', { method: 'POST', body: JSON.stringify({ text: '\u0000'.repeat(10) }), headers: { 'content-type': 'application/json' } });
  assert.equal(response.status, 422);
  assert.match((await response.json()).failed[0].reason, /no article text/);
});

test('api: POST an article stores it once and regroups stories', async () => {
  const body = JSON.stringify({ title: 'Dam Opens', text: 'The new river dam opened on Tuesday after nine years of construction, officials in the province said.', outlet: 'Valley News' });
  const first = await app.request('/api/articles', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  assert.equal(first.status, 201);
  const again = await app.request('/api/articles', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  assert.equal(again.status, 200);
  assert.equal((await again.json()).duplicates, 1);
});

test('web: the story list links to briefing pages, an unknown story is a 404 page', async () => {
  const list = await (await app.request('/')).text();
  const link = /href="(\/stories\/[^"]+)"/.exec(list)?.[1];
  assert.ok(link);
  const page = await app.request(link);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /Key points/);
  const missing = await app.request('/stories/unknown-story');
  assert.equal(missing.status, 404);
  assert.match(await missing.text(), /no story/);
});
