import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countSnippets, shingleMatch, shingleScores, snippetScores } from './scoring.ts';

const expected = { with: ['the talks resumed', 'in Geneva  on Friday'], without: ['Subscribe now', 'Cookie policy'] };
const counts: [result: string | undefined, tp: number, fp: number, fn: number, tn: number][] = [
  ['After a pause the talks resumed\nin Geneva on Friday.', 2, 0, 0, 2],
  ['the talks resumed. Subscribe now', 1, 1, 1, 1],
  [undefined, 0, 0, 2, 2],
];
for (const [result, tp, fp, fn, tn] of counts) {
  test(`countSnippets: ${JSON.stringify(result)}`, () => {
    assert.deepEqual(countSnippets(result, expected), { truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn });
  });
}

test('snippetScores: trafilatura formulas', () => {
  const scores = snippetScores({ truePositives: 8, falsePositives: 2, falseNegatives: 2, trueNegatives: 8 });
  assert.deepEqual(scores, { precision: 0.8, recall: 0.8, accuracy: 0.8, f1: 0.8 });
});

test('shingleMatch: identical texts are all true positives', () => {
  assert.deepEqual(shingleMatch('one two three four five', 'one two three four five'), [1, 0, 0]);
});

test('shingleMatch: extra predicted text is false positive', () => {
  const [tp, fp, fn] = shingleMatch('a b c d e', 'a b c d e f');
  assert.equal(fn, 0);
  assert.ok(tp > fp && fp > 0);
});

test('shingleScores: means per document, F1 of the means', () => {
  const scores = shingleScores([[1, 0, 0], [0.5, 0.5, 0]]);
  assert.equal(scores.precision, 0.75);
  assert.equal(scores.recall, 1);
});
