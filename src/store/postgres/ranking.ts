import type { QueryTerm } from './search-text.ts';

/** bm25 term-frequency saturation, FTS5's value. */
export const BM25_K1 = 1.2;
/** bm25 length normalisation, FTS5's value. */
export const BM25_B = 0.75;
/** Weight of a title word against a body word, as the SQLite adapter's bm25(articles_fts, 5.0, 1.0). */
export const TITLE_WEIGHT = 5;

/** Where one lexeme occurs in an article: tsvector positions and their weights ('A' title, 'B' body). */
export type LexemeOccurrences = [lexeme: string, positions: number[], weights: string[]];

/** FTS5's inverse document frequency: log((N - n + 0.5) / (n + 0.5)), floored at 1e-6 for very common terms. */
export function inverseDocumentFrequency(articles: number, withTerm: number): number {
  const idf = Math.log((articles - withTerm + 0.5) / (withTerm + 0.5));
  return idf > 0 ? idf : 1e-6;
}

/** A tsquery literal for one term alone, to count the articles holding it. */
export function termQuery(term: QueryTerm): string {
  return term.words.map((word, i) => `'${word}'${term.prefix && i === term.words.length - 1 ? ':*' : ''}`).join(' <-> ');
}

/**
 * Title-weighted occurrences of one term in an article, as FTS5 counts phrase instances: each
 * position where the whole phrase starts, a title one counting TITLE_WEIGHT.
 */
export function weightedFrequency(term: QueryTerm, occurrences: readonly LexemeOccurrences[]): number {
  const at = term.words.map((word, k) => {
    const prefix = term.prefix && k === term.words.length - 1;
    const positions = new Map<number, string>();
    for (const [lexeme, list, weights] of occurrences) {
      if (prefix ? lexeme.startsWith(word) : lexeme === word) list.forEach((p, i) => positions.set(p, weights[i]!));
    }
    return positions;
  });
  let frequency = 0;
  for (const [position, weight] of at[0]!) {
    if (at.every((positions, k) => positions.has(position + k))) frequency += weight === 'A' ? TITLE_WEIGHT : 1;
  }
  return frequency;
}

/** FTS5's bm25 for one article of `words` words, given each term's idf and the corpus's average length. */
export function bm25(terms: readonly QueryTerm[], idf: readonly number[], occurrences: readonly LexemeOccurrences[], words: number, averageWords: number): number {
  let score = 0;
  terms.forEach((term, i) => {
    const frequency = weightedFrequency(term, occurrences);
    score += idf[i]! * ((frequency * (BM25_K1 + 1)) / (frequency + BM25_K1 * (1 - BM25_B + (BM25_B * words) / averageWords)));
  });
  return score;
}
