import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readInputs } from './read-inputs.ts';
import { USER_AGENT } from './limits.ts';
import { redirect, reply, startTestServer, type TestServer } from './test-server.ts';
import type { IngestItem, IngestOptions } from './types.ts';

const HTML = { 'content-type': 'text/html; charset=utf-8' };
const ARTICLE = '<html><body><p>Article body.</p></body></html>';

let server: TestServer;
let base = '';
const rss = (links: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Outlet</title>${links
  .map((link, i) => `<item><title>Item ${i + 1}</title><link>${link}</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><author>Writer ${i + 1}</author></item>`)
  .join('')}</channel></rss>`;

before(async () => {
  server = await startTestServer({
    '/article': reply(ARTICLE),
    '/text': reply('Plain words.', { 'content-type': 'text/plain' }),
    '/plain-html': reply('<!doctype html><p>mislabelled</p>', { 'content-type': 'text/plain' }),
    '/r1': redirect('/r2', 301),
    '/r2': redirect(`${'/article'}`, 302),
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a'),
    '/to-file': redirect('file:///etc/passwd'),
    '/slow': () => {}, // never answers
    '/slow-body': (_request, response) => response.writeHead(200, HTML).write('<p>start'),
    '/octets': reply('abc', { 'content-type': 'application/octet-stream' }),
    '/json': reply('{"a":1}', { 'content-type': 'application/json' }),
    '/pdf': reply('%PDF-1.5\n', { 'content-type': 'application/pdf' }),
    '/empty': reply('', HTML),
    '/declared-big': reply('x'.repeat(1000), { ...HTML, 'content-length': '1000' }),
    '/streamed-big': (_request, response) => {
      response.writeHead(200, HTML);
      for (let i = 0; i < 10; i++) response.write('y'.repeat(30));
      response.end();
    },
    '/rss': reply(rss(['/article', '/missing', '/known', 'text', '/pdf']), { 'content-type': 'application/rss+xml' }),
    '/atom': reply(`<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Outlet</title><entry><title>A</title><link href="/r1"/><updated>2024-03-05T10:00:00Z</updated><author><name>Ann</name></author></entry></feed>`, { 'content-type': 'application/atom+xml' }),
    '/feed.json': reply(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Json Outlet', items: [{ id: '1', url: '/text', title: 'J' }] }), { 'content-type': 'application/feed+json' }),
    '/xml-feed-as-text': reply(rss(['/text']), { 'content-type': 'text/xml' }),
    '/feed-as-html': reply(rss(['/text']), { 'content-type': 'text/html' }),
    '/laughs': reply(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'a'.repeat(10)}"><!ENTITY b "${'&a;'.repeat(10)}"><!ENTITY c "${'&b;'.repeat(10)}">]><rss version="2.0"><channel><title>&c;</title><item><title>&c;</title><link>/article</link></item></channel></rss>`, { 'content-type': 'application/rss+xml' }),
    '/feed-of-feeds': reply(rss(['/rss']), { 'content-type': 'application/rss+xml' }),
  });
  base = server.url;
});
after(() => server.close());

/** Short strings for items: "doc <input> <format> <url> <text>" or "fail <input>: <reason>", with the base URL elided. */
async function collect(inputs: string[], options: IngestOptions = {}): Promise<string[]> {
  const lines: string[] = [];
  for await (const item of readInputs(inputs, { allowPrivate: true, timeoutMs: 2000, ...options })) lines.push(describe(item));
  return lines;
}

function describe(item: IngestItem): string {
  const short = (text: string | undefined) => (text ?? '-').replaceAll(base, '');
  if (item.kind === 'failure') return `fail ${short(item.input)}: ${short(item.reason)}`;
  const { input, format, url } = item.document;
  return `doc ${short(input)} ${format} ${short(url)} ${Buffer.from(item.document.bytes).toString('utf8').slice(0, 30)}`;
}

