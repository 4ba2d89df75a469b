/** Calendar arithmetic on plain year/month/day values (UTC, no time zones), for TimeML values. */

/** A calendar day, optionally with a clock time, used as the anchor for relative expressions. */
export interface CalendarDay {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
  /** Clock time "HH:MM" when the anchor carries one. */
  clock?: string;
}

/** Parses an ISO 8601 date or date-time ("2025-12-29", "2025-12-29T14:05:00Z") into a calendar day, or undefined. */
export function parseAnchor(iso: string | undefined): CalendarDay | undefined {
  if (!iso) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso.trim());
  if (!match) return undefined;
  const day: CalendarDay = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > 31) return undefined;
  if (match[4] !== undefined) day.clock = `${match[4]}:${match[5]}`;
  return day;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Formats a year as four digits (TimeML years are zero-padded). */
export function formatYear(year: number): string {
  return pad(year, 4);
}

/** Formats year and month as "YYYY-MM". */
export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${pad(month)}`;
}

/** Formats a calendar day as "YYYY-MM-DD". */
export function formatDay(day: CalendarDay): string {
  return `${formatMonth(day.year, day.month)}-${pad(day.day)}`;
}

function toUtc(day: CalendarDay): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

function fromUtc(date: Date): CalendarDay {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Returns the day `days` after (or before, when negative) the given day. */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Returns year and month shifted by `months`. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: CalendarDay): number {
  return ((toUtc(day).getUTCDay() + 6) % 7) + 1;
}

/** ISO 8601 week of a day as { year, week }. */
export function isoWeekOf(day: CalendarDay): { year: number; week: number } {
  const thursday = addDays(day, 4 - weekdayOf(day));
  const firstOfYear = Date.UTC(thursday.year, 0, 1);
  const week = Math.floor((toUtc(thursday).getTime() - firstOfYear) / 86_400_000 / 7) + 1;
  return { year: thursday.year, week };
}

/** Formats the ISO week containing a day as "YYYY-Www". */
export function formatWeek(day: CalendarDay): string {
  const { year, week } = isoWeekOf(day);
  return `${formatYear(year)}-W${pad(week)}`;
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Quarter (1–4) of a month. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}
