import type { Span } from '../../core/types.ts';

/** A piece of text the quantity parser reads: a number, a word, or one other character. */
export interface Lexeme extends Span {
  text: string;
  lower: string;
  /** True when no space separates it from the previous lexeme ("20" "-" "point"). */
  glued: boolean;
  kind: 'digits' | 'word' | 'other';
}

// Digits keep inner separators ("1,200", "3.5"); words keep inner apostrophes ("o'clock").
const LEXEME = /(\p{N}+(?:[.,]\p{N}+)*)|(\p{L}+(?:['’]\p{L}+)*)|(\S)/gu;

/** Splits [start, end) of `text` into lexemes with offsets into `text`. */
export function lex(text: string, start: number, end: number): Lexeme[] {
  const lexemes: Lexeme[] = [];
  let previousEnd = -1;
  for (const match of text.slice(start, end).matchAll(LEXEME)) {
    const from = start + match.index!;
    const value = match[0];
    lexemes.push({
      start: from,
      end: from + value.length,
      text: value,
      lower: value.toLowerCase(),
      glued: from === previousEnd,
      kind: match[1] ? 'digits' : match[2] ? 'word' : 'other',
    });
    previousEnd = from + value.length;
  }
  return lexemes;
}
