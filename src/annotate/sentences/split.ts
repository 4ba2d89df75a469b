import type { Span } from '../../core/types.ts';
import { textOf, trimSpan } from '../../core/span.ts';
import { findLineStarts, findListStarts } from './lists.ts';
import {
  CLOCK_ABBREVIATIONS,
  CLOSING_CHARACTERS,
  COMPANY_SUFFIXES,
  NAME_CONTINUATIONS,
  NUMBER_ABBREVIATIONS,
  OPENING_CHARACTERS,
  SENTENCE_OPENERS,
  STATE_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
  TRAILING_ABBREVIATIONS,
} from './rules.ts';

const TERMINALS = '.!?…‽';

/** A dotted abbreviation without its last period: "U.S", "a.m", "W.Va", "Ph.D". */
const DOTTED = /^(\p{L}{1,2}\.)+\p{L}{1,3}$/u;

/** A run of final punctuation with what surrounds it, as the boundary rules need it. */
interface Terminal {
  start: number;
  /** End of the punctuation run itself. */
  end: number;
  /** End of the run plus any closing quotes or brackets: where the sentence would end. */
  close: number;
  dots: number;
  /** True when the run has a question or exclamation mark. */
  strong: boolean;
  /** True for an ellipsis written with spaces (". . ."). */
  spaced: boolean;
  /** True when the run touches the word before it ("that...."). */
  attached: boolean;
  /** The word before the run, back to a space or opening bracket. */
  word: string;
  /** The text after the spaces that follow the run; empty at the end of the block. */
  after: string;
}

/**
 * Splits the block [start, end) of `text` into trimmed sentence spans, in order, covering every
 * non-space character once.
 */
export function splitBlock(text: string, start: number, end: number): Span[] {
  const hardStarts = [...findLineStarts(text, start, end), ...findListStarts(text, start, end)].sort((a, b) => a - b);
  const cuts: number[] = [];
  let sentenceStart = start;
  let hardIndex = 0;
  for (let i = start; i < end; i++) {
    while (hardIndex < hardStarts.length && hardStarts[hardIndex]! <= i) sentenceStart = Math.max(sentenceStart, hardStarts[hardIndex++]!);
    if (!TERMINALS.includes(text[i]!)) continue;
    const terminal = readTerminal(text, i, end);
    const cut = decideCut(text, terminal, sentenceStart);
    if (cut !== undefined) {
      cuts.push(cut);
      sentenceStart = cut;
    }
    i = terminal.end - 1;
  }
  return toSpans(text, start, end, [...cuts, ...hardStarts]);
}

/** Reads the punctuation run starting at `i` and its surroundings. */
function readTerminal(text: string, i: number, limit: number): Terminal {
  let end = i;
  let spaced = false;
  while (end < limit) {
    if (TERMINALS.includes(text[end]!)) end++;
    else if (text[end] === ' ' && text[end + 1] === '.' && /^\.+$/.test(text.slice(i, end).replace(/ /g, ''))) {
      spaced = true;
      end += 2;
    } else break;
  }
  const run = text.slice(i, end);
  let close = end;
  while (close < limit && CLOSING_CHARACTERS.includes(text[close]!)) close++;
  let next = close;
  while (next < limit && /\s/.test(text[next]!)) next++;
  let wordStart = i;
  while (wordStart > 0 && !/\s/.test(text[wordStart - 1]!) && !OPENING_CHARACTERS.includes(text[wordStart - 1]!)) wordStart--;
  return {
    start: i,
    end,
    close,
    dots: (run.match(/\./g) ?? []).length + (run.match(/…/g) ?? []).length * 3,
    strong: /[!?‽]/.test(run),
    spaced,
    attached: i > 0 && !/\s/.test(text[i - 1]!),
    word: text.slice(wordStart, i),
    after: next > close || close >= limit ? text.slice(next, Math.min(limit, next + 40)) : '\u0000',
  };
}

