import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAIR_TEMPLATES, pairFeature, viewSentence } from './features.ts';
import { addPairIds, createPairIds, numberSentence } from './pair-ids.ts';

const sentences = [
  ['The', 'president', 'said', 'on', 'Friday', '.'],
  ['Talks', 'in', 'Geneva', 'ended', '.'],
  ['the', 'president', 'said'],
  ['Ok'],
];

/** A feature index holding every pair feature of the sentences except a few, so unknown features are exercised. */
function featureIndex(): Map<string, number> {
  const features = new Map<string, number>();
  let skip = 0;
  for (const words of sentences) {
    const view = viewSentence(words, new Map());
    for (let i = 0; i < words.length; i++) {
      for (const template of PAIR_TEMPLATES) {
        const feature = pairFeature(view, i, template);
        if (skip++ % 5 !== 0 && !features.has(feature)) features.set(feature, features.size);
      }
    }
  }
  return features;
}

/** The ids the feature strings give, in template order. */
function byStrings(features: Map<string, number>, words: string[], i: number): number[] {
  const view = viewSentence(words, new Map());
  return PAIR_TEMPLATES.map((t) => features.get(pairFeature(view, i, t))).filter((id): id is number => id !== undefined);
}

test('numbered lookups give the ids the feature strings give, also when read from the memo', () => {
  const features = featureIndex();
  const memo = createPairIds();
  for (let round = 0; round < 2; round++) {
    for (const words of sentences) {
      const view = viewSentence(words, new Map());
      const numbered = numberSentence(memo, view);
      for (let i = 0; i < words.length; i++) {
        const out: number[] = [];
        addPairIds(memo, features, view, numbered, i, out);
        assert.deepEqual(out, byStrings(features, words, i), `${words.join(' ')} @${i} round ${round}`);
      }
    }
  }
  assert.ok(memo.ids.size > 0);
});

test('a feature unknown to the model is remembered as unknown, not as another id', () => {
  const memo = createPairIds();
  const words = ['Alpha', 'beta'];
  const view = viewSentence(words, new Map());
  const numbered = numberSentence(memo, view);
  const out: number[] = [];
  addPairIds(memo, new Map([['l-1l=alpha|beta', 7]]), view, numbered, 1, out);
  assert.deepEqual(out, [7]);
  assert.ok([...memo.ids.values()].includes(-1));
});

test('boundaries are numbered 0 and 1; a token spelled like one shares its number, as its feature string would', () => {
  const memo = createPairIds();
  const numbered = numberSentence(memo, viewSentence(['<s>'], new Map()));
  assert.deepEqual([...numbered.lower], [0, 0, 1]);
});
