import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listTerms, numberKey, pickNames, pickTerms } from './terms.ts';

const NAMES: [string, string, { has: string[]; lacks: string[] }][] = [
  ['capitalised inside a sentence', 'Police said Omar Lindqvist left Dunmere on foot.', { has: ['omar', 'lindqvist', 'dunmere'], lacks: ['police', 'foot'] }],
  ['written lower-case elsewhere: not a name', 'The Market opened. Traders said the market was full and the market stayed open.', { has: [], lacks: ['market'] }],
  ['Title Case headline: capitals say nothing', 'Fire Destroys Historic Market In Dunmere\nThe blaze began at night.', { has: [], lacks: ['fire', 'destroy', 'historic', 'dunmere'] }],
  ['weekdays and months are not names', 'The vote is on Sunday, officials said in March.', { has: [], lacks: ['sunday', 'march'] }],
];

for (const [name, text, expected] of NAMES) {
  test(`pickNames: ${name}`, () => {
    const names = pickNames(text).map(([term]) => term);
    for (const term of expected.has) assert.ok(names.includes(term), `${term} missing from ${names.join(',')}`);
    for (const term of expected.lacks) assert.ok(!names.includes(term), `${term} in ${names.join(',')}`);
  });
}

test('pickNames: caller entity keys are names', () => {
  assert.deepEqual(pickNames('nothing capitalised here.', ['Q42']).map(([term]) => term), ['@q42']);
});

const NUMBER_KEYS: [string, string][] = [
  ['1,200', '#1200'],
  ['1.200', '#1200'],
  ['1 200', '#1200'],
  ['1,234,567', '#1234567'],
  ['4,75', '#4.75'],
  ['4.75', '#4.75'],
  ['240-metre', '#240'],
  ['$137-million', '#137'],
];

for (const [value, expected] of NUMBER_KEYS) {
  test(`numberKey: "${value}" → ${expected} (the same in every locale)`, () => assert.equal(numberKey(value), expected));
}

test('pickTerms: a number grouped with spaces is one number', () => {
  const terms = pickTerms('Environ 18 000 véhicules par jour.', undefined).map(([term]) => term);
  assert.ok(terms.includes('#18000'), terms.join(','));
});

test('listTerms: every content term once, spelled as in digests (stems, number keys), stopwords left out', () => {
  assert.deepEqual([...listTerms('The talks in Geneva ended. Talks resume with 1,200 delegates.')].sort(), ['#1200', 'delegate', 'ended', 'geneva', 'resume', 'talk']);
});
