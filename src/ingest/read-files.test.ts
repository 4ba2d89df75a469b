import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { countInputs, readInputs } from './read-inputs.ts';
import type { IngestItem, IngestOptions } from './types.ts';

let root = '';
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-ingest-'));
});
after(async () => {
  await chmod(join(root, 'locked'), 0o755).catch(() => {});
  await rm(root, { recursive: true, force: true });
});

/** Writes files (path → content) under a fresh folder of the temp dir and returns that folder. */
async function makeTree(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const base = join(root, name);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(base, path)), { recursive: true });
    await writeFile(join(base, path), content);
  }
  return base;
}

/** Reads inputs into short strings: "doc <input relative to root> <format> <text>" or "fail <input> <reason>". */
async function collect(inputs: string[], options: IngestOptions = {}): Promise<string[]> {
  const lines: string[] = [];
  for await (const item of readInputs(inputs, options)) lines.push(describe(item));
  return lines;
}

function describe(item: IngestItem): string {
  const short = (input: string) => input.replace(`${root}/`, '');
  if (item.kind === 'failure') return `fail ${short(item.input)}: ${item.reason}`;
  return `doc ${short(item.document.input)} ${item.document.format} ${Buffer.from(item.document.bytes).toString('utf8').slice(0, 40)}`;
}

const MiB = 1024 * 1024;

test('single files give one document or one failure each', { timeout: 10_000 }, async () => {
  const base = await makeTree('files', {
    'a.txt': 'Plain text.',
    'b.md': '# Heading',
    'c.html.gz': gzipSync('<p>zipped</p>'),
    'empty.txt': '',
    'doc.pdf': '%PDF-1.4\n...',
    'nul.txt': 'text\0more',
    'big.txt': 'x'.repeat(200),
    'bomb.txt.gz': gzipSync(Buffer.alloc(8 * MiB)),
    'fake.txt.gz': 'not gzip at all',
    'page': '<!doctype html><title>t</title>',
    'notes.log': 'No extension I know.',
    'settings.json': '{"theme": "dark"}',
  });
  const rows: [string, IngestOptions, string][] = [
    ['a.txt', {}, 'doc files/a.txt text Plain text.'],
    ['b.md', {}, 'doc files/b.md markdown # Heading'],
    ['c.html.gz', {}, 'doc files/c.html.gz html <p>zipped</p>'],
    ['empty.txt', {}, 'fail files/empty.txt: empty file'],
    ['doc.pdf', {}, 'fail files/doc.pdf: looks like a PDF document, not text or HTML'],
    ['nul.txt', {}, 'fail files/nul.txt: looks like binary data (a NUL byte at offset 4), not text or HTML'],
    ['big.txt', { maxBytes: 100 }, 'fail files/big.txt: file is 200 bytes, over the 100 bytes limit (maxBytes)'],
    ['bomb.txt.gz', { maxBytes: MiB }, 'fail files/bomb.txt.gz: decompresses to more than 1 MiB; this looks like a gzip bomb or an oversized file (limit maxBytes)'],
    ['fake.txt.gz', {}, 'fail files/fake.txt.gz: not valid gzip data (incorrect header check)'],
    ['page', {}, 'doc files/page html <!doctype html><title>t</title>'],
    ['notes.log', {}, 'doc files/notes.log text No extension I know.'],
    ['missing.txt', {}, 'fail files/missing.txt: no such file or directory'],
    ['settings.json', {}, 'fail files/settings.json: looks like JSON data but not a feed (RSS, Atom or JSON Feed), nor HTML or text'],
  ];
  for (const [name, options, expected] of rows) assert.deepEqual(await collect([join(base, name)], options), [expected], name);
  assert.deepEqual(await collect([`file://${join(base, 'a.txt')}`]), ['doc files/a.txt text Plain text.']);
  assert.deepEqual(await collect(['news.example.org/2024/story']), ['fail news.example.org/2024/story: no such file or directory (for a URL, start it with https://)']);
});

