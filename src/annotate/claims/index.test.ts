import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanOf } from '../../core/span.ts';
import type { Quantity } from '../../core/types.ts';
import { findClaims, normaliseUnit } from './index.ts';

// [sentence, quantity text, value, unit, expected key, expected value]
const cases: [string, string, number, string, string | undefined, string | undefined][] = [
  ['The envoy held five hours of talks with the president.', 'five hours', 5, 'hour', 'talks:hour', '5'],
  ['A four-hour meeting ended without a deal.', 'four-hour', 4, 'hour meeting', 'talks:hour', '4'],
  ['The meeting, which lasted three hours, was tense.', 'three hours', 3, 'hours', 'talks:hour', '3'],
  ['Officials described a 20-point plan to end the strike.', '20-point plan', 20, 'point plan', 'plan:point', '20'],
  ['The talks lasted two days.', 'two days', 2, 'day', 'talks:day', '2'],
  ['Both leaders said two points remained open in the plan.', 'two points', 2, 'point', undefined, undefined],
  ['It was the sixth round of talks.', 'sixth round', 6, 'round', undefined, undefined],
  ['Turnout reached 64 percent on Sunday.', '64 percent', 64, 'percent', 'vote:percent', '64'],
  ['Rebels control one-fifth of the territory.', 'one-fifth of the territory', 20, 'percent', 'territory:percent', '20'],
  ['He bought 12 apples.', '12 apples', 12, 'apple', undefined, undefined],
  ['At least 89 people were killed in the hall.', 'At least 89 people', 89, 'people', 'casualties:person', '89'],
  ['Three people have been arrested in the raids.', 'Three people', 3, 'people', 'arrests:person', '3'],
  ['The attack killed 129 people.', '129 people', 129, 'people', 'casualties:person', '129'],
  ['Some 2,000 people gathered in the square.', '2,000 people', 2000, 'people', undefined, undefined],
  ['Floods forced 4,000 people to be evacuated.', '4,000 people', 4000, 'people', 'displaced:person', '4000'],
];

for (const [sentence, quantityText, value, unit, key, expected] of cases) {
  test(`findClaims: ${sentence}`, () => {
    const quantity: Quantity = { ...spanOf(sentence, quantityText), value, unit };
    const claims = findClaims(sentence, [{ start: 0, end: sentence.length }], [quantity]);
    assert.equal(claims[0]?.key, key);
    assert.equal(claims[0]?.value, expected);
  });
}

test('findClaims: hedges are kept', () => {
  const sentence = 'A more than three-hour meeting took place.';
  const quantity: Quantity = { ...spanOf(sentence, 'more than three-hour'), value: 3, unit: 'hour', hedge: 'more than' };
  assert.equal(findClaims(sentence, [{ start: 0, end: sentence.length }], [quantity])[0]?.hedge, 'more than');
});

// [unit, value, expected]
const units: [string, number, { unit: string; value: number }][] = [
  ['minutes', 90, { unit: 'minute', value: 90 }],
  ['point plan', 28, { unit: 'point', value: 28 }],
  ['hour meeting', 4, { unit: 'hour', value: 4 }],
  ['casualties', 12, { unit: 'casualty', value: 12 }],
];
for (const [unit, value, expected] of units) test(`normaliseUnit: ${unit}`, () => assert.deepEqual(normaliseUnit(unit, value), expected));
