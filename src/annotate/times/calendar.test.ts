import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, formatWeek, parseAnchor, weekdayOf, type CalendarDay } from './calendar.ts';

const day = (iso: string): CalendarDay => parseAnchor(iso)!;

test('ISO weeks across year ends', () => {
  const rows: [string, string][] = [
    ['2025-12-29', '2026-W01'], // Monday of the week that holds 1 January
    ['2025-12-28', '2025-W52'],
    ['2021-01-03', '2020-W53'],
    ['1989-10-27', '1989-W43'],
  ];
  for (const [iso, week] of rows) assert.equal(formatWeek(day(iso)), week, iso);
});

test('weekdays and month arithmetic', () => {
  assert.equal(weekdayOf(day('2025-12-29')), 1);
  assert.equal(weekdayOf(day('2025-12-28')), 7);
  assert.deepEqual(addMonths(2025, 1, -2), { year: 2024, month: 11 });
  assert.deepEqual(addMonths(2025, 12, 1), { year: 2026, month: 1 });
});

test('anchors parse dates and date-times, and refuse anything else', () => {
  assert.deepEqual(parseAnchor('2025-12-29T14:05:00Z'), { year: 2025, month: 12, day: 29, clock: '14:05' });
  assert.deepEqual(parseAnchor('2025-12-29'), { year: 2025, month: 12, day: 29 });
  assert.equal(parseAnchor('29 December 2025'), undefined);
  assert.equal(parseAnchor(undefined), undefined);
});
