import type { Quantity, Sentence, Span } from '../../core/types.ts';
import { defineStage } from '../../core/stage.ts';
import { lex, type Lexeme } from './lexer.ts';
import { readNumber, type NumberMatch } from './numbers.ts';
import { readUnit, type UnitMatch } from './units.ts';
import { isDateOrClock, isInName, isRelativeDate, isYear, TIME_UNITS } from './exclusions.ts';
import {
  CURRENCY_PREFIXES,
  HEDGES_AFTER,
  HEDGES_BEFORE,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  SCALES,
  VAGUE_COUNTS,
  VAGUE_SCALES,
} from './rules.ts';

export { singular } from './units.ts';

/** Decimal places kept when a fraction is turned into a percentage (one-third → 33.3333). */
const PERCENT_DECIMALS = 4;

/**
 * Finds quantities with what they count: "five hours", "20-point plan", "90%", "$2 billion",
 * "one-fifth of Ukrainian territory" (unit "percent", value 20), "hundreds of thousands of residents"
 * (lower bound), "sixth round" (ordinals: value is the rank, unit the ranked noun), with hedges.
 * Years, dates, clock times and numbers inside names are left to other layers.
 * When sentences are given, a quantity never crosses a sentence boundary.
 */
export function findQuantities(text: string, sentences?: readonly Sentence[]): Quantity[] {
  const blocks: readonly Span[] = sentences && sentences.length > 0 ? sentences : [{ start: 0, end: text.length }];
  const quantities: Quantity[] = [];
  for (const block of blocks) {
    const lexemes = lex(text, block.start, block.end);
    for (let i = 0; i < lexemes.length; ) {
      const found = canStart(lexemes[i]!) ? readQuantity(lexemes, i) : undefined;
      if (found) {
        quantities.push(found.quantity);
        i = found.next;
      } else i++;
    }
  }
  return quantities;
}

/** Words that may open a quantity: hedges, number words, vague counts, articles ("a dozen"), currency codes. */
const OPENING_WORDS = new Set<string>([
  ...[...HEDGES_BEFORE].map(([phrase]) => phrase.split(' ')[0]!),
  ...NUMBER_WORDS.keys(), ...ORDINAL_WORDS.keys(), ...VAGUE_SCALES.keys(), ...VAGUE_COUNTS.keys(), ...CURRENCY_PREFIXES.keys(),
  'a', 'an', 'half', 'between',
]);

/** Cheap test run before the full parse: digits, currency signs and opening words. */
function canStart(lexeme: Lexeme): boolean {
  return lexeme.kind === 'digits' || OPENING_WORDS.has(lexeme.lower) || (lexeme.kind === 'other' && CURRENCY_PREFIXES.has(lexeme.lower)) || (lexeme.kind === 'word' && CURRENCY_PREFIXES.has(lexeme.lower + '$'));
}

/** The quantities stage: quantities found sentence by sentence. */
export const quantitiesStage = defineStage({
  name: 'quantities',
  provides: 'quantities',
  requires: ['sentences'],
  run(article) {
    return findQuantities(article.text, article.layers.sentences);
  },
});

/** Reads one quantity starting at lexeme `i`: hedge, currency, number, unit, trailing hedge, in that order. */
function readQuantity(lexemes: readonly Lexeme[], i: number): { quantity: Quantity; next: number } | undefined {
  // 1. A hedge before the number ("more than", "nearly").
  const hedge = readPhrase(lexemes, i, HEDGES_BEFORE);
  const between = !hedge && lexemes[i]?.lower === 'between';
  let k = hedge ? hedge.next : between ? i + 1 : i;
  // 2. A currency sign or code ("$", "US$", "EUR").
  const currency = readCurrency(lexemes, k);
  if (currency) k = currency.next;
  // 3. The number itself, unless it is part of a date, a clock time or a name.
  const first = readNumber(lexemes, k, currency !== undefined);
  if (!first || isDateOrClock(lexemes, k, first) || (!hedge && !currency && isInName(lexemes, k))) return undefined;
  const number = readRangeEnd(lexemes, first, between, lexemes[k - 1]?.lower === 'from') ?? first;
  if (between && !number.range) return undefined;
  // 4. What it counts.
  const unit: UnitMatch | undefined = currency ? { unit: currency.code, next: number.next } : readUnit(lexemes, number);
  if (!unit || isRelativeDate(lexemes, unit) || isYear(lexemes, k, number, unit, currency !== undefined)) return undefined;
  // "over four years" is a time span, not "more than four years".
  const hedgeBefore = hedge && !(hedge.phrase === 'over' && TIME_UNITS.has(unit.unit)) ? hedge : undefined;
  // 5. A hedge after it ("or more").
  const after = readPhrase(lexemes, unit.next, HEDGES_AFTER);
  const next = after ? after.next : unit.next;
  const start = lexemes[(hedgeBefore && number.kind !== 'ordinal') || between ? i : currency ? currency.start : k]!.start;
  const quantity: Quantity = { start, end: lexemes[next - 1]!.end, value: valueOf(number), unit: unit.unit };
  const meaning = number.kind === 'ordinal' ? undefined : (hedgeBefore?.hedge ?? after?.hedge ?? (number.range || number.plus ? 'at least' : undefined));
  if (meaning) quantity.hedge = meaning;
  return { quantity, next };
}

