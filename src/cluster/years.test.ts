import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latestYear, yearFactor, YEAR_AGREE_FACTOR, YEAR_DISAGREE_FACTOR } from './years.ts';

const LATEST: [string, string[], number | undefined][] = [
  ['the latest of several years', ['#2008', 'quake', '#2013', '#1999'], 2013],
  ['no number terms', ['quake', 'mayor'], undefined],
  ['numbers that are not years', ['#12', '#350', '#4.75', '#12000'], undefined],
  ['four digits outside the year range', ['#1200', '#3100'], undefined],
  ['words that look like years are not number terms', ['2013'], undefined],
  // Known limitation: a count of 2,000 folds to "#2000" and reads as a year.
  ['a folded count reads as a year', ['#2000'], 2000],
];

for (const [name, terms, expected] of LATEST) {
  test(`latestYear: ${name}`, () => assert.equal(latestYear(terms), expected));
}

const FACTORS: [string, number | undefined, number | undefined, number][] = [
  ['same latest year', 2013, 2013, YEAR_AGREE_FACTOR],
  ['different latest years', 2008, 2013, YEAR_DISAGREE_FACTOR],
  ['one member without a year is neutral', undefined, 2013, 1],
  ['neither has a year', undefined, undefined, 1],
];

for (const [name, a, b, expected] of FACTORS) {
  test(`yearFactor: ${name}`, () => assert.equal(yearFactor(a, b), expected));
}
