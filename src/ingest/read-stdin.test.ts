import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { readInputs } from './read-inputs.ts';
import { looksLikeJsonl, peekStream, STDIN_PEEK_BYTES } from './read-stdin.ts';

test('standard input is a JSONL dump only when its first line is a whole JSON object', () => {
  const rows: [string, boolean][] = [
    ['{"text": "One."}\n{"text": "Two."}\n', true],
    ['\ufeff  {"html": "<p>x</p>"}', true],
    ['{\n  "text": "pretty printed, one document"\n}', false],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": []}', false],
    ['[{"text": "an array"}]', false],
    ['{not json}\n', false],
    ['Plain words { with a brace }', false],
    ['<html><body>{"text": 1}</body></html>', false],
  ];
  for (const [head, expected] of rows) assert.equal(looksLikeJsonl(Buffer.from(head)), expected, head);
});

test('peeking keeps every byte for the reader that follows', async () => {
  const chunks = ['ab', 'cd', 'ef'].map((c) => Buffer.from(c));
  const { head, whole } = await peekStream(Readable.from(chunks), 3);
  assert.equal(head.toString(), 'abcd');
  const all: Buffer[] = [];
  for await (const chunk of whole) all.push(Buffer.from(chunk));
  assert.equal(Buffer.concat(all).toString(), 'abcdef');
});

test('a JSONL dump on standard input is streamed line by line, bad lines failing alone', { timeout: 5000 }, async () => {
  const lines = ['{"text": "First article."}', 'oops', '', '{"title": "No body"}', '{"html": "<p>Second.</p>"}'];
  // Split the dump across chunks at awkward places, and make the first chunk smaller than the peek.
  const dump = lines.join('\n') + '\n';
  const chunks = [dump.slice(0, 7), dump.slice(7, 30), dump.slice(30)].map((c) => Buffer.from(c));
  const out: string[] = [];
  for await (const item of readInputs(['-'], { stdin: Readable.from(chunks) })) {
    out.push(item.kind === 'failure' ? `fail ${item.input}: ${item.reason.split(' (')[0]}` : `doc ${item.document.input} ${item.document.format}`);
  }
  assert.deepEqual(out, [
    'doc -:1 text',
    'fail -:2: not valid JSON',
    'fail -:4: needs a non-empty "text" or "html" field',
    'doc -:5 html',
  ]);
});

test('a dump larger than the size cap streams through standard input', { timeout: 10_000 }, async () => {
  const line = JSON.stringify({ text: 'A short article body.' });
  const count = Math.ceil((STDIN_PEEK_BYTES * 3) / line.length);
  async function* source() {
    for (let i = 0; i < count; i++) yield Buffer.from(line + '\n');
  }
  let documents = 0;
  for await (const item of readInputs(['-'], { stdin: Readable.from(source()), maxBytes: STDIN_PEEK_BYTES })) {
    assert.equal(item.kind, 'document');
    documents++;
  }
  assert.equal(documents, count);
});
