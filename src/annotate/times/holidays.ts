/** Named days and their dates in a given year: fixed days, nth-weekday days and days counted from Easter. Data only, plus the date rules they need. */
import { addDays, daysInMonth, weekdayOf, type CalendarDay } from './calendar.ts';

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The `n`th given weekday (1 = Monday) of a month; n = -1 is the last one. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDay {
  if (n < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
}

const fixed = (month: number, day: number) => (year: number): CalendarDay => ({ year, month, day });
const fromEaster = (days: number) => (year: number): CalendarDay => addDays(easterSunday(year), days);
const thanksgiving = (year: number): CalendarDay => nthWeekday(year, 11, 4, 4);

/**
 * Named days → their date in a year. US holidays are the ones wire copy names most; "Election Day" is the US
 * federal one (the Tuesday after the first Monday of November).
 */
export const HOLIDAYS: Readonly<Record<string, (year: number) => CalendarDay>> = {
  'Christmas': fixed(12, 25), 'Christmas Day': fixed(12, 25), 'Christmas Eve': fixed(12, 24),
  'Orthodox Christmas': fixed(1, 7), 'Orthodox Christmas Day': fixed(1, 7), 'Orthodox Christmas Eve': fixed(1, 6),
  "New Year's Day": fixed(1, 1), "New Year's Eve": fixed(12, 31), 'Independence Day': fixed(7, 4), 'Halloween': fixed(10, 31),
  "Valentine's Day": fixed(2, 14), 'Boxing Day': fixed(12, 26), 'Veterans Day': fixed(11, 11), 'Bastille Day': fixed(7, 14),
  'Thanksgiving': thanksgiving, 'Thanksgiving Day': thanksgiving,
  'Black Friday': (year) => addDays(thanksgiving(year), 1), 'Cyber Monday': (year) => addDays(thanksgiving(year), 4),
  'Election Day': (year) => addDays(nthWeekday(year, 11, 1, 1), 1),
  'Memorial Day': (year) => nthWeekday(year, 5, 1, -1), 'Labor Day': (year) => nthWeekday(year, 9, 1, 1),
  'Martin Luther King Day': (year) => nthWeekday(year, 1, 1, 3), "Presidents' Day": (year) => nthWeekday(year, 2, 1, 3),
  'Easter': fromEaster(0), 'Easter Sunday': fromEaster(0), 'Easter Monday': fromEaster(1), 'Good Friday': fromEaster(-2),
  'Palm Sunday': fromEaster(-7), 'Ash Wednesday': fromEaster(-46), 'Maundy Thursday': fromEaster(-3),
};

/** Named weeks → a day inside them: "Easter week" and "Holy Week" are the ISO week that ends on Easter Sunday. */
export const HOLIDAY_WEEKS: Readonly<Record<string, (year: number) => CalendarDay>> = {
  'Easter week': fromEaster(0), 'Holy Week': fromEaster(0),
};
