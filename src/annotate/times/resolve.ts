/** Helpers that turn parsed pieces of a time expression into TimeML values, given an anchor day and a tense. */
import type { TimeExpression } from '../../core/types.ts';
import {
  addDays, addMonths, daysInMonth, formatDay, formatMonth, formatWeek, formatYear, quarterOf, weekdayOf,
  type CalendarDay,
} from './calendar.ts';
import type { Tense } from './tense.ts';
import { NUMBER_WORDS, UNITS, VAGUE_NUMBERS } from './rules.ts';

/** What a resolver knows about the expression's surroundings. */
export interface ResolveContext {
  anchor?: CalendarDay;
  tense: Tense;
  /** Text of the sentence around the expression and a little before it, for cues such as a quarter being discussed. */
  sentence?: string;
  /** Value of the last calendar date mentioned before the expression ("1995", "1995-05-22"), for "the following year". */
  previousDate?: string;
  /** "until" or "till" right before the expression: a weekday after it is the coming one. */
  until?: boolean;
}

/** A resolved value and how it was fixed. */
export interface Resolution {
  value: string;
  anchor: TimeExpression['anchor'];
  /** Overrides the rule's type (e.g. a weekday with "morning" becomes a TIME). */
  type?: TimeExpression['type'];
}

/** A value the text alone fixes. */
export function absolute(value: string, type?: TimeExpression['type']): Resolution {
  return type ? { value, anchor: 'absolute', type } : { value, anchor: 'absolute' };
}

/** Resolves against the anchor when there is one, else keeps the X placeholder and marks it unresolved. */
export function relative(
  context: ResolveContext, placeholder: string, compute: (anchor: CalendarDay) => string, type?: TimeExpression['type'],
): Resolution {
  const resolution: Resolution = context.anchor
    ? { value: compute(context.anchor), anchor: 'publishedAt' }
    : { value: placeholder, anchor: 'unresolved' };
  if (type) resolution.type = type;
  return resolution;
}

/** Parses a number word or digits ("twenty-four", "a", "12"); undefined for vague amounts ("several"). */
export function parseNumber(words: string): number | undefined {
  const lower = words.toLowerCase().trim();
  if (/^\d+(\.\d+)?$/.test(lower)) return Number(lower);
  const mixed = /^(\d+) 1\/2$/.exec(lower);
  if (mixed) return Number(mixed[1]) + 0.5;
  if (VAGUE_NUMBERS.includes(lower) || /of$/.test(lower) && !(lower in NUMBER_WORDS)) return undefined;
  if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower];
  const parts = lower.split(/[- ]/);
  if (parts.length === 2 && parts[0]! in NUMBER_WORDS && parts[1]! in NUMBER_WORDS) {
    return NUMBER_WORDS[parts[0]!]! + NUMBER_WORDS[parts[1]!]!;
  }
  return undefined;
}

/** Normalises a unit word ("Years", "centuries") to its UNITS key. */
export function unitKey(word: string): string {
  const lower = word.toLowerCase();
  if (lower.startsWith('centur')) return 'century';
  return lower.replace(/s$/, '');
}

/** Builds a TimeML duration ("PT5H", "P2W", "PXY") from an amount (undefined = vague) and a unit word. */
export function durationValue(amountGiven: number | undefined, unitWord: string): string {
  let amount = amountGiven;
  const unit = UNITS[unitKey(unitWord)];
  if (!unit) return 'PX';
  if (amount !== undefined && unit.times) amount *= unit.times;
  if (amount !== undefined && !Number.isInteger(amount)) return fractionalDuration(amount, unit.letter, unit.clock);
  return `P${unit.clock ? 'T' : ''}${amount === undefined ? 'X' : amount}${unit.letter}`;
}

/** Each duration letter's next smaller unit and how many of it make one: a fraction is written as whole units plus the rest in it. */
const SMALLER_UNIT: Readonly<Record<string, { letter: string; clock: boolean; per: number }>> = {
  Y: { letter: 'M', clock: false, per: 12 }, M: { letter: 'D', clock: false, per: 30 }, W: { letter: 'D', clock: false, per: 7 },
  Q: { letter: 'M', clock: false, per: 3 }, D: { letter: 'H', clock: true, per: 24 }, H: { letter: 'M', clock: true, per: 60 }, S: { letter: 'S', clock: true, per: 1 },
};

/** "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M, "half an hour" → PT30M, "a minute and a half" → PT1M30S (TimeBank's way). */
function fractionalDuration(amount: number, letter: string, clock: boolean): string {
  // A clock minute's smaller unit is the second; a calendar month's is the day.
  const smaller = clock && letter === 'M' ? { letter: 'S', clock: true, per: 60 } : SMALLER_UNIT[letter]!;
  const whole = Math.floor(amount);
  const rest = Math.round((amount - whole) * smaller.per);
  const date: string[] = [];
  const time: string[] = [];
  if (whole > 0) (clock ? time : date).push(`${whole}${letter}`);
  if (rest > 0) (smaller.clock ? time : date).push(`${rest}${smaller.letter}`);
  return `P${date.join('')}${time.length > 0 ? `T${time.join('')}` : ''}`;
}

const DAY_MS = 86_400_000;
const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / DAY_MS;

