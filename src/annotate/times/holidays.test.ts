import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDay } from './calendar.ts';
import { easterSunday, HOLIDAYS, nthWeekday } from './holidays.ts';

test('Easter Sunday by the Gregorian computus', () => {
  const rows: [number, string][] = [[1998, '1998-04-12'], [2000, '2000-04-23'], [2019, '2019-04-21'], [2025, '2025-04-20'], [2038, '2038-04-25']];
  for (const [year, expected] of rows) assert.equal(formatDay(easterSunday(year)), expected, String(year));
});

test('nth and last weekdays of a month', () => {
  const rows: [CalendarArgs, string][] = [
    [[2025, 11, 4, 4], '2025-11-27'], // Thanksgiving
    [[2025, 5, 1, -1], '2025-05-26'], // Memorial Day
    [[2025, 9, 1, 1], '2025-09-01'], // Labor Day, on the 1st itself
    [[2025, 12, 3, -1], '2025-12-31'], // last Wednesday of December
  ];
  for (const [[year, month, weekday, n], expected] of rows) assert.equal(formatDay(nthWeekday(year, month, weekday, n)), expected);
});

test('named days that hang on other days', () => {
  const rows: [string, number, string][] = [
    ['Election Day', 1998, '1998-11-03'], ['Election Day', 2026, '2026-11-03'], ['Black Friday', 2025, '2025-11-28'],
    ['Good Friday', 1998, '1998-04-10'], ['Ash Wednesday', 2025, '2025-03-05'],
  ];
  for (const [name, year, expected] of rows) assert.equal(formatDay(HOLIDAYS[name]!(year)), expected, name);
});

type CalendarArgs = [year: number, month: number, weekday: number, n: number];
