import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withoutDateline } from './key-points.ts';

test('key points drop a leading news dateline, nothing else', () => {
  const rows: [string, string][] = [
    ['PARIS — Three teams of attackers struck on Friday.', 'Three teams of attackers struck on Friday.'],
    ['ST.-DENIS, France — The assault began before dawn.', 'The assault began before dawn.'],
    ['KYIV (Reuters) - Officials said the talks would resume.', 'Officials said the talks would resume.'],
    ['PARIS—Seven people were detained.', 'Seven people were detained.'],
    ['NEW YORK -- "We are ready," the mayor said.', '"We are ready," the mayor said.'],
    ['NATO - the alliance - met on Monday.', 'NATO - the alliance - met on Monday.'],
    ['The U.S. — and its allies — disagreed.', 'The U.S. — and its allies — disagreed.'],
    ['Paris — a city on edge — woke up to sirens.', 'Paris — a city on edge — woke up to sirens.'],
  ];
  for (const [sentence, expected] of rows) {
    const span = withoutDateline(sentence, { start: 0, end: sentence.length });
    assert.equal(sentence.slice(span.start, span.end), expected);
  }
});
