/** The shape of a time-expression rule and the shared regex pieces rules are built from. */
import type { Span, TimeExpression } from '../../core/types.ts';
import type { Resolution, ResolveContext } from './resolve.ts';
import { MONTH_SOURCE, NUMBER_SOURCE, UNIT_SOURCE, WEEKDAY_SOURCE } from './rules.ts';

/** One pattern for time expressions, with why it exists and how to turn a match into a value. */
export interface TimeRule {
  name: string;
  /** Why the rule exists, in a phrase (shown in reports and docs). */
  reason: string;
  type: TimeExpression['type'];
  /** Global regex; named groups feed `resolve`. */
  pattern: RegExp;
  /** Extra check on the surroundings; false drops the match (e.g. a bare year followed by a noun). */
  accept?: (text: string, start: number, end: number, groups: Record<string, string | undefined>) => boolean;
  /** Narrows the matched span (e.g. drops "the" before an adjectival "five-hour"); defaults to the whole match. */
  extent?: (text: string, span: Span, groups: Record<string, string | undefined>) => Span;
  /** Turns the match into a value; undefined drops it. */
  resolve: (groups: Record<string, string | undefined>, context: ResolveContext) => Resolution | undefined;
}

/** Regex source for a capitalised month name. */
export const MONTH = `(?<month>${MONTH_SOURCE})`;
/** Regex source for a capitalised weekday name. */
export const WEEKDAY = `(?<weekday>${WEEKDAY_SOURCE})`;
/** Regex source for an amount (digits or number words). */
export const NUMBER = `(?<number>${NUMBER_SOURCE})`;
/** Regex source for a time unit. */
export const UNIT = `(?<unit>${UNIT_SOURCE})`;
/** Optional modifier that narrows a period without changing its value ("early", "late", "mid-", "earlier"). */
export const MODIFIER = '(?:(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)(?: in)? |(?:[Ee]arly|[Ll]ate|[Mm]id)-|[Mm]id |(?:[Tt]he )?(?:end|beginning|start|middle) of )?';
/** Regex source for a part of the day. */
export const PART = '(?<part>morning|afternoon|evening|night)';

/** Compiles a regex source into a global regex (sticky-free; scanned over the whole text). */
export function compile(source: string, flags = ''): RegExp {
  return new RegExp(source, `g${flags}`);
}
