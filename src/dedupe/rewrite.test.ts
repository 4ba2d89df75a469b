import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignRewrite, ANCHOR_KIND, findAnchors, fingerprintSentences, packSentences, unpackSentences } from './rewrite.ts';

function kinds(sentence: string): number[] {
  return findAnchors(sentence).map((a) => a & 3).sort();
}

test('findAnchors takes names after the first word, numbers and quotations', () => {
  const table: [string, number[]][] = [
    ['The mayor met Anna Berg on Monday.', [ANCHOR_KIND.name, ANCHOR_KIND.name, ANCHOR_KIND.name]],
    ['It cost 1,200 dollars.', [ANCHOR_KIND.number]],
    ['She said "we will not give up" loudly.', [ANCHOR_KIND.quote]],
    ['Berlin is cold.', [ANCHOR_KIND.name]],
    ['The sky is grey.', []],
  ];
  for (const [sentence, expected] of table) assert.deepEqual(kinds(sentence), expected, sentence);
});

const ORIGINAL = [
  'Former Castleford mayor Victor Dunmore was sentenced to eight years on Tuesday for accepting $1.3 million in bribes.',
  'Judge Sarah Whitcombe said Dunmore had "betrayed the trust of every resident" of the city.',
  'Prosecutors said construction companies paid the bribes between 2017 and 2021.',
  'Two former council members, Ray Ostrowski and Lena Marsh, each received three-year sentences.',
].join('\n');
const REWRITE = [
  'Victor Dunmore, once mayor of Castleford, got eight years in jail for taking bribes worth $1.3 million.',
  'The bribes were paid from 2017 to 2021 by building firms, according to prosecutors.',
  'Judge Sarah Whitcombe told the court Dunmore "betrayed the trust of every resident" of the city.',
  'Ray Ostrowski and Lena Marsh, formerly on the council, were given three years each.',
].join('\n');
const SAME_TOPIC = [
  'Castleford city council voted 9 to 2 on Wednesday to tighten contract rules.',
  'The new rules require three bids for any contract above $250,000.',
  '"We owe residents a clean process," said acting mayor Priya Raman.',
  'The vote came a day after former mayor Victor Dunmore was sentenced.',
].join('\n');

test('alignRewrite aligns a paraphrase sentence by sentence but not a same-topic article', () => {
  const table: [string, string, { minAligned: number; maxAligned: number }][] = [
    [ORIGINAL, ORIGINAL, { minAligned: 4, maxAligned: 4 }],
    [ORIGINAL, REWRITE, { minAligned: 3, maxAligned: 4 }],
    [ORIGINAL, SAME_TOPIC, { minAligned: 0, maxAligned: 1 }],
  ];
  for (const [a, b, { minAligned, maxAligned }] of table) {
    const { aligned } = alignRewrite(fingerprintSentences(a), fingerprintSentences(b));
    assert.ok(aligned >= minAligned && aligned <= maxAligned, `aligned ${aligned} for ${b.slice(0, 30)}`);
  }
});

test('alignRewrite reports reordered alignments', () => {
  const result = alignRewrite(fingerprintSentences(ORIGINAL), fingerprintSentences(REWRITE));
  assert.ok(result.inOrder < 1, `inOrder ${result.inOrder}`);
});

test('packed fingerprints unpack to the same sentences', () => {
  const table: number[][][] = [[], [[5, 9], [6]], fingerprintSentences(ORIGINAL)];
  for (const sentences of table) assert.deepEqual(unpackSentences(packSentences(sentences)), sentences);
});
