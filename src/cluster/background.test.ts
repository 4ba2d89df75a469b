import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blendedInverseFrequency, loadBackgroundFrequency, type BackgroundFrequency } from './background.ts';
import { inverseFrequency } from './similarity.ts';

// 100 background documents: "government" in 90 of them, "qeshm" in none.
const BACKGROUND: BackgroundFrequency = { documents: 100, frequency: new Map([['government', 90]]) };

const IDF: [string, [total: number, frequency: number, term: string, background: BackgroundFrequency | undefined], number][] = [
  ['without a background, the index counts alone', [10, 2, 'government', undefined], inverseFrequency(10, 2)],
  ['a common word is common from the first article on', [1, 1, 'government', BACKGROUND], inverseFrequency(101, 91)],
  ['a word the background never saw keeps the index count', [1, 1, 'qeshm', BACKGROUND], inverseFrequency(101, 1)],
];

for (const [name, [total, frequency, term, background], expected] of IDF) {
  test(`blendedInverseFrequency: ${name}`, () => assert.equal(blendedInverseFrequency(total, frequency, term, background), expected));
}

test('blendedInverseFrequency: a rare name outweighs a common word on a first article', () => {
  assert.ok(blendedInverseFrequency(1, 1, 'qeshm', BACKGROUND) > 2 * blendedInverseFrequency(1, 1, 'government', BACKGROUND));
});

test('loadBackgroundFrequency: the shipped table counts common news words', () => {
  const table = loadBackgroundFrequency();
  assert.ok(table.documents > 1000, `documents ${table.documents}`);
  assert.ok((table.frequency.get('government') ?? 0) > table.documents / 10);
  assert.equal(table.frequency.get('qeshm'), undefined);
});

test('loadBackgroundFrequency: a missing file says what was expected', () => {
  assert.throws(() => loadBackgroundFrequency('/nonexistent/table.json.gz'), /gzip'd JSON table/);
});
