/**
 * Splits raw text into tokens the way CoNLL-2003 (Reuters, PTB-like) did: punctuation apart,
 * clitics ("'s", "n't") apart, abbreviations ("U.S.", "Mr.") and hyphenated words kept whole.
 */
import type { Span } from '../../core/types.ts';
import { ABBREVIATIONS } from './rules.ts';

/** Characters split off the front of a word. */
const LEADING = /^["'“‘«(\[{¿¡]/;
/** Characters split off the end of a word (a final period is handled separately). */
const TRAILING = /[,;:!?"'”’»)\]}…]$/;
/** Clitics split off the end of a word, straight or curly apostrophe. */
const CLITIC = /(?:['’](?:s|S|re|RE|ll|LL|ve|VE|d|D|m|M)|[nN]['’][tT])$/;
/** Dashes that stand alone as tokens. */
const DASH = /[—–]|--+/;

/** True when a word ending in "." keeps its period: initials, dotted abbreviations and known short forms. */
function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  if (bare.length === 0) return false;
  if (/^[A-Za-z]$/.test(bare)) return true;
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(bare)) return true;
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/** Tokenises the text inside `span` (default: all of it) into token spans. */
export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Span[] {
  const tokens: Span[] = [];
  const chunk = /\S+/g;
  chunk.lastIndex = span.start;
  const region = text.slice(0, span.end);
  let match: RegExpExecArray | null;
  while ((match = chunk.exec(region))) splitChunk(text, match.index, match.index + match[0].length, tokens);
  return tokens;
}

/** Peels punctuation off one whitespace-free chunk and pushes the resulting tokens. */
function splitChunk(text: string, start: number, end: number, out: Span[]): void {
  const tail: Span[] = [];
  // Dashes inside a chunk ("talks—and") split it into parts.
  const dash = DASH.exec(text.slice(start, end));
  if (dash && (dash.index > 0 || dash[0].length < end - start)) {
    const at = start + dash.index;
    if (at > start) splitChunk(text, start, at, out);
    out.push({ start: at, end: at + dash[0].length });
    if (at + dash[0].length < end) splitChunk(text, at + dash[0].length, end, out);
    return;
  }
  while (start < end && LEADING.test(text[start]!) && end - start > 1) {
    out.push({ start, end: start + 1 });
    start++;
  }
  for (;;) {
    const word = text.slice(start, end);
    if (word.length <= 1) break;
    if (TRAILING.test(word)) {
      tail.unshift({ start: end - 1, end });
      end--;
      continue;
    }
    if (word.endsWith('.') && !keepsPeriod(word)) {
      // "etc..." style runs of periods stay one token.
      let dots = 1;
      while (dots < word.length && word[word.length - 1 - dots] === '.') dots++;
      tail.unshift({ start: end - dots, end });
      end -= dots;
      continue;
    }
    const clitic = CLITIC.exec(word);
    if (clitic && clitic.index > 0) {
      tail.unshift({ start: start + clitic.index, end });
      end = start + clitic.index;
      continue;
    }
    break;
  }
  if (end > start) out.push({ start, end });
  out.push(...tail);
}