test('pages are fetched with the Dossier user agent, following redirects and checking types and sizes', { timeout: 10_000 }, async () => {
  const rows: [string, IngestOptions, string][] = [
    ['/article', {}, `doc /article html /article ${ARTICLE.slice(0, 30)}`],
    ['/text', {}, 'doc /text text /text Plain words.'],
    ['/plain-html', {}, 'doc /plain-html html /plain-html <!doctype html><p>mislabelled<'],
    ['/r1', {}, `doc /r1 html /article ${ARTICLE.slice(0, 30)}`],
    ['/loop-a', {}, 'fail /loop-a: redirect loop: /loop-a → /loop-b → /loop-a'],
    ['/to-file', {}, 'fail /to-file: only http and https URLs are fetched, not file (file:///etc/passwd)'],
    ['/missing', {}, 'fail /missing: HTTP 404 Not Found from /missing'],
    ['/octets', {}, 'fail /octets: unsupported content type application/octet-stream; expected HTML, plain text or a feed'],
    ['/json', {}, 'fail /json: unsupported content type application/json; expected HTML, plain text or a feed'],
    ['/pdf', {}, 'fail /pdf: looks like a PDF document, not text or HTML'],
    ['/empty', {}, 'fail /empty: empty response'],
    ['/declared-big', { maxBytes: 100 }, 'fail /declared-big: response is 1000 bytes, over the 100 bytes limit (maxBytes)'],
    ['/streamed-big', { maxBytes: 100 }, 'fail /streamed-big: response is over the 100 bytes limit (maxBytes)'],
  ];
  for (const [path, options, expected] of rows) assert.deepEqual(await collect([base + path], options), [expected], path);
  const agents = new Set(server.requests.map((request) => request.headers['user-agent']));
  assert.deepEqual([...agents], [USER_AGENT]);
});

test('a redirect chain longer than five hops fails', { timeout: 5000 }, async () => {
  const chain = await startTestServer(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`/hop${i}`, redirect(`/hop${i + 1}`)])));
  try {
    const [failure] = await collect([`${chain.url}/hop0`]);
    assert.equal(failure.replaceAll(chain.url, ''), `fail /hop0: too many redirects (more than 5), starting at /hop0`);
    assert.equal(chain.requests.length, 6, 'the first request and five redirects');
  } finally {
    await chain.close();
  }
});

test('slow servers time out, whether silent or stalling mid-body', { timeout: 5000 }, async () => {
  assert.deepEqual(await collect([`${base}/slow`, `${base}/slow-body`, `${base}/text`], { timeoutMs: 200 }), [
    'fail /slow: timed out after 0.2 s (timeoutMs)',
    'fail /slow-body: timed out after 0.2 s (timeoutMs)',
    'doc /text text /text Plain words.',
  ]);
});

test('loopback is refused unless private addresses are allowed, on every redirect hop', { timeout: 5000 }, async () => {
  const before = server.requests.length;
  assert.deepEqual(await collect([`${base}/article`], { allowPrivate: false }), [
    'fail /article: blocked address 127.0.0.1: loopback addresses are not fetched; pass allowPrivate to permit',
  ]);
  assert.equal(server.requests.length, before, 'no request reached the server');
  // A public host that redirects inward: the second hop is checked too.
  const fakeFetch = (async () => new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } })) as typeof fetch;
  assert.deepEqual(await collect(['http://93.184.216.34/'], { allowPrivate: false, fetch: fakeFetch }), [
    'fail http://93.184.216.34/: blocked address 169.254.169.254: link-local (includes cloud metadata services) addresses are not fetched; pass allowPrivate to permit',
  ]);
});

