import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blendedInverseFrequency, type BackgroundFrequency } from './background.ts';
import { MAX_POSTINGS, TermTable } from './term-table.ts';

const BACKGROUND: BackgroundFrequency = { documents: 100, frequency: new Map([['government', 90]]) };

test('TermTable: numbers terms once, in order of first sight', () => {
  const table = new TermTable(undefined);
  assert.deepEqual(['vote', 'court', 'vote'].map((term) => table.numberOf(term)), [0, 1, 0]);
  assert.deepEqual(table.names, ['vote', 'court']);
});

test('TermTable: number terms are flagged', () => {
  const table = new TermTable(undefined);
  assert.equal(table.isNumber(table.numberOf('#1200')), true);
  assert.equal(table.isNumber(table.numberOf('court')), false);
});

test('TermTable: the year a number term names is read once, when the term is numbered', () => {
  const table = new TermTable(undefined);
  assert.deepEqual(['#2013', '#12', '#3100', 'court'].map((term) => table.yearOf(table.numberOf(term))), [2013, undefined, undefined, undefined]);
});

for (const [name, background] of [['with a background', BACKGROUND], ['without one', undefined]] as const) {
  test(`TermTable.idf: equals blendedInverseFrequency ${name}`, () => {
    const table = new TermTable(background);
    const government = table.numberOf('government');
    const qeshm = table.numberOf('qeshm');
    table.countArticle([government, qeshm]);
    table.countArticle([government]);
    table.beginPass(2);
    assert.equal(table.idf(government), blendedInverseFrequency(2, 2, 'government', background));
    assert.equal(table.idf(qeshm), blendedInverseFrequency(2, 1, 'qeshm', background));
  });
}

test('TermTable.idf: a value is kept for the whole pass, then recomputed', () => {
  const table = new TermTable(BACKGROUND);
  const term = table.numberOf('qeshm');
  table.beginPass(0);
  const first = table.idf(term);
  table.countArticle([term]);
  assert.equal(table.idf(term), first, 'same pass: counts changed but the value is kept');
  table.beginPass(1);
  assert.equal(table.idf(term), blendedInverseFrequency(1, 1, 'qeshm', BACKGROUND));
  assert.notEqual(table.idf(term), first);
});

test('TermTable.post: each story once per term, the oldest dropped past the cap', () => {
  const table = new TermTable(undefined);
  const term = table.numberOf('vote');
  table.post([term], 7);
  table.post([term], 7);
  assert.deepEqual(table.storiesOf(term), [7]);
  for (let story = 0; story < MAX_POSTINGS + 5; story++) table.post([term], 100 + story);
  const stories = table.storiesOf(term);
  assert.equal(stories.length, MAX_POSTINGS);
  assert.equal(stories[0], 105);
  assert.equal(stories.at(-1), 100 + MAX_POSTINGS + 4);
  assert.deepEqual(table.storiesOf(table.numberOf('unposted')), []);
});