/**
 * Days ahead of the anchor within which a day-and-month date is taken as upcoming even in a past-tense
 * clause: TimeBank's "record Nov. 1", "extended to Nov. 20". Set with npm run eval:time (0 → 45 days:
 * value accuracy 0.840 → 0.845).
 */
export const NEAR_FUTURE_DAYS = 45;

/** Picks the year for a month (and day) given without one: the past one for past tense, the coming one for future, else the nearest. */
export function yearFor(anchor: CalendarDay, tense: Tense, month: number, day?: number): number {
  if (day === undefined && month === anchor.month) return anchor.year;
  const target = day ?? 15;
  const today = dayNumber(anchor.year, anchor.month, day === undefined ? 15 : anchor.day);
  const options = [anchor.year - 1, anchor.year, anchor.year + 1].map((year) => ({ year, offset: dayNumber(year, month, target) - today }));
  const nearest = options.reduce((best, option) => (Math.abs(option.offset) < Math.abs(best.offset) ? option : best));
  if (tense === 'none') return nearest.year;
  // A full date just ahead of the anchor is an upcoming deadline ("payable Nov. 1") whatever the clause's tense.
  if (day !== undefined && nearest.offset > 0 && nearest.offset <= NEAR_FUTURE_DAYS) return nearest.year;
  if (tense === 'past') return options.filter((option) => option.offset <= 0).at(-1)!.year;
  return options.find((option) => option.offset >= 0)!.year;
}

/** Direction words before a weekday or period: -1 for "last", +1 for "next", 0 for "this". */
export type Shift = -1 | 0 | 1;

/** Finds the date of a weekday near the anchor, by explicit shift or else by tense (same weekday = the anchor day). */
export function weekdayDate(anchor: CalendarDay, weekday: number, tense: Tense, shift?: Shift): CalendarDay {
  const today = weekdayOf(anchor);
  if (shift === 0) return addDays(anchor, weekday - today);
  if (weekday === today && shift === undefined) return anchor;
  const back = ((today - weekday + 7) % 7) || 7;
  const ahead = ((weekday - today + 7) % 7) || 7;
  if (shift === -1) return addDays(anchor, -back);
  if (shift === 1) return addDays(anchor, ahead);
  if (tense === 'future') return addDays(anchor, ahead);
  if (tense === 'past') return addDays(anchor, -back);
  // No cue: news mostly reports what happened, so the past day unless the coming one is much nearer.
  return back <= ahead + 2 ? addDays(anchor, -back) : addDays(anchor, ahead);
}

/** Value of a calendar period (week, month, quarter, year…) shifted by `offset` periods from the anchor's own. */
export function periodValue(anchor: CalendarDay, unit: string, offset: number): string {
  switch (unit) {
    case 'day': return formatDay(addDays(anchor, offset));
    case 'week': return formatWeek(addDays(anchor, offset * 7));
    case 'weekend': return `${formatWeek(addDays(anchor, offset * 7))}-WE`;
    case 'month': { const m = addMonths(anchor.year, anchor.month, offset); return formatMonth(m.year, m.month); }
    case 'quarter': {
      const m = addMonths(anchor.year, anchor.month, offset * 3);
      return `${formatYear(m.year)}-Q${quarterOf(m.month)}`;
    }
    case 'half': {
      const m = addMonths(anchor.year, anchor.month, offset * 6);
      return `${formatYear(m.year)}-H${m.month <= 6 ? 1 : 2}`;
    }
    case 'decade': return formatYear(anchor.year + offset * 10).slice(0, 3);
    case 'century': return formatYear(anchor.year + offset * 100).slice(0, 2);
    default: return formatYear(anchor.year + offset);
  }
}

/** Moves the anchor back (negative) or forward by an amount of a unit, at that unit's granularity ("two years ago" → a year). */
export function shiftedValue(anchor: CalendarDay, amount: number | undefined, unitWord: string, sign: 1 | -1): string {
  const unit = unitKey(unitWord);
  if (amount === undefined) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
  const n = Math.round(amount) * sign;
  switch (unit) {
    case 'second': case 'minute': case 'hour': {
      if (!anchor.clock) return formatDay(anchor);
      const minutes = unit === 'hour' ? n * 60 : unit === 'minute' ? n : Math.round(n / 60);
      const [h, m] = anchor.clock.split(':').map(Number);
      const total = h! * 60 + m! + minutes;
      const day = addDays(anchor, Math.floor(total / 1440));
      const within = ((total % 1440) + 1440) % 1440;
      return `${formatDay(day)}T${String(Math.floor(within / 60)).padStart(2, '0')}:${String(within % 60).padStart(2, '0')}`;
    }
    case 'day': case 'night': return formatDay(addDays(anchor, n));
    case 'week': case 'fortnight': return formatWeek(addDays(anchor, n * 7 * (unit === 'fortnight' ? 2 : 1)));
    case 'month': return periodValue(anchor, 'month', n);
    case 'quarter': return periodValue(anchor, 'quarter', n);
    case 'decade': return formatYear(anchor.year + n * 10);
    case 'century': return formatYear(anchor.year + n * 100);
    default: return formatYear(anchor.year + n);
  }
}

/** Day `day` of a month, clamped to the month's length. */
export function dayOf(year: number, month: number, day: number): CalendarDay {
  return { year, month, day: Math.min(day, daysInMonth(year, month)) };
}
