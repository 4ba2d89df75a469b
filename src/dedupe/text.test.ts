import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashText, normalizeText, splitSentences, tokenize } from './text.ts';

test('normalizeText folds case, accents, punctuation and spacing', () => {
  const table: [string, string][] = [
    ['Hello,   World!', 'hello world'],
    ['Café  “crème”\n', 'cafe creme'],
    ['  ', ''],
  ];
  for (const [input, expected] of table) assert.equal(normalizeText(input), expected, input);
});

test('exact-copy hashes ignore case and spacing but not wording', () => {
  assert.equal(hashText(normalizeText('The  minister said.')), hashText(normalizeText('the minister SAID')));
  assert.notEqual(hashText(normalizeText('The minister said.')), hashText(normalizeText('The minister denied.')));
});

test('tokenize keeps numbers with separators and in-word apostrophes', () => {
  const table: [string, string[]][] = [
    ["Kyiv's 1,200 troops", ["Kyiv's", '1,200', 'troops']],
    ['co-operation, then.', ['co-operation', 'then']],
  ];
  for (const [input, expected] of table) assert.deepEqual(tokenize(input), expected, input);
});

const SENTENCE_TABLE: [string, string[], string?][] = [
  ['He left. She stayed.', ['He left.', 'She stayed.']],
  ['"We won," he said. Then he left.', ['"We won," he said.', 'Then he left.']],
  ['Title line\nBody text here.', ['Title line', 'Body text here.']],
  ['It cost 3.5 million. Fine.', ['It cost 3.5 million.', 'Fine.']],
  ['Mr. Smith arrived.', ['Mr. Smith arrived.'], 'abbreviations split; fingerprints tolerate it, real sentences come from the annotate layer'],
];

for (const [input, expected, todo] of SENTENCE_TABLE) {
  test(`splitSentences: ${input}`, { todo }, () => {
    assert.deepEqual(splitSentences(input), expected);
  });
}
