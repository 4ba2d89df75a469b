import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_ITEM_ATTEMPTS, pollFeeds } from './poll-feeds.ts';
import { reply, startTestServer } from './test-server.ts';
import type { IngestItem } from './types.ts';

test('pollFeeds hands on each new item once, retries failures a few times, and stops when aborted', { timeout: 5000 }, async () => {
  const POLLS = MAX_ITEM_ATTEMPTS + 2;
  const controller = new AbortController();
  let polls = 0;
  const links = ['/a', '/missing'];
  const server = await startTestServer({
    '/feed': (request, response) => {
      polls += 1;
      if (polls === 2) links.push('/b'); // a story published between the first and second poll
      if (polls === POLLS) controller.abort();
      const items = links.map((link) => `<item><title>${link}</title><link>${link}</link></item>`).join('');
      reply(`<rss version="2.0"><channel><title>Poll</title>${items}</channel></rss>`, { 'content-type': 'application/rss+xml' })(request, response);
    },
    '/a': reply('<p>A</p>'),
    '/b': reply('<p>B</p>'),
  });
  const seen: string[] = [];
  const onItem = (item: IngestItem) => {
    seen.push(item.kind === 'document' ? `doc ${item.document.input}` : `fail ${item.input}`);
  };
  try {
    await pollFeeds([`${server.url}/feed`], 20, { allowPrivate: true, isKnownUrl: (url) => url.endsWith('/known') }, onItem, controller.signal);
  } finally {
    await server.close();
  }
  assert.equal(polls, POLLS);
  assert.deepEqual(seen.map((line) => line.replace(server.url, '')), [
    'doc /a',
    'fail /missing',
    'fail /missing',
    'doc /b',
    ...Array(MAX_ITEM_ATTEMPTS - 2).fill('fail /missing'),
  ]);
});

test('pollFeeds returns at once when the signal is already aborted', { timeout: 2000 }, async () => {
  const items: IngestItem[] = [];
  await pollFeeds(['http://127.0.0.1:1/feed'], 10, {}, (item) => void items.push(item), AbortSignal.abort());
  assert.deepEqual(items, []);
});

test('pollFeeds asks for the feed conditionally and gets nothing new from a 304', { timeout: 5000 }, async () => {
  const controller = new AbortController();
  const conditions: (string | undefined)[] = [];
  const server = await startTestServer({
    '/feed': (request, response) => {
      conditions.push(request.headers['if-none-match']);
      if (conditions.length === 3) controller.abort();
      if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304).end();
      reply('<rss version="2.0"><channel><title>Etag</title><item><link>/a</link></item></channel></rss>', { 'content-type': 'application/rss+xml', etag: '"v1"' })(request, response);
    },
    '/a': reply('<p>A</p>'),
  });
  const seen: string[] = [];
  try {
    await pollFeeds([`${server.url}/feed`], 10, { allowPrivate: true }, (item) => void seen.push(item.kind), controller.signal);
  } finally {
    await server.close();
  }
  assert.deepEqual(conditions, [undefined, '"v1"', '"v1"']);
  assert.deepEqual(seen, ['document']);
});
