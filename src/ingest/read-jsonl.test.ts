import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { parseLine, readJsonl } from './read-jsonl.ts';
import { splitLines } from './split-lines.ts';
import type { IngestItem } from './types.ts';

/** The parts of an item a test cares about: kind, format, text, fields or failure reason. */
function summarise(item: IngestItem) {
  if (item.kind === 'failure') return { input: item.input, reason: item.reason };
  const { input, format, fields, url } = item.document;
  return { input, format, text: Buffer.from(item.document.bytes).toString('utf8'), fields, url };
}

test('parseLine reads one dump line into a document or says what is wrong', () => {
  const rows: [string, object][] = [
    ['{"text":"Body.","title":" T ","url":"https://x.example/a","outlet":"X","authors":["A","  "],"published":"2024-03-05"}',
      { input: 'd:1', format: 'text', text: 'Body.', url: 'https://x.example/a', fields: { title: 'T', url: 'https://x.example/a', outlet: 'X', authors: ['A'], published: '2024-03-05' } }],
    ['{"html":"<p>x</p>","authors":"Solo","published":1709640000}',
      { input: 'd:1', format: 'html', text: '<p>x</p>', url: undefined, fields: { authors: ['Solo'], published: '2024-03-05T12:00:00.000Z' } }],
    ['{"text":"Own extraction.","html":"<p>raw</p>","title":null}', { input: 'd:1', format: 'text', text: 'Own extraction.', url: undefined, fields: {} }],
    ['{"text":"   ","html":"<p>fallback</p>"}', { input: 'd:1', format: 'html', text: '<p>fallback</p>', url: undefined, fields: {} }],
    ['"just a string"', { input: 'd:1', reason: 'expected a JSON object, found string' }],
    ['[{"text":"x"}]', { input: 'd:1', reason: 'expected a JSON object, found an array' }],
    ['{"title":"No body"}', { input: 'd:1', reason: 'needs a non-empty "text" or "html" field' }],
    ['{"text":"x","authors":[1]}', { input: 'd:1', reason: 'field "authors": Invalid input' }],
  ];
  for (const [line, expected] of rows) assert.deepEqual(summarise(parseLine(line, 'd:1')), expected, line);
});

test('parseLine quotes the JSON parser on a broken line', () => {
  // The wording after the prefix is V8's and changes between Node versions.
  assert.match(summarise(parseLine('{"text": "x",}', 'd:7')).reason ?? '', /^not valid JSON \(.*position 13/);
});

test('splitLines handles CRLF, a missing final newline and over-long lines without buffering them', async () => {
  const chunks = ['a\r\nbb', 'b\n', 'x'.repeat(10), 'yy\nlast'];
  const lines = [];
  for await (const line of splitLines(Readable.from(chunks.map((c) => Buffer.from(c))), 5)) {
    lines.push('tooLong' in line ? [line.number, 'too long'] : [line.number, line.bytes.toString()]);
  }
  assert.deepEqual(lines, [[1, 'a'], [2, 'bbb'], [3, 'too long'], [4, 'last']]);
});

test('splitLines gives up on a line that never ends', async () => {
  const lines: number[] = [];
  const source = Readable.from(['ok\n', ...Array(10).fill('z'.repeat(10))].map((c) => Buffer.from(c)));
  await assert.rejects(async () => {
    for await (const line of splitLines(source, 5, 50)) lines.push(line.number);
  }, /^IngestError: line 2 runs past 50 bytes without a line break/);
  assert.deepEqual(lines, [1]);
});

test('readJsonl numbers lines, skips blank ones and goes on after a bad line', async () => {
  const dump = '{"text":"one"}\n\n{oops\n{"text":"four"}\n';
  const items = [];
  for await (const item of readJsonl(Readable.from([Buffer.from(dump)]), 'dump.jsonl', 1024)) items.push(summarise(item));
  assert.deepEqual(items.map((i) => ('reason' in i ? `${i.input} ✗ ${(i.reason ?? '').slice(0, 14)}` : `${i.input} ${i.text}`)), [
    'dump.jsonl:1 one',
    'dump.jsonl:3 ✗ not valid JSON',
    'dump.jsonl:4 four',
  ]);
});
