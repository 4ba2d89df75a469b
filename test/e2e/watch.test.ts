import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runDossier, tempDir } from './helpers.ts';

const PAGES: Record<string, string> = {
  '/a': '<html><head><title>Bridge Reopens</title></head><body><article><h1>Bridge Reopens</h1><p>The river bridge reopened to traffic on Friday after eight weeks of repairs, the county said in a statement.</p><p>Buses will return to their usual routes on Monday, the transport office added.</p></article></body></html>',
  '/b': '<html><head><title>School Budget Approved</title></head><body><article><h1>School Budget Approved</h1><p>The school board approved a budget of 40 million dollars on Thursday after a long public meeting.</p><p>Teachers will receive a 3 percent raise from September, the board chair said.</p></article></body></html>',
};

test('watch: polls a feed, stores each new item once, stops cleanly on SIGINT', { timeout: 90_000 }, async () => {
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>${Object.keys(PAGES).map((p) => `<item><title>${p}</title><link>${base}${p}</link></item>`).join('')}</channel></rss>`);
      return;
    }
    const page = PAGES[req.url ?? ''];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  const db = join(tempDir(), 'watch.db');
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'watch', feed, '--every', '30s', '--allow-private', '--json', '--db', db], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no items stored: ${stdout} ${stderr}`)), 60_000);
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (stdout.trim().split('\n').filter(Boolean).length >= 2) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGINT');
    assert.equal(await exit, 0, stderr);
    const stories = JSON.parse((await runDossier(['stories', '--db', db, '--json'])).stdout);
    assert.equal(stories.flatMap((s: { articleIds: string[] }) => s.articleIds).length, 2);
  } finally {
    server.close();
  }
});

// [interval, accepted]
const intervals: [string, boolean][] = [['30s', true], ['10m', true], ['1h', true], ['5s', false], ['ten', false]];
for (const [every, ok] of intervals) {
  test(`watch: --every ${every} is ${ok ? 'accepted' : 'a usage error'}`, async () => {
    const { parseInterval } = await import('../../src/cli/watch.ts');
    if (ok) assert.ok(parseInterval(every) >= 30_000);
    else assert.throws(() => parseInterval(every), /--every/);
  });
}
