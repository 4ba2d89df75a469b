import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CappedBuckets } from './capped-buckets.ts';

test('capped buckets: each bucket keeps its latest articles oldest first, like push + shift on an array', () => {
  const buckets = new CappedBuckets(2, 3);
  const expected = new Map<string, number[]>();
  // Keys repeat across bands on purpose: the bands are separate tables.
  const adds: [band: number, key: number, article: number][] = [[0, 9, 1], [1, 9, 2], [0, 9, 3], [0, 4, 4], [0, 9, 5], [0, 9, 6], [0, 9, 7], [1, 2 ** 32 - 1, 8], [0, 9, 9]];
  for (const [band, key, article] of adds) {
    buckets.add(band, key, article);
    const list = expected.get(`${band}/${key}`) ?? [];
    list.push(article);
    if (list.length > 3) list.shift();
    expected.set(`${band}/${key}`, list);
  }
  for (const [name, list] of expected) {
    const [band, key] = name.split('/').map(Number);
    assert.deepEqual(buckets.get(band!, key!), list, name);
  }
  assert.deepEqual(buckets.get(1, 4), []);
});
