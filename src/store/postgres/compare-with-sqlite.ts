// Measures the PostgreSQL adapter against the SQLite one on synthetic articles: how often search
// gives identical ranked hits and snippets, the largest score difference, and write/search times.
// Starts its own throwaway server. Run: npx tsx src/store/postgres/compare-with-sqlite.ts [articles] [queries]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleArticle } from '../contract.ts';
import { openSqliteStore } from '../sqlite/index.ts';
import type { Store } from '../types.ts';
import { openPostgresStore } from './index.ts';
import { findPostgresBin, startTestServer } from './test-server.ts';

/** Distinct words in the synthetic vocabulary; word ranks follow a Zipf-like law, as in prose. */
const VOCABULARY_SIZE = 2000;
/** Concurrent writers putting articles into PostgreSQL, standing in for worker processes. */
const WRITERS = 4;

const articleCount = Number(process.argv[2] ?? 2000);
const queryCount = Number(process.argv[3] ?? 200);
let seed = 12345;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const word = () => `w${(Math.floor(Math.exp(random() * Math.log(VOCABULARY_SIZE))) - 1).toString(36)}`;
const words = (n: number) => Array.from({ length: n }, word).join(' ');
const sentence = () => `${words(4 + Math.floor(random() * 20))}.`;
const articles = Array.from({ length: articleCount }, (_, i) =>
  sampleArticle(`art${String(i).padStart(6, '0')}`, Array.from({ length: 3 + Math.floor(random() * 30) }, sentence).join(' '), { title: words(3 + Math.floor(random() * 8)) }),
);
const queries = Array.from({ length: queryCount }, () =>
  Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
    const roll = random();
    return roll < 0.2 ? `"${word()} ${word()}"` : roll < 0.35 ? `${word().slice(0, 2)}*` : word();
  }).join(' '),
);

const bin = findPostgresBin();
if (!bin) throw new Error('no PostgreSQL server programs (initdb, pg_ctl) found');
const server = await startTestServer(bin);
const dir = mkdtempSync(join(tmpdir(), 'dossier-compare-'));
const sqlite = openSqliteStore(join(dir, 'compare.db'));
const postgres = openPostgresStore(await server.createDatabase('compare'));
try {
  let started = Date.now();
  for (const article of articles) await sqlite.putArticle(article, { ingestedAt: '2025-01-01T00:00:00Z' });
  const sqlitePut = Date.now() - started;
  started = Date.now();
  await Promise.all(Array.from({ length: WRITERS }, async (_, w) => {
    for (let i = w; i < articles.length; i += WRITERS) await postgres.putArticle(articles[i]!, { ingestedAt: '2025-01-01T00:00:00Z' });
  }));
  const postgresPut = Date.now() - started;
  const time = { sqlite: 0, postgres: 0 };
  let identical = 0;
  let largestScoreDifference = 0;
  const search = async (store: Store, key: 'sqlite' | 'postgres', query: string) => {
    const begun = performance.now();
    const hits = await store.search(query);
    time[key] += performance.now() - begun;
    return hits;
  };
  for (const query of queries) {
    const [expected, actual] = [await search(sqlite, 'sqlite', query), await search(postgres, 'postgres', query)];
    if (JSON.stringify(expected.map((h) => [h.articleId, h.snippet])) === JSON.stringify(actual.map((h) => [h.articleId, h.snippet]))) identical++;
    expected.forEach((hit, i) => {
      if (actual[i]?.articleId === hit.articleId) largestScoreDifference = Math.max(largestScoreDifference, Math.abs(actual[i]!.score - hit.score));
    });
  }
  console.log(JSON.stringify({
    articles: articleCount,
    queries: queryCount,
    identicalRankedHitsAndSnippets: identical,
    largestScoreDifference,
    putMsPerArticle: { sqlite: sqlitePut / articleCount, postgres: postgresPut / articleCount, postgresWriters: WRITERS },
    searchMsPerQuery: { sqlite: time.sqlite / queryCount, postgres: time.postgres / queryCount },
  }, null, 2));
} finally {
  await Promise.all([sqlite.close(), postgres.close()]);
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
