import type { Span } from '../../core/types.ts';

/** A token of the text: a span with a coarse kind. */
export type Token = Span & { kind: 'word' | 'number' | 'punct' | 'symbol' };

// Order matters: numbers before words so "3.5" and "1,200" stay whole; initialisms ("U.S.") before
// plain words; words keep inner apostrophes and hyphens ("don't", "twenty-seven", "Mar-a-Lago").
const TOKEN = new RegExp(
  [
    String.raw`(?<number>\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s)?(?![\p{L}\p{N}]))`,
    String.raw`(?<word>(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*)`,
    String.raw`(?<symbol>[\p{S}%])`,
    String.raw`(?<punct>\.{3}|[\p{P}])`,
  ].join('|'),
  'gu',
);

/** Splits text (or the part of it inside `span`) into word, number, punctuation and symbol tokens with offsets into `text`. */
export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  for (const match of slice.matchAll(TOKEN)) {
    const groups = match.groups!;
    const kind = groups.number !== undefined ? 'number' : groups.word !== undefined ? 'word' : groups.symbol !== undefined ? 'symbol' : 'punct';
    const start = span.start + match.index!;
    tokens.push({ start, end: start + match[0].length, kind });
  }
  return tokens;
}
