import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { runStoreContract, sampleArticle } from '../contract.ts';
import { StoreError, openSqliteStore } from '../sqlite/index.ts';
import type { Store } from '../types.ts';
import { openPostgresStore } from './index.ts';
import { POSTGRES_MIGRATIONS } from './migrations.ts';
import { readParityScenario, searchParityScenario, writeParityScenario } from './parity-scenario.ts';
import { findPostgresBin, startTestServer, type TestServer } from './test-server.ts';

const ingestedAt = '2025-01-02T00:00:00.000Z';
const bin = findPostgresBin();

if (!bin) {
  const reason = 'no PostgreSQL server programs (initdb, pg_ctl) on PATH or under /usr/lib/postgresql/*/bin; install the Debian package postgresql';
  if (process.env.CI) test('postgres: server programs are installed', () => assert.fail(reason));
  else test('postgres: adapter tests against a real server', { skip: reason }, () => undefined);
} else {
  let server: TestServer;
  let shared: { url: string; admin: pg.Client };
  const opened: Store[] = [];
  /** A store on the shared database, emptied first (cheaper than a database per test); closed after the run. */
  const freshStore = async (): Promise<Store> => {
    await shared.admin.query('TRUNCATE articles, stories, entity_members, entities RESTART IDENTITY');
    const store = openPostgresStore(shared.url);
    opened.push(store);
    return store;
  };

  before(async () => {
    server = await startTestServer(bin);
    const url = await server.createDatabase('shared');
    const migrated = openPostgresStore(url);
    await migrated.countArticles();
    await migrated.close();
    shared = { url, admin: new pg.Client({ connectionString: url }) };
    await shared.admin.connect();
  });
  after(async () => {
    await Promise.all(opened.map((store) => store.close()));
    await shared?.admin.end();
    await server?.stop();
    rmSync(sqliteDir, { recursive: true, force: true });
  });

  // The same writes on a SQLite and a PostgreSQL store, then the same reads: answers must be equal.
  const sqliteDir = mkdtempSync(join(tmpdir(), 'dossier-parity-'));
  let parity: Promise<{ sqlite: Store; postgres: Store; puts: Map<Store, unknown[]> }> | undefined;
  const paritySetUp = () =>
    (parity ??= (async () => {
      const sqlite = openSqliteStore(join(sqliteDir, 'parity.db'));
      const postgres = openPostgresStore(await server.createDatabase('parity'));
      opened.push(sqlite, postgres);
      return { sqlite, postgres, puts: new Map([[sqlite, await writeParityScenario(sqlite)], [postgres, await writeParityScenario(postgres)]]) };
    })());
  const parityRows: [string, (store: Store, puts: Map<Store, unknown[]>) => Promise<unknown[]>, { todo?: string }][] = [
    ['what each put reported', async (store, puts) => puts.get(store)!, {}],
    ['every read after the same writes', (store) => readParityScenario(store), {}],
    ['search hits and snippets', (store) => searchParityScenario(store, false), {}],
    ['search ranking order and bm25 scores', (store) => searchParityScenario(store, true), {}],
  ];
  for (const [name, read, options] of parityRows) {
    test(`postgres matches sqlite: ${name}`, options, async () => {
      const { sqlite, postgres, puts } = await paritySetUp();
      const [expected, actual] = [await read(sqlite, puts), await read(postgres, puts)];
      for (let i = 0; i < expected.length; i++) assert.deepEqual(actual[i], expected[i], `read ${i}`);
    });
  }

  runStoreContract('postgres', freshStore);

  test('postgres: two workers putting the same 50 articles end with 50 rows, each stored once', async () => {
    const url = await server.createDatabase('workers');
    const [first, second] = [openPostgresStore(url), openPostgresStore(url)];
    opened.push(first, second);
    const articles = Array.from({ length: 50 }, (_, i) => sampleArticle(`work${String(i).padStart(4, '0')}`, `Article number ${i} about the harbour.`));
    const results = await Promise.all(articles.flatMap((article) => [first.putArticle(article, { ingestedAt }), second.putArticle(article, { ingestedAt })]));
    assert.equal(await first.countArticles(), 50);
    for (let i = 0; i < articles.length; i++) assert.deepEqual([results[2 * i], results[2 * i + 1]].sort(), ['duplicate', 'stored'], articles[i]!.id);
  });

  test('postgres: stores opening together apply each migration once', async () => {
    const url = await server.createDatabase('together');
    const stores = Array.from({ length: 4 }, () => openPostgresStore(url));
    opened.push(...stores);
    assert.deepEqual(await Promise.all(stores.map((store) => store.countArticles())), [0, 0, 0, 0]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
    await client.end();
    assert.deepEqual(rows.map((row) => row.version), POSTGRES_MIGRATIONS.map((m) => m.version));
  });

  test('postgres: reopening keeps the data; a newer schema is refused by name', async () => {
    const url = await server.createDatabase('reopen');
    const first = openPostgresStore(url);
    await first.putArticle(sampleArticle('dddd0001', 'Rain is expected over the weekend in the hills.'), { ingestedAt });
    await first.close();
    const second = openPostgresStore(url);
    assert.equal(await second.countArticles(), 1);
    await second.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`INSERT INTO schema_migrations VALUES (999, 'from the future', '2030-01-01')`);
    await client.end();
    const third = openPostgresStore(url);
    opened.push(third);
    await assert.rejects(third.countArticles(), (error: Error) => error instanceof StoreError && /reopen: schema version 999 is newer than this Dossier knows/.test(error.message));
  });

  test('postgres: an unreachable server gives one StoreError line naming it, never the password', async (t) => {
    const cases: [string, () => string, RegExp][] = [
      ['no server on the socket', () => `postgresql://postgres:hunter2@${encodeURIComponent(server.dir)}:5999/gone`, /^cannot open PostgreSQL store .*dossier-pg-\w+:5999\/gone: connect ENOENT/],
      ['nothing listening on the port', () => 'postgres://reader:hunter2@127.0.0.1:1/news', /^cannot open PostgreSQL store 127\.0\.0\.1:1\/news: connect ECONNREFUSED/],
    ];
    for (const [name, url, expected] of cases) {
      await t.test(name, async () => {
        const store = openPostgresStore(url());
        await assert.rejects(store.countArticles(), (error: Error) => {
          assert.ok(error instanceof StoreError, String(error));
          assert.match(error.message, expected);
          assert.doesNotMatch(error.message, /hunter2|\n/);
          return true;
        });
        await store.close();
      });
    }
  });

  test('postgres: a URL that cannot be parsed is refused when opening, without its password', () => {
    assert.throws(() => openPostgresStore('postgres://reader:hunter2@[bad/news'), (error: Error) => error instanceof StoreError && /^cannot open PostgreSQL store: not a postgresql:\/\/ URL/.test(error.message) && !error.message.includes('hunter2'));
  });

  test('postgres: search folds case and accents, keeps phrases and prefixes, and brackets matches', async (t) => {
    const store = await freshStore();
    await store.putArticle(sampleArticle('srch0001', 'Officials in Zürich said the new tram line opens in spring.', { title: 'Tram line' }), { ingestedAt });
    await store.putArticle(sampleArticle('srch0002', 'The line of cars at the border grew; a new tram was not mentioned.', { title: 'Border queue' }), { ingestedAt });
    const rows: [string, string[], string?][] = [
      ['zurich', ['srch0001'], 'Officials in [Zürich] said the new tram line opens in spring.'],
      ['"tram line"', ['srch0001']],
      ['"line tram"', []],
      ['bord*', ['srch0002']],
      ['bord', []],
      ['tram', ['srch0001', 'srch0002']],
      ["o'brien & (tram | !line)", []],
    ];
    for (const [query, ids, snippet] of rows) {
      await t.test(query, async () => {
        const hits = await store.search(query);
        assert.deepEqual(hits.map((hit) => hit.articleId), ids);
        if (snippet) assert.equal(hits[0]?.snippet, snippet);
      });
    }
  });

  test('postgres: an id prefix with LIKE wildcards matches them literally', async () => {
    const store = await freshStore();
    await store.putArticle(sampleArticle('ab_c0001', 'First.'), { ingestedAt });
    await store.putArticle(sampleArticle('abxc0002', 'Second.'), { ingestedAt });
    assert.equal((await store.getArticle('ab_c'))?.id, 'ab_c0001');
    assert.equal(await store.getArticle('ab%c'), undefined);
  });
}
