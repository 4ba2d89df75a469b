import type { Lexeme } from './lexer.ts';
import { DENOMINATORS, NUMBER_WORDS, ORDINAL_WORDS, SCALES, SHORT_SCALES, VAGUE_COUNTS, VAGUE_SCALES } from './rules.ts';

/** A number read from lexemes, before its unit. */
export interface NumberMatch {
  value: number;
  kind: 'cardinal' | 'ordinal' | 'fraction' | 'vague';
  /** Index of the first lexeme after the number. */
  next: number;
  /** True for a four-digit number that could be a year ("2022"). */
  yearLike: boolean;
  /** True for a range ("200-300"); `value` is its lower end. */
  range: boolean;
  /** True when a scale word or suffix was read ("million", "bn"). */
  scaled: boolean;
  /** True for "15-plus", "50+", "hundreds of", "several thousand": at least the number. */
  plus: boolean;
}

const ORDINAL_SUFFIX = /^(st|nd|rd|th)$/;

/** Significant digits kept after scaling, so 65.4 billion is 65400000000, not 65400000000.00001. */
const SIGNIFICANT_DIGITS = 12;

/** Multiplies without binary floating-point noise. */
function scale(value: number, by: number): number {
  return Number((value * by).toPrecision(SIGNIFICANT_DIGITS));
}

/** Reads a number starting at lexeme `i`, or returns undefined. `afterCurrency` allows short scales ("$2bn"). */
export function readNumber(lexemes: readonly Lexeme[], i: number, afterCurrency = false): NumberMatch | undefined {
  const first = lexemes[i];
  if (!first) return undefined;
  if (first.kind === 'digits') return readDigits(lexemes, i, afterCurrency);
  if (first.kind === 'word') return readVague(lexemes, i) ?? readFraction(lexemes, i) ?? readOrdinalWord(lexemes, i) ?? readWords(lexemes, i);
  return undefined;
}

/** "1,200", "3.5 million", "6th", "200-300", "$2bn". Rejects numbers glued to letters ("F-16", "1990s"). */
function readDigits(lexemes: readonly Lexeme[], i: number, afterCurrency: boolean): NumberMatch | undefined {
  const first = lexemes[i]!;
  const previous = lexemes[i - 1];
  if (first.glued && previous && /[\p{L}\p{N}:\/.\-–]/u.test(previous.text) && !afterCurrency) return undefined;
  const value = Number(first.text.replace(/,(?=\d{3}\b)/g, ''));
  if (!Number.isFinite(value) || /,/.test(first.text.replace(/,(?=\d{3}\b)/g, ''))) return undefined;
  const next = lexemes[i + 1];
  if (next?.glued && next.kind === 'word') {
    if (ORDINAL_SUFFIX.test(next.lower)) return { value, kind: 'ordinal', next: i + 2, yearLike: false, range: false, scaled: false, plus: false };
    if (afterCurrency && SHORT_SCALES.has(next.lower)) return { value: scale(value, SCALES.get(next.lower)!), kind: 'cardinal', next: i + 2, yearLike: false, range: false, scaled: true, plus: false };
    if (next.lower === 's') return undefined;
  }
  if (next?.glued && next.text === ':') return undefined;
  const match: NumberMatch = { value, kind: 'cardinal', next: i + 1, yearLike: /^\d{4}$/.test(first.text) && value >= 1800 && value <= 2100, range: false, scaled: false, plus: false };
  const dash = lexemes[i + 1];
  const upper = lexemes[i + 2];
  if (dash?.glued && /^[-–]$/.test(dash.text) && upper?.glued && upper.kind === 'digits') {
    match.range = true;
    match.yearLike = false;
    match.next = i + 3;
  }
  return readScale(lexemes, match);
}

/** Multiplies by a following scale word ("3.5 million", "two billion"). */
function readScale(lexemes: readonly Lexeme[], match: NumberMatch): NumberMatch {
  const word = lexemes[match.next];
  const factor = word && !SHORT_SCALES.has(word.lower) ? SCALES.get(word.lower) : undefined;
  if (!factor) return readPlus(lexemes, match);
  return readPlus(lexemes, { ...match, value: scale(match.value, factor), next: match.next + 1, yearLike: false, scaled: true, plus: false });
}

/** "15-plus years", "50+ people": the number is a lower bound. */
function readPlus(lexemes: readonly Lexeme[], match: NumberMatch): NumberMatch {
  const first = lexemes[match.next];
  if (first?.glued && first.text === '+') return { ...match, next: match.next + 1, plus: true, yearLike: false };
  if (first?.glued && first.text === '-' && lexemes[match.next + 1]?.glued && lexemes[match.next + 1]!.lower === 'plus') return { ...match, next: match.next + 2, plus: true, yearLike: false };
  return match;
}

