/** Tests that keep dates, clock times, years and numbers inside names out of the quantities layer. */
import type { Lexeme } from './lexer.ts';
import type { NumberMatch } from './numbers.ts';
import type { UnitMatch } from './units.ts';
import { MONTHS, TIME_FOLLOWERS, YEAR_CUES } from './rules.ts';

/** Units that make "N units ago/later" a relative date rather than a quantity. */
export const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);

/** A number next to a month name ("Feb. 28", "28 February") or followed by a clock word ("5 p.m.", "10 GMT"). */
export function isDateOrClock(lexemes: readonly Lexeme[], k: number, number: NumberMatch): boolean {
  let before = k - 1;
  if (lexemes[before]?.text === '.' && lexemes[before]!.glued) before--;
  if (isMonth(lexemes[before])) return true;
  let after = number.next;
  if (lexemes[after]?.lower === 'of' && number.kind === 'ordinal') after++;
  if (isMonth(lexemes[after])) return true;
  const word = lexemes[number.next];
  if (!word) return false;
  if (TIME_FOLLOWERS.has(word.lower)) return true;
  return /^[ap]$/.test(word.lower) && lexemes[number.next + 1]?.text === '.' && lexemes[number.next + 2]?.lower === 'm';
}

/** A capitalised month name ("May" as a verb is lower-case). */
function isMonth(lexeme: Lexeme | undefined): boolean {
  return lexeme !== undefined && MONTHS.has(lexeme.lower) && /^\p{Lu}/u.test(lexeme.text);
}

/** A digit number right after a capitalised word that is not the sentence's first ("Article 5", "Flight 17", "Boeing 737"). */
export function isInName(lexemes: readonly Lexeme[], k: number): boolean {
  const number = lexemes[k]!;
  const previous = lexemes[k - 1];
  if (number.kind !== 'digits' || !previous || previous.kind !== 'word' || !/^\p{Lu}/u.test(previous.text) || /['’]s$/.test(previous.text)) return false;
  const beforePrevious = lexemes[k - 2];
  return beforePrevious !== undefined && !/^[.!?:;"“‘'(]$/.test(beforePrevious.text);
}

/** "two weeks ago", "five hours later": a date relative to another, which the time layer owns. */
export function isRelativeDate(lexemes: readonly Lexeme[], unit: UnitMatch): boolean {
  const word = lexemes[unit.next]?.lower;
  return word === 'ago' || (TIME_UNITS.has(unit.unit) && (word === 'later' || word === 'earlier'));
}

/** A four-digit number that reads as a year ("in 2022", "the 2024 vote") unless money, a share or a scaled amount. */
export function isYear(lexemes: readonly Lexeme[], k: number, number: NumberMatch, unit: UnitMatch, isMoney: boolean): boolean {
  if (!number.yearLike || isMoney || unit.unit === 'percent') return false;
  const previous = lexemes[k - 1]?.lower ?? '';
  return YEAR_CUES.has(previous) || unit.unit.includes(' ') || unit.next === number.next;
}
