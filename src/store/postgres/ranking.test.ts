import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TITLE_WEIGHT, bm25, inverseDocumentFrequency, termQuery, weightedFrequency, type LexemeOccurrences } from './ranking.ts';
import { parseQuery } from './search-text.ts';

// "Bank rates" (title, positions 1-2), gap, "the bank raised rates and banking rates" (body, 4-10).
const article: LexemeOccurrences[] = [
  ['bank', [1, 5], ['A', 'B']],
  ['rates', [2, 7, 10], ['A', 'B', 'B']],
  ['the', [4], ['B']],
  ['raised', [6], ['B']],
  ['and', [8], ['B']],
  ['banking', [9], ['B']],
];

test('weightedFrequency counts word, prefix and phrase instances, title ones weighted', async (t) => {
  const rows: [string, number][] = [
    ['bank', TITLE_WEIGHT + 1],
    ['bank*', TITLE_WEIGHT + 2],
    ['rates', TITLE_WEIGHT + 2],
    ['"bank rates"', TITLE_WEIGHT],
    ['"banking rates"', 1],
    ['"rates the"', 0],
    ['"bank raised rates"', 1],
    ['absent', 0],
  ];
  for (const [query, expected] of rows) await t.test(query, () => assert.equal(weightedFrequency(parseQuery(query)[0]!, article), expected));
  await t.test('phrase ending in a prefix', () => assert.equal(weightedFrequency({ words: ['bank', 'raised', 'rat'], prefix: true }, article), 1));
});

test('inverseDocumentFrequency follows FTS5, floored for terms in over half the articles', () => {
  assert.equal(inverseDocumentFrequency(10, 1), Math.log(9.5 / 1.5));
  assert.equal(inverseDocumentFrequency(10, 5), 1e-6);
  assert.equal(inverseDocumentFrequency(10, 9), 1e-6);
});

test('bm25 grows with frequency and shrinks with length', () => {
  const terms = parseQuery('rates');
  const short = bm25(terms, [1], article, 10, 20);
  assert.ok(short > bm25(terms, [1], article, 40, 20));
  assert.ok(short > bm25(terms, [1], [['rates', [7], ['B']]], 10, 20));
  assert.equal(bm25(parseQuery('absent'), [1], article, 10, 20), 0);
});

test('termQuery makes one tsquery per term', () => {
  const rows: [string, string][] = [['bank', "'bank'"], ['bank*', "'bank':*"], ['"central bank*"', "'central' <-> 'bank'"]];
  for (const [query, expected] of rows) assert.equal(termQuery(parseQuery(query)[0]!), expected);
});
