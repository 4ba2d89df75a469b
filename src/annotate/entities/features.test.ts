import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AFTER, longShape, neighbourFeatures, shortShape, unaryFeatures } from './features.ts';

const clusters = new Map([
  ['Friday', ['3', '17', '201']],
  ['said', ['5', '40', '512']],
]);

test('shapes', () => {
  const cases: [string, string, string][] = [
    ['Smith', 'Xxxxx', 'Xx'],
    ['U.S.', 'X.X.', 'X.X.'],
    ['1996', 'dddd', 'd'],
    ['Zürich', 'Xxxxxx', 'Xx'],
  ];
  for (const [word, long, short] of cases) {
    assert.equal(longShape(word), long, word);
    assert.equal(shortShape(word), short, word);
  }
});

test('a word contributes its cluster at every granularity, or a marker when unclustered', () => {
  const cases: [string, string[]][] = [
    ['Friday', ['c0=3', 'c1=17', 'c2=201']],
    ['FRIDAY', ['c0=3', 'c1=17', 'c2=201']],
    ['Blorf', ['c=none']],
  ];
  for (const [word, expected] of cases) assert.deepEqual(unaryFeatures(word, undefined, clusters).filter((f) => f.startsWith('c')), expected, word);
  assert.equal(unaryFeatures('Friday').some((f) => f.startsWith('c')), false);
});

test('neighbours contribute all granularities next door and the coarse ones two words away', () => {
  const cases: [string, number, string[]][] = [
    ['said', -1, ['c0-1=5', 'c1-1=40', 'c2-1=512']],
    ['said', 2, ['c0+2=5', 'c1+2=40']],
    [AFTER, 1, []],
  ];
  for (const [word, offset, expected] of cases) {
    assert.deepEqual(neighbourFeatures(word, offset, clusters).filter((f) => f.startsWith('c')), expected, `${word} ${offset}`);
  }
});