test('feeds are detected by content and each item link is fetched with the feed fields', { timeout: 10_000 }, async () => {
  const documents: IngestItem[] = [];
  for await (const item of readInputs([`${base}/rss`], { allowPrivate: true, isKnownUrl: (url) => url.endsWith('/known') })) documents.push(item);
  assert.deepEqual(documents.map(describe), [
    `doc /article html /article ${ARTICLE.slice(0, 30)}`,
    'fail /missing: HTTP 404 Not Found from /missing',
    'doc /text text /text Plain words.',
    'fail /pdf: looks like a PDF document, not text or HTML',
  ]);
  const first = documents[0].kind === 'document' ? documents[0].document : undefined;
  assert.deepEqual(first?.fields, { title: 'Item 1', published: '2024-03-05T10:00:00.000Z', authors: ['Writer 1'], outlet: 'Test Outlet', url: `${base}/article` });
  assert.equal(first?.feedUrl, `${base}/rss`);
  const rows: [string, string[]][] = [
    ['/atom', [`doc /r1 html /article ${ARTICLE.slice(0, 30)}`]],
    ['/feed.json', ['doc /text text /text Plain words.']],
    ['/xml-feed-as-text', ['doc /text text /text Plain words.']],
    ['/feed-as-html', ['doc /text text /text Plain words.']],
    ['/feed-of-feeds', ['fail /rss: the link leads to another feed, which is not followed']],
  ];
  for (const [path, expected] of rows) assert.deepEqual(await collect([base + path]), expected, path);
});

test('a feed declaring entities is refused without expanding them', { timeout: 5000 }, async () => {
  const before = server.requests.length;
  assert.deepEqual(await collect([`${base}/laughs`]), [
    'fail /laughs: feed declares XML entities in a DOCTYPE; refused, since expanding them can exhaust memory (billion laughs)',
  ]);
  assert.equal(server.requests.length, before + 1, 'no item was fetched');
});

test('an abort signal cancels a request in flight and stops further inputs', { timeout: 5000 }, async () => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 100);
  assert.deepEqual(await collect([`${base}/slow`, `${base}/text`], { signal: controller.signal }), ['fail /slow: cancelled']);
});

test('feed item pages are fetched a few at a time but yielded in feed order', { timeout: 5000 }, async () => {
  let slowAnswered = false;
  let fastAskedBeforeSlowAnswered = false;
  const feedServer = await startTestServer({
    '/feed': reply(rss(['/slow-page', '/fast-page']), { 'content-type': 'application/rss+xml' }),
    '/slow-page': (request, response) => setTimeout(() => {
      slowAnswered = true;
      reply('<p>slow</p>')(request, response);
    }, 300),
    '/fast-page': (request, response) => {
      fastAskedBeforeSlowAnswered = !slowAnswered;
      reply('<p>fast</p>')(request, response);
    },
  });
  try {
    const items = (await collect([`${feedServer.url}/feed`])).map((line) => line.replaceAll(feedServer.url, ''));
    assert.deepEqual(items, ['doc /slow-page html /slow-page <p>slow</p>', 'doc /fast-page html /fast-page <p>fast</p>']);
    assert.equal(fastAskedBeforeSlowAnswered, true);
  } finally {
    await feedServer.close();
  }
});

test("feed items honour the site's robots.txt, once per host, unless told to ignore it", { timeout: 10_000 }, async () => {
  const feedServer = await startTestServer({
    '/robots.txt': reply('User-agent: *\nDisallow: /members/\nCrawl-delay: 0.2\n', { 'content-type': 'text/plain' }),
    '/feed': reply(rss(['/news/one', '/members/two', '/news/three']), { 'content-type': 'application/rss+xml' }),
    '/news/one': reply('<p>one</p>'),
    '/members/two': reply('<p>two</p>'),
    '/news/three': reply('<p>three</p>'),
  });
  try {
    const lines = (await collect([`${feedServer.url}/feed`])).map((line) => line.replaceAll(feedServer.url, ''));
    const host = new URL(feedServer.url).host;
    assert.deepEqual(lines, [
      'doc /news/one html /news/one <p>one</p>',
      `fail /members/two: robots.txt of ${host} does not allow Dossier to fetch this page (pass --ignore-robots to fetch it anyway)`,
      'doc /news/three html /news/three <p>three</p>',
    ]);
    const paths = feedServer.requests.map((r) => r.url);
    assert.equal(paths.filter((p) => p === '/robots.txt').length, 1);
    assert.ok(!paths.includes('/members/two'));
    const ignored = (await collect([`${feedServer.url}/feed`], { ignoreRobots: true })).map((line) => line.replaceAll(feedServer.url, ''));
    assert.deepEqual(ignored.map((line) => line.split(' ')[0]), ['doc', 'doc', 'doc']);
  } finally {
    await feedServer.close();
  }
});
