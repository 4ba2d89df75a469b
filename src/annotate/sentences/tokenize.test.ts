import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanOf, textOf } from '../../core/span.ts';
import { tokenize } from './index.ts';

type Row = [text: string, expected: string[]];

// Expected tokens written as "text/kind".
const rows: Row[] = [
  ["Don't pay $2.5 billion, U.S. officials said.", ["Don't/word", 'pay/word', '$/symbol', '2.5/number', 'billion/word', ',/punct', 'U.S./word', 'officials/word', 'said/word', './punct']],
  ['1,200 troops (90%) left on the 20th...', ['1,200/number', 'troops/word', '(/punct', '90/number', '%/symbol', ')/punct', 'left/word', 'on/word', 'the/word', '20th/number', '.../punct']],
  ['a twenty-seven-year-old at Mar-a-Lago’s gate', ['a/word', 'twenty-seven-year-old/word', 'at/word', 'Mar-a-Lago’s/word', 'gate/word']],
  ['“Peace,” she said — 5:30.', ['“/punct', 'Peace/word', ',/punct', '”/punct', 'she/word', 'said/word', '—/punct', '5:30/number', './punct']],
  ['G7 and COVID-19', ['G7/word', 'and/word', 'COVID-19/word']],
];

for (const [text, expected] of rows) {
  test(`tokenize: ${text}`, () => {
    assert.deepEqual(tokenize(text).map((t) => `${textOf(text, t)}/${t.kind}`), expected);
  });
}

test('tokenize: offsets stay in the full text when a span is given', () => {
  const text = 'First one. Second one.';
  const span = spanOf(text, 'Second one.');
  assert.deepEqual(tokenize(text, span)[0], { ...spanOf(text, 'Second'), kind: 'word' });
});
