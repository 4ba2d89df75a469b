import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldWord, makeSnippet, parseQuery, toTsQuery, toTsVector } from './search-text.ts';

test('toTsQuery keeps phrases, prefixes and ANDed words, and lets no operator through', async (t) => {
  const rows: [string, string][] = [
    ['interest rates', "'interest' & 'rates'"],
    ['"central bank" rates', "('central' <-> 'bank') & 'rates'"],
    ['"bank"', "'bank'"],
    ['infla*', "'infla':*"],
    ['Zürich', "'zurich'"],
    ["o'brien", "'o' & 'brien'"],
    ['a & (b | !c) <-> d', "'a' & 'b' & 'c' & 'd'"],
    ['"unbalanced', "'unbalanced'"],
    ['NEAR(', "'near'"],
    ['*', ''],
    ['(((', ''],
    ['', ''],
    ['"" ""', ''],
  ];
  for (const [input, expected] of rows) await t.test(input || '(empty)', () => assert.equal(toTsQuery(input), expected));
});

test('toTsVector weights title words A and body words B, folded, body positions after a one-word gap', () => {
  assert.equal(toTsVector('Bank Rates', 'The bank raised rates.'), "'bank':1A,5B 'rates':2A,7B 'the':4B 'raised':6B");
  assert.equal(toTsVector(undefined, "Don't"), "'don':2B 't':3B");
  assert.equal(toTsVector(undefined, '— … —'), '');
});

test('foldWord lowers case and drops accents', () => {
  const rows: [string, string][] = [['Zürich', 'zurich'], ['ÉCOLE', 'ecole'], ['Łódź', 'łodz'], ['Москва', 'москва']];
  for (const [input, expected] of rows) assert.equal(foldWord(input), expected);
});

test('makeSnippet brackets matches in a window of words and marks cuts with …', async (t) => {
  const long = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
  const rows: [string, string, string, number?][] = [
    ['The central bank raised interest rates.', 'interest', 'The central bank raised [interest] rates.'],
    ['The central bank raised interest rates.', 'INTER*', 'The central bank raised [interest] rates.'],
    ['Officials in Zürich said so.', 'zurich', 'Officials in [Zürich] said so.'],
    ['A rise of half a point, a record.', '"half a point"', 'A rise of [half a point], a record.'],
    ['A rise of half a point, a record.', '"a point" rise', 'A [rise] of half [a point], a record.'],
    [long.replace('w20', 'target'), 'target', '…w13 w14 w15 w16 w17 w18 w19 [target] w21 w22 w23 w24 w25 w26 w27 w28…'],
    [long, 'w1', 'w0 [w1] w2 w3…', 4],
    [long, 'w29', '…w26 w27 w28 [w29]', 4],
    ['No match here at all.', 'absent', 'No match here…', 3],
    ['', 'anything', ''],
  ];
  for (const [text, query, expected, size] of rows) await t.test(`${query} in ${text.slice(0, 20)}`, () => assert.equal(makeSnippet(text, parseQuery(query), size), expected));
});
