import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterKey, clustersOf, exchangeClusters, formatClusters, parseClusters } from './word-clusters.ts';

/** A toy corpus where weekdays and surnames each share their contexts. */
const corpus = [
  'we met on Monday in town',
  'we met on Friday in town',
  'we met on Tuesday in town',
  'they spoke on Monday at noon',
  'they spoke on Friday at noon',
  'they spoke on Tuesday at noon',
  'said Mr Smith to us',
  'said Mr Jones to us',
  'said Mr Brown to us',
  'asked Mr Smith of us',
  'asked Mr Jones of us',
  'asked Mr Brown of us',
].map((s) => s.split(' '));

test('exchange clustering groups words that share their left contexts', () => {
  const clusters = exchangeClusters(corpus, { classes: 6, passes: 10, minCount: 1 });
  const same: [string, string][] = [
    ['Monday', 'Friday'],
    ['Friday', 'Tuesday'],
    ['Smith', 'Jones'],
    ['Jones', 'Brown'],
  ];
  for (const [a, b] of same) assert.equal(clusters.get(a), clusters.get(b), `${a} ~ ${b}`);
  assert.notEqual(clusters.get('Monday'), clusters.get('Smith'));
});

test('exchange clustering is deterministic and skips rare words', () => {
  const options = { classes: 4, passes: 5, minCount: 2 };
  assert.deepEqual(exchangeClusters(corpus, options), exchangeClusters(corpus, options));
  assert.equal(exchangeClusters(corpus, options).has('Monday'), true);
  assert.equal(exchangeClusters([['a', 'b'], ['a', 'c']], options).has('b'), false);
});

test('cluster lookup normalises digits and falls back across casing', () => {
  const clusters = parseClusters(formatClusters(new Map([['0000', ['1', '7']], ['the', ['2', '9']], ['Paris', ['3', '4']]])));
  const cases: [string, readonly string[] | undefined][] = [
    ['1996', ['1', '7']],
    ['The', ['2', '9']],
    ['THE', ['2', '9']],
    ['PARIS', ['3', '4']],
    ['paris', ['3', '4']],
    ['Lyon', undefined],
  ];
  for (const [word, expected] of cases) assert.deepEqual(clustersOf(clusters, word), expected, word);
  assert.equal(clusterKey('3-2'), '0-0');
});
