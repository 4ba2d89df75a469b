import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCasingLexicon, readCsvBodies } from './casing-lexicon.ts';
import { deserialiseModel, isAllowed, serialiseModel, tagDocument, toBilou, toIob2Tag } from './model.ts';
import { averageModels, trainPerceptron, type TrainingDocument } from './train-perceptron.ts';

const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];

/** A tiny labelled document: "NAME NAME went to PLACE ." patterns. */
function sentence(text: string, tags: string): { words: string[]; tags: string[] } {
  return { words: text.split(' '), tags: tags.split(' ') };
}
const documents: TrainingDocument[] = [
  {
    sentences: [
      sentence('Anna Kowalczyk went to Gdansk .', 'B-PER I-PER O O B-LOC O'),
      sentence('Tom Lee flew to Busan .', 'B-PER I-PER O O B-LOC O'),
      sentence('She went to Lyon .', 'O O O B-LOC O'),
    ],
  },
];

test('a perceptron trained on tiny data tags it back, and survives serialisation', () => {
  const lexicon = new Map([['went', 'L']]);
  const { model } = trainPerceptron(documents, { tags: TAGS, gazetteer: new Map([['lyon', ['city']]]), lexicon, epochs: 5, minFeatureCount: 1, evaluate: () => 0 });
  const words = documents[0]!.sentences.map((s) => s.words);
  const expected = documents[0]!.sentences.map((s) => s.tags);
  assert.deepEqual(tagDocument(model, words), expected);
  const loaded = deserialiseModel(serialiseModel(model));
  assert.deepEqual(tagDocument(loaded, words), expected);
  assert.equal(loaded.lexicon?.get('went'), 'L');
  assert.deepEqual(loaded.gazetteer.get('lyon'), ['city']);
});

test('the decoder reads word clusters from the model, and they survive serialisation', () => {
  // Hand-set weights: cluster 7 votes PER, cluster 9 votes LOC; every other word defaults to O.
  const tags = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];
  const clusters = new Map([
    ['Pohl', ['7']],
    ['Busan', ['9']],
  ]);
  const features = new Map([['b', 0], ['c0=7', 1], ['c0=9', 2]]);
  const weights = Float32Array.from([1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 2, 0]);
  const model = deserialiseModel(serialiseModel({ tags, features, weights, gazetteer: new Map(), clusters }));
  assert.deepEqual(model.clusters?.get('Pohl'), ['7']);
  const cases: [string, string][] = [
    ['He saw Pohl .', 'O O B-PER O'],
    ['He saw Busan .', 'O O B-LOC O'],
    ['He saw Rome .', 'O O O O'],
  ];
  for (const [text, expected] of cases) assert.deepEqual(tagDocument(model, [text.split(' ')]), [expected.split(' ')], text);
});

test('a BILOU-tagged model still returns IOB2 tags', () => {
  const tags = ['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER', 'B-LOC', 'I-LOC', 'L-LOC', 'U-LOC'];
  const { model } = trainPerceptron(documents, { tags, gazetteer: new Map(), epochs: 10, minFeatureCount: 1, evaluate: () => 0 });
  assert.deepEqual(tagDocument(model, documents[0]!.sentences.map((s) => s.words)), documents[0]!.sentences.map((s) => s.tags));
});

test('averaging models takes the mean weight of each feature over their union', () => {
  const base = { tags: ['O', 'B-PER'], gazetteer: new Map<string, string[]>() };
  const one = { ...base, features: new Map([['w=Lee', 0]]), weights: Float32Array.from([0, 4]) };
  const two = { ...base, features: new Map([['w=Kim', 0], ['w=Lee', 1]]), weights: Float32Array.from([2, 0, 0, 2]) };
  const averaged = averageModels([one, two]);
  const row = (feature: string): number[] => {
    const id = averaged.features.get(feature)!;
    return [...averaged.weights.subarray(id * 2, id * 2 + 2)];
  };
  const rows: [string, number[]][] = [
    ['w=Lee', [0, 3]],
    ['w=Kim', [1, 0]],
  ];
  for (const [feature, expected] of rows) assert.deepEqual(row(feature), expected, feature);
});

test('IOB2 and BILOU conversions', () => {
  assert.deepEqual(toBilou(['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC']), ['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'B-LOC', 'L-LOC']);
  assert.deepEqual(['U-ORG', 'L-ORG', 'B-ORG', 'O'].map(toIob2Tag), ['B-ORG', 'I-ORG', 'B-ORG', 'O']);
});

test('BILOU decoding keeps phrases well formed', () => {
  const rows: [string, string, boolean, boolean][] = [
    ['B-PER', 'L-PER', false, true],
    ['B-PER', 'O', false, false],
    ['I-PER', 'I-PER', true, false],
    ['O', 'L-PER', false, false],
    ['U-PER', 'B-LOC', false, true],
    ['O', 'B-LOC', true, false],
    ['O', 'U-LOC', true, true],
  ];
  for (const [previous, next, last, allowed] of rows) assert.equal(isAllowed(previous, next, true, last), allowed, `${previous} → ${next}${last ? ' (last)' : ''}`);
});

test('IOB2 decoding never starts a phrase with I-', () => {
  const rows: [string, string, boolean][] = [
    ['O', 'I-PER', false],
    ['B-LOC', 'I-PER', false],
    ['B-PER', 'I-PER', true],
    ['I-PER', 'I-PER', true],
    ['O', 'B-PER', true],
  ];
  for (const [previous, next, allowed] of rows) assert.equal(isAllowed(previous, next), allowed, `${previous} → ${next}`);
});

test('the casing lexicon buckets words by how often they are capitalised mid-sentence', () => {
  const texts = ['We met Lyon and Lyon and Lyon today.', 'The result came today and today again.', 'He said Apple and apple and apple.'];
  const lexicon = buildCasingLexicon(texts);
  assert.equal(lexicon.get('lyon'), 'C');
  assert.equal(lexicon.get('today'), 'L');
  assert.equal(lexicon.get('apple'), 'l');
  assert.equal(lexicon.get('result'), undefined);
});

test('readCsvBodies reads quoted multi-line bodies', () => {
  assert.deepEqual(readCsvBodies('Body ID,articleBody\n0,"One ""quoted"" line.\nTwo."\n1,"Three."\n'), ['One "quoted" line.\nTwo.', 'Three.']);
});
