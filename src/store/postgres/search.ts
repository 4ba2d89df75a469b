import type { SearchHit } from '../types.ts';
import { bm25, inverseDocumentFrequency, termQuery, type LexemeOccurrences } from './ranking.ts';
import { makeSnippet, parseQuery, toTsQuery } from './search-text.ts';

/** Matching articles scored with bm25 at most; beyond it ts_rank picks which (compare-with-sqlite.ts: 2,000 articles, cap 1,000 gave 189/200 identical rankings at 85 ms, no cap 200/200 at 119 ms). */
export const BM25_CANDIDATES = 5000;

/** Runs one SQL statement and returns its rows (the store's pooled, error-wrapping query). */
export type RunQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * Full-text search with the SQLite adapter's results: the GIN index finds the articles, FTS5's
 * bm25 (recomputed from tsvector positions) orders them, and the snippet follows FTS5's rules.
 */
export async function searchArticles(run: RunQuery, input: string, limit: number): Promise<SearchHit[]> {
  const tsquery = toTsQuery(input);
  if (!tsquery || limit === 0) return [];
  const terms = parseQuery(input);
  // Per-term document counts (each a GIN lookup) and the average length give FTS5's idf and avgdl.
  const [stats] = await run(
    `SELECT (SELECT count(*) FROM articles)::int AS n, (SELECT coalesce(avg(words), 1) FROM articles)::float8 AS average${terms.map((_, i) => `, (SELECT count(*) FROM articles WHERE search @@ $${i + 1}::tsquery)::int AS t${i}`).join('')}`,
    terms.map(termQuery),
  );
  const idf = terms.map((_, i) => inverseDocumentFrequency(stats!.n as number, stats![`t${i}`] as number));
  const exact = [...new Set(terms.flatMap((term) => term.words.filter((_, k) => !(term.prefix && k === term.words.length - 1))))];
  // Query words hold only letters, digits and marks, so they carry no LIKE wildcard.
  const prefixes = [...new Set(terms.filter((term) => term.prefix).map((term) => `${term.words.at(-1)}%`))];
  const candidates = await run(
    `WITH candidates AS (
       SELECT sequence, id, words, search FROM articles WHERE search @@ $1::tsquery ORDER BY ts_rank(search, $1::tsquery, 1) DESC LIMIT $2)
     SELECT c.sequence, c.id, c.words, m.occurrences FROM candidates c CROSS JOIN LATERAL (
       SELECT coalesce(json_agg(json_build_array(u.lexeme, u.positions, u.weights)), '[]') AS occurrences
       FROM unnest(c.search) u WHERE u.lexeme = ANY($3::text[]) OR u.lexeme LIKE ANY($4::text[])) m`,
    [tsquery, BM25_CANDIDATES, exact, prefixes],
  );
  const ranked = candidates
    .map((row) => ({ id: row.id as string, sequence: Number(row.sequence), score: bm25(terms, idf, row.occurrences as LexemeOccurrences[], row.words as number, stats!.average as number) }))
    .sort((a, b) => b.score - a.score || a.sequence - b.sequence)
    .slice(0, limit < 0 ? undefined : limit); // a negative limit means none, as in SQLite
  if (ranked.length === 0) return [];
  const rows = await run('SELECT id, title, outlet, text FROM articles WHERE id = ANY($1::text[])', [ranked.map((hit) => hit.id)]);
  const byId = new Map(rows.map((row) => [row.id as string, row]));
  return ranked.map(({ id, score }) => {
    const row = byId.get(id)!;
    return { articleId: id, title: (row.title as string | null) ?? undefined, outlet: (row.outlet as string | null) ?? undefined, snippet: makeSnippet(row.text as string, terms), score };
  });
}