/** "hundreds of", "tens of thousands of": the lower bound, leaving "of" for the counted noun. */
function readVague(lexemes: readonly Lexeme[], i: number): NumberMatch | undefined {
  let value = VAGUE_SCALES.get(lexemes[i]!.lower);
  if (value === undefined) return undefined;
  let next = i + 1;
  while (lexemes[next]?.lower === 'of' && VAGUE_SCALES.has(lexemes[next + 1]?.lower ?? '')) {
    value *= VAGUE_SCALES.get(lexemes[next + 1]!.lower)!;
    next += 2;
  }
  if (lexemes[next]?.lower !== 'of') return undefined;
  return { value, kind: 'vague', next, yearLike: false, range: false, scaled: true, plus: true };
}

/** "one-fifth of", "two thirds of", "a quarter of", "half of": a share, which must be followed by "of". */
function readFraction(lexemes: readonly Lexeme[], i: number): NumberMatch | undefined {
  const word = lexemes[i]!.lower;
  if (word === 'half' && lexemes[i + 1]?.lower === 'of') return { value: 0.5, kind: 'fraction', next: i + 1, yearLike: false, range: false, scaled: false, plus: false };
  const numerator = word === 'a' || word === 'an' ? 1 : NUMBER_WORDS.get(word);
  if (numerator === undefined || numerator === 0) return undefined;
  let k = i + 1;
  if (lexemes[k]?.glued && lexemes[k]!.text === '-' && lexemes[k + 1]?.glued) k++;
  const denominator = DENOMINATORS.get(lexemes[k]?.lower ?? '');
  if (!denominator || lexemes[k + 1]?.lower !== 'of') return undefined;
  return { value: numerator / denominator, kind: 'fraction', next: k + 1, yearLike: false, range: false, scaled: false, plus: false };
}

/** Spelled-out cardinals: "twenty-seven", "one hundred and fifty", "two million", "a dozen", "half a million". */
function readWords(lexemes: readonly Lexeme[], i: number): NumberMatch | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let k = i;
  let multiplier = 1;
  if (lexemes[k]?.lower === 'half' && /^an?$/.test(lexemes[k + 1]?.lower ?? '') && SCALES.has(lexemes[k + 2]?.lower ?? '')) {
    multiplier = 0.5;
    k += 1;
  }
  let scaled = false;
  // "several hundred", "a few thousand": at least two of the scale, a lower bound like "hundreds of".
  const beforeVague = k;
  let vague = false;
  if (lexemes[k]?.lower === 'a' && lexemes[k + 1]?.lower === 'few') k++;
  if (VAGUE_COUNTS.has(lexemes[k]?.lower ?? '') && SCALES.has(lexemes[k + 1]?.lower ?? '') && !SHORT_SCALES.has(lexemes[k + 1]!.lower)) {
    current = VAGUE_COUNTS.get(lexemes[k]!.lower)!;
    vague = true;
    k++;
  } else k = beforeVague;
  for (; k < lexemes.length; k++) {
    const lexeme = lexemes[k]!;
    const word = lexeme.lower;
    const small = NUMBER_WORDS.get(word);
    const scale = SHORT_SCALES.has(word) ? undefined : SCALES.get(word);
    if ((word === 'a' || word === 'an') && !seen && (SCALES.has(lexemes[k + 1]?.lower ?? '') || lexemes[k + 1]?.lower === 'dozen')) current = 1;
    else if (small !== undefined) current = word === 'dozen' ? (current || 1) * 12 : current + small;
    else if (scale === 100) current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
      scaled = true;
    } else if (seen && word === 'and' && NUMBER_WORDS.has(lexemes[k + 1]?.lower ?? '')) continue;
    else if (seen && lexeme.text === '-' && lexeme.glued && NUMBER_WORDS.has(lexemes[k + 1]?.lower ?? '') && lexemes[k + 1]!.glued) continue;
    else break;
    seen = true;
  }
  if (!seen || k === i) return undefined;
  // "one" followed by an ordinal-less noun is often a pronoun ("one of them"); the unit check rejects those.
  return readPlus(lexemes, { value: (total + current) * multiplier, kind: 'cardinal', next: k, yearLike: false, range: false, scaled, plus: vague });
}

/** "sixth", "twenty-first": a rank. */
function readOrdinalWord(lexemes: readonly Lexeme[], i: number): NumberMatch | undefined {
  const word = lexemes[i]!.lower;
  const rank = ORDINAL_WORDS.get(word);
  // "first" mostly marks order ("first stop", "first lady"), not a count: left out.
  if (rank !== undefined && rank > 1) return { value: rank, kind: 'ordinal', next: i + 1, yearLike: false, range: false, scaled: false, plus: false };
  const tens = NUMBER_WORDS.get(word);
  const dash = lexemes[i + 1];
  const unit = lexemes[i + 2];
  if (tens && tens >= 20 && tens % 10 === 0 && dash?.glued && dash.text === '-' && unit?.glued) {
    const small = ORDINAL_WORDS.get(unit.lower);
    if (small && small < 10) return { value: tens + small, kind: 'ordinal', next: i + 3, yearLike: false, range: false, scaled: false, plus: false };
  }
  return undefined;
}