/**
 * "200 to 300 people", "between 3 and 5 hours", "$35,000 to $60,000": the range keeps the lower
 * number and the upper one's unit. "from X to Y" is a change, not a range, and is left alone.
 */
function readRangeEnd(lexemes: readonly Lexeme[], low: NumberMatch, between: boolean, afterFrom: boolean): NumberMatch | undefined {
  const link = lexemes[low.next]?.lower;
  if (low.kind !== 'cardinal' || afterFrom || !(link === 'to' || (between && link === 'and'))) return undefined;
  let j = low.next + 1;
  const currency = readCurrency(lexemes, j);
  if (currency) j = currency.next;
  const high = readNumber(lexemes, j, currency !== undefined);
  if (!high || high.kind !== 'cardinal' || high.value < low.value) return undefined;
  // "3 and 5 million": the upper number's scale word applies to both.
  const factor = high.scaled && !low.scaled ? (SCALES.get(lexemes[high.next - 1]?.lower ?? '') ?? 1) : 1;
  return { ...high, value: low.value * factor, range: true, yearLike: low.yearLike && high.yearLike };
}

/** The number's value; fractions become percentages so they compare with "20%". */
function valueOf(number: NumberMatch): number {
  if (number.kind !== 'fraction') return number.value;
  const factor = 10 ** PERCENT_DECIMALS;
  return Math.round(number.value * 100 * factor) / factor;
}

type HedgeTable = readonly (readonly [string, NonNullable<Quantity['hedge']>])[];

/** A hedge table indexed by its first word, phrases split once, longest first. */
function indexPhrases(table: HedgeTable): ReadonlyMap<string, { phrase: string; parts: string[]; hedge: NonNullable<Quantity['hedge']> }[]> {
  const index = new Map<string, { phrase: string; parts: string[]; hedge: NonNullable<Quantity['hedge']> }[]>();
  for (const [phrase, hedge] of table) {
    const parts = phrase.split(' ');
    index.set(parts[0]!, [...(index.get(parts[0]!) ?? []), { phrase, parts, hedge }].sort((a, b) => b.parts.length - a.parts.length));
  }
  return index;
}

const HEDGE_INDEX = new Map<HedgeTable, ReturnType<typeof indexPhrases>>([[HEDGES_BEFORE, indexPhrases(HEDGES_BEFORE)], [HEDGES_AFTER, indexPhrases(HEDGES_AFTER)]]);

/** Matches a phrase from a [phrase, hedge] table at lexeme `i`. */
function readPhrase(lexemes: readonly Lexeme[], i: number, table: HedgeTable): { phrase: string; hedge: NonNullable<Quantity['hedge']>; next: number } | undefined {
  const rows = HEDGE_INDEX.get(table)?.get(lexemes[i]?.lower ?? '');
  for (const { phrase, parts, hedge } of rows ?? []) {
    if (parts.every((part, n) => lexemes[i + n]?.lower === part)) return { phrase, hedge, next: i + parts.length };
  }
  return undefined;
}

/** "$", "€", "US$", "USD" before a number. */
function readCurrency(lexemes: readonly Lexeme[], i: number): { code: string; start: number; next: number } | undefined {
  const first = lexemes[i];
  if (!first) return undefined;
  const second = lexemes[i + 1];
  if (second?.glued && CURRENCY_PREFIXES.has(first.lower + second.lower) && lexemes[i + 2]?.kind === 'digits') {
    return { code: CURRENCY_PREFIXES.get(first.lower + second.lower)!, start: i, next: i + 2 };
  }
  const isCode = first.kind === 'word' && first.text === first.text.toUpperCase();
  if ((first.kind === 'other' || isCode) && CURRENCY_PREFIXES.has(first.lower) && second?.kind === 'digits') {
    return { code: CURRENCY_PREFIXES.get(first.lower)!, start: i, next: i + 1 };
  }
  return undefined;
}