test('JSONL dumps stream line by line, plain or gzipped, one failure per bad line', { timeout: 10_000 }, async () => {
  const dump = '{"text":"one","title":"First"}\n{"text": broken}\n\n{"html":"<p>four</p>"}\n';
  const base = await makeTree('dumps', {
    'dump.jsonl': dump,
    'dump.jsonl.gz': gzipSync(dump),
    'bomb.jsonl.gz': gzipSync(Buffer.alloc(16 * MiB)),
  });
  const expected = (name: string) => [
    `doc dumps/${name}:1 text one`,
    `fail dumps/${name}:2: not valid JSON (Unexpected token 'b', "{"text": broken}" is not valid JSON)`,
    `doc dumps/${name}:4 html <p>four</p>`,
  ];
  assert.deepEqual(await collect([join(base, 'dump.jsonl')]), expected('dump.jsonl'));
  assert.deepEqual(await collect([join(base, 'dump.jsonl.gz')]), expected('dump.jsonl.gz'));
  const [bomb] = await collect([join(base, 'bomb.jsonl.gz')], { maxBytes: MiB });
  assert.equal(bomb, 'fail dumps/bomb.jsonl.gz: line 1 runs past 4 MiB without a line break; stopped reading (not JSONL, or a gzip bomb)');
});

test('directories are walked recursively in name order, skipping hidden and unknown files', { timeout: 10_000 }, async () => {
  const base = await makeTree('tree', {
    'b.txt': 'B',
    'a/z.html': '<p>Z</p>',
    'a/deeper/y.md': 'Y',
    '.hidden.txt': 'hidden',
    '.git/config.txt': 'hidden folder',
    'photo.png': '\x89PNG',
    'data.json': '{}',
    'c.txt': '',
  });
  assert.deepEqual(await collect([base]), [
    'doc tree/a/deeper/y.md markdown Y',
    'doc tree/a/z.html html <p>Z</p>',
    'doc tree/b.txt text B',
    'fail tree/c.txt: empty file',
  ]);
  assert.equal(await countInputs([base]), 4);
  assert.equal(await countInputs([base, join(base, 'b.txt')]), 5);
  assert.equal(await countInputs([base, '-']), undefined);
  assert.equal(await countInputs([join(root, 'dumps')]), undefined, 'JSONL holds an unknown number of documents');
});

test('an unreadable directory is one failure and the run goes on', {
  timeout: 5000,
  skip: process.getuid?.() === 0 ? 'root can read any directory' : false,
}, async () => {
  const base = await makeTree('locked', { 'inner/a.txt': 'A' });
  await chmod(join(base, 'inner'), 0o000);
  const items = await collect([base, join(root, 'tree', 'b.txt')]);
  assert.deepEqual(items, ['fail locked/inner: cannot read directory (permission denied)', 'doc tree/b.txt text B']);
});

test('stdin is read whole and sniffed as HTML or text', { timeout: 5000 }, async () => {
  const rows: [string[], IngestOptions, string][] = [
    [['<html><body><p>Hi</p></body></html>'], {}, 'doc - html <html><body><p>Hi</p></body></html>'],
    [['Just ', 'words.'], {}, 'doc - text Just words.'],
    [[], {}, 'fail -: empty standard input'],
    [['x'.repeat(50), 'y'.repeat(60)], { maxBytes: 100 }, 'fail -: standard input is over the 100 bytes limit (maxBytes)'],
  ];
  for (const [chunks, options, expected] of rows) {
    assert.deepEqual(await collect(['-'], { ...options, stdin: Readable.from(chunks.map((c) => Buffer.from(c))) }), [expected], expected);
  }
});

test('a feed file yields embedded content for items without links', { timeout: 5000 }, async () => {
  const feed = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Local',
    items: [{ id: 'a', content_text: 'Embedded body.' }, { id: 'b', title: 'Bare' }],
  });
  const base = await makeTree('feeds', { 'local.json': feed });
  assert.deepEqual(await collect([join(base, 'local.json')]), [
    'doc feeds/local.json#item-1 text Embedded body.',
    'fail feeds/local.json#item-2: item has neither a link nor content',
  ]);
});