/** Returns where the sentence ends after this punctuation run, or undefined when it goes on. */
function decideCut(text: string, t: Terminal, sentenceStart: number): number | undefined {
  // 1. Not followed by space ("U.S.A", "$100.00", "Jr.'s", "...see"): a boundary only when words were run together ("world.Today").
  if (t.after === '\u0000') return isRunTogether(text, t) ? t.close : undefined;
  if (t.after === '') return t.close;
  const first = t.after[0]!;
  const nextWord = (t.after.replace(/^["'“‘«([{]+/, '').match(/^[\p{L}\p{N}]+/u) ?? [''])[0];
  const nextIsLower = /^\p{Ll}/u.test(nextWord) && !/^\p{Ll}\.\s/u.test(t.after);
  // 2. Question and exclamation marks end a sentence unless the text goes on in lower case ("Yahoo! in").
  if (t.strong) return nextIsLower ? undefined : t.close;
  if (t.dots >= 3) return decideEllipsis(text, t, first);
  // 3. A single period followed by lower case continues ("Co. at noon", "'great.' she said").
  if (nextIsLower) return undefined;
  return isAbbreviationStop(text, t, sentenceStart, nextWord) ? undefined : t.close;
}

/**
 * True for a period, "?" or "!" glued between a word of two or more letters (or a number) and a
 * capitalised word ("Tuesday.Mr.", "1,000.That"), outside e-mail addresses, URLs and abbreviations.
 */
function isRunTogether(text: string, t: Terminal): boolean {
  if (t.end - t.start !== 1 || t.close !== t.end || !/^\p{Lu}\p{Ll}/u.test(text.slice(t.end, t.end + 2))) return false;
  let tokenEnd = t.end;
  while (tokenEnd < text.length && !/\s/.test(text[tokenEnd]!)) tokenEnd++;
  const token = t.word + text.slice(t.start, tokenEnd);
  if (/[@\/\\:_]|www|\.(com|org|net)\b/i.test(token)) return false;
  const before = (t.word.match(/[\p{L}\p{N},]+$/u) ?? [''])[0];
  if (before.length < 2 || TITLE_ABBREVIATIONS.words.has(before.toLowerCase()) || /\p{L}\.\p{L}/u.test(t.word)) return false;
  return /\p{Ll}|^[\d,]+$/u.test(before);
}

/** Ellipses: a spaced three-dot omission goes on; "word. . . . Next" ends at the first period; others end before a capital. */
function decideEllipsis(text: string, t: Terminal, first: string): number | undefined {
  if (!/\p{Lu}/u.test(first)) return undefined;
  if (t.spaced && t.attached) return t.start + 1;
  if (t.spaced && t.dots === 3) return undefined;
  if (text[t.start - 1] === '[' || text[t.start - 1] === '(') return undefined;
  return t.close;
}

/** True when the period closes an abbreviation, initial or list number rather than the sentence. */
function isAbbreviationStop(text: string, t: Terminal, sentenceStart: number, nextWord: string): boolean {
  // The word never reaches back past the sentence start ("Tuesday.Mr." → "Mr").
  const ownWord = t.start - t.word.length < sentenceStart ? text.slice(sentenceStart, t.start) : t.word;
  const word = ownWord.replace(/^[^\p{L}\p{N}]+/u, '');
  const lower = word.toLowerCase();
  const nextIsDigit = /^\p{N}/u.test(nextWord);
  const opensSentence = SENTENCE_OPENERS.words.has(nextWord.toLowerCase());
  if (word === '') return false;
  // A list number or letter at the start of a sentence ("1. The first item").
  if (/^(\d{1,3}|[ivx]{1,5}|[a-z])$/i.test(word) && text.slice(sentenceStart, t.start - word.length).trim().replace(/[•⁃▪◦‣●○■□➢►]/g, '') === '') return true;
  if (nextIsDigit) return isKnownAbbreviation(lower);
  // "Main St. The house": after a name, "St." is a street and may end the sentence.
  if (STREET_ABBREVIATIONS.has(lower) && followsName(text, t.start - word.length)) return !opensSentence;
  if (TITLE_ABBREVIATIONS.words.has(lower)) return true;
  if (CLOCK_ABBREVIATIONS.words.has(word)) return !opensSentence;
  if (word === 'A.M' || word === 'P.M') return false;
  const isListed = TRAILING_ABBREVIATIONS.words.has(lower) || NUMBER_ABBREVIATIONS.words.has(lower) || TITLE_ABBREVIATIONS.words.has(lower) || COMPANY_SUFFIXES.words.has(lower) || STATE_ABBREVIATIONS.words.has(lower) || DOTTED.test(word);
  // An abbreviation followed by a dash or a sign goes on ("Sun Microsystems Inc. -- $125 million").
  if (isListed && nextWord === '') return true;
  // After a company suffix or a state, a capital starts a new sentence ("… Inc. Carnival, which"), except a stacked suffix or a dateline "(AP)".
  if (COMPANY_SUFFIXES.words.has(lower) && /^\p{Lu}/u.test(word)) return NAME_CONTINUATIONS.words.has(nextWord.toLowerCase()) || /^\p{Lu}\.\p{Lu}/u.test(t.after);
  if (STATE_ABBREVIATIONS.words.has(lower) && /^\p{Lu}/u.test(word)) return t.after.startsWith('(');
  if (DOTTED.test(word) || TRAILING_ABBREVIATIONS.words.has(lower)) return !opensSentence;
  if (/^\p{Lu}$/u.test(word)) return isInitial(text, t.start - 1, opensSentence);
  return false;
}

/** Abbreviations that are "Saint"/"Mount" before a name but "Street"/"Mountain" after one. */
const STREET_ABBREVIATIONS = new Set(['st', 'mt']);

/** True when the word before `at` is capitalised or a numbered ordinal ("Main", "5th"). */
function followsName(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at).match(/(\S+)\s+$/u)?.[1] ?? '';
  return /^\p{Lu}\p{Ll}*$|^\d+(st|nd|rd|th)$/u.test(before);
}

/** True for any listed abbreviation; used before a number ("No. 5", "Feb. 28", "p. 55"). */
function isKnownAbbreviation(lower: string): boolean {
  return NUMBER_ABBREVIATIONS.words.has(lower) || TITLE_ABBREVIATIONS.words.has(lower) || TRAILING_ABBREVIATIONS.words.has(lower) || DOTTED.test(lower);
}

/** A capital letter with a period is an initial unless it follows a lower-case word and a sentence opener follows ("you and I. Did"). */
function isInitial(text: string, letterAt: number, opensSentence: boolean): boolean {
  let i = letterAt - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  const previousIsLower = i >= 0 && /[\p{Ll},;:]/u.test(text[i]!);
  return !(previousIsLower && opensSentence);
}

/** Turns cut offsets into trimmed, non-empty spans covering the block. */
function toSpans(text: string, start: number, end: number, cuts: readonly number[]): Span[] {
  const edges = [...new Set([start, ...cuts.filter((c) => c > start && c < end), end])].sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    const span = trimSpan(text, { start: edges[k]!, end: edges[k + 1]! });
    if (span.end <= span.start) continue;
    // A piece with no letter or digit ("! ! !", a stray "”") joins the sentence before it.
    const previous = spans[spans.length - 1];
    if (previous && !/[\p{L}\p{N}]/u.test(textOf(text, span))) previous.end = span.end;
    else spans.push(span);
  }
  return spans;
}
