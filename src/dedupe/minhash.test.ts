import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, computeSignature, estimateJaccard, LSH_BANDS, shingleHashes, SIGNATURE_SIZE } from './minhash.ts';
import { NEAR_COPY_JACCARD } from './copy-index.ts';

const BASE =
  'Heavy rain pushed the river over its banks on Monday, forcing thousands of residents from their homes. ' +
  'The county emergency director said fourteen shelters had opened across the region by the evening. ' +
  'The weather service measured record rainfall in a day and a half at the airport near the town.';

function similarity(a: string, b: string): number {
  return estimateJaccard(computeSignature(shingleHashes(a)), computeSignature(shingleHashes(b)));
}

test('signatures have the configured size and one band key per band', () => {
  const signature = computeSignature(shingleHashes(BASE));
  assert.equal(signature.length, SIGNATURE_SIZE);
  assert.equal(bandKeys(signature).length, LSH_BANDS);
});

test('estimated Jaccard separates copies from different texts', () => {
  const table: [string, string, 'near' | 'far'][] = [
    [BASE, BASE, 'near'],
    [BASE, BASE.toUpperCase(), 'near'],
    [BASE, 'Subscribe to our newsletter. ' + BASE + ' Share this story.', 'near'],
    [BASE, 'Farmers counted their losses on Thursday as the river receded from the fields east of the town, and insurers said the claims could be large.', 'far'],
  ];
  for (const [a, b, expected] of table) {
    const score = similarity(a, b);
    assert.equal(score >= NEAR_COPY_JACCARD ? 'near' : 'far', expected, `${score} for ${b.slice(0, 40)}`);
  }
});
