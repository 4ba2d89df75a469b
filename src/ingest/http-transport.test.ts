import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createGuardedFetch } from './http-transport.ts';
import { redirect, reply, startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;
let port = '';
before(async () => {
  server = await startTestServer({
    '/plain': reply('plain body', { 'content-type': 'text/plain' }),
    '/gzip': reply(gzipSync('gzipped body'), { 'content-type': 'text/plain', 'content-encoding': 'gzip' }),
    '/br': reply(brotliCompressSync('brotli body'), { 'content-type': 'text/plain', 'content-encoding': 'br' }),
    '/moved': redirect('/plain', 301),
    '/echo-agent': (request, response) => response.writeHead(200).end(request.headers['user-agent']),
  });
  port = new URL(server.url).port;
});
after(() => server.close());

test('the guarded transport refuses a host resolving to loopback when it connects', { timeout: 5000 }, async () => {
  const guarded = createGuardedFetch(false);
  await assert.rejects(guarded(`http://localhost:${port}/plain`), /^IngestError: blocked address (127\.0\.0\.1|::1) \(localhost resolves to it at connect time\): loopback/);
  assert.equal(server.requests.length, 0);
});

test('the guarded transport decodes bodies, passes headers and leaves redirects to the caller', { timeout: 5000 }, async () => {
  const guarded = createGuardedFetch(true);
  const rows: [string, number, string][] = [
    ['/plain', 200, 'plain body'],
    ['/gzip', 200, 'gzipped body'],
    ['/br', 200, 'brotli body'],
    ['/moved', 301, ''],
    ['/nowhere', 404, 'not here'],
  ];
  for (const [path, status, body] of rows) {
    const response = await guarded(`http://localhost:${port}${path}`);
    assert.deepEqual([response.status, await response.text()], [status, body], path);
  }
  const moved = await guarded(`${server.url}/moved`);
  assert.equal(moved.headers.get('location'), '/plain');
  const agent = await guarded(`${server.url}/echo-agent`, { headers: { 'user-agent': 'Test/1' } });
  assert.equal(await agent.text(), 'Test/1');
});

test('the guarded transport stops when its signal aborts', { timeout: 5000 }, async () => {
  const guarded = createGuardedFetch(true);
  await assert.rejects(guarded(`${server.url}/plain`, { signal: AbortSignal.abort() }), { name: 'AbortError' });
});
