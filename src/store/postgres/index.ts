import pg from 'pg';
import type { Article } from '../../core/types.ts';
import { MIN_ID_PREFIX, StoreError } from '../sqlite/index.ts';
import type { ArticleSummary, EntityRecord, PutResult, SearchHit, Store, StoredArticle, StoryRecord } from '../types.ts';
import { REPLACE_LOCK_KEY, describeProblem, describeServer, inTransaction, migrate } from './connection.ts';
import { searchArticles } from './search.ts';
import { countWords, toTsVector } from './search-text.ts';
import { articleSummaryFromRow, optional } from '../rows.ts';

/** How long to wait for a connection before giving up, in milliseconds (an unreachable host otherwise hangs). */
export const CONNECT_TIMEOUT_MS = 10_000;
/** Connections per store (per worker process). */
export const POOL_SIZE = 5;
/** Search results returned when the caller gives no limit, as in the SQLite adapter. */
export const DEFAULT_SEARCH_LIMIT = 20;

type Row = Record<string, unknown>;

/**
 * Opens a PostgreSQL store at once; connecting and migrating happen in the background and every
 * method waits for them, so a connection problem surfaces as a StoreError on the first call.
 */
export function openPostgresStore(url: string, options: { poolSize?: number } = {}): Store {
  let server: string;
  try {
    server = describeServer(url);
  } catch (error) {
    throw new StoreError(`cannot open PostgreSQL store: not a postgresql:// URL (${describeProblem(error, url)})`, { cause: error });
  }
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle connection dropped by the server emits here; the next query reports the problem instead.
  pool.on('error', () => undefined);
  const ready = migrate(pool).catch((error: unknown) => {
    throw new StoreError(`cannot open PostgreSQL store ${server}: ${describeProblem(error, url)}`, { cause: error });
  });
  ready.catch(() => undefined); // reported on the first call, not as an unhandled rejection
  return new PostgresStore(pool, ready, server, url);
}

const json = (value: unknown) => JSON.stringify(value);
/** LIKE pattern matching ids that start with `prefix`, with LIKE's wildcards taken literally. */
const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, '\\$&')}%`;

class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  constructor(
    private readonly pool: pg.Pool,
    private readonly ready: Promise<void>,
    private readonly server: string,
    private readonly url: string,
  ) {}

  async putArticle(article: Article, extra: { ingestedAt: string; digest?: unknown }): Promise<PutResult> {
    // One statement is one transaction; ON CONFLICT makes two workers putting the same id safe, and
    // NOT EXISTS skips known ids before drawing a sequence number, so only true races leave gaps.
    const result = await this.query(
      `INSERT INTO articles (id, input, url, outlet, feed_url, fetched_at, ingested_at, title, meta, published_at, language, text, layers, messages, digest, words, search)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13::jsonb, $14::jsonb, $15::jsonb, $16::int, $17::tsvector
       WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = $1)
       ON CONFLICT (id) DO NOTHING`,
      [
        article.id, article.source.input, article.source.url ?? null, article.source.outlet ?? null, article.source.feedUrl ?? null,
        article.source.fetchedAt, extra.ingestedAt, article.meta.title ?? null, json(article.meta), article.meta.publishedAt ?? null,
        article.meta.language ?? null, article.text, json(article.layers), json(article.messages),
        extra.digest === undefined ? null : json(extra.digest), countWords(article.meta.title, article.text), toTsVector(article.meta.title, article.text),
      ],
    );
    return result.rowCount === 1 ? 'stored' : 'duplicate';
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.query('SELECT 1 FROM articles WHERE id = $1', [id])).rowCount! > 0;
  }

  async hasUrl(url: string): Promise<boolean> {
    return (await this.query('SELECT 1 FROM articles WHERE url = $1 LIMIT 1', [url])).rowCount! > 0;
  }

  async getArticle(idOrPrefix: string): Promise<StoredArticle | undefined> {
    const id = await this.resolveId('articles', idOrPrefix);
    if (!id) return undefined;
    const { rows } = await this.query('SELECT * FROM articles WHERE id = $1', [id]);
    return rows[0] ? toStoredArticle(rows[0]) : undefined;
  }

  async getArticles(ids: readonly string[]): Promise<StoredArticle[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.query('SELECT * FROM articles WHERE id = ANY($1::text[])', [[...ids]]);
    const byId = new Map(rows.map((row) => [row.id as string, toStoredArticle(row)]));
    return ids.map((id) => byId.get(id)).filter((article): article is StoredArticle => article !== undefined);
  }

  async listArticles(options: { storyId?: string; limit?: number; offset?: number } = {}): Promise<ArticleSummary[]> {
    const where = options.storyId ? 'WHERE story_id = $3' : '';
    // SQLite reads a negative limit as "no limit"; PostgreSQL refuses one, so both are mapped here.
    const limit = options.limit === undefined || options.limit < 0 ? null : options.limit;
    const params: unknown[] = [limit, Math.max(0, options.offset ?? 0)];
    if (options.storyId) params.push(options.storyId);
    const { rows } = await this.query(
      `SELECT id, title, outlet, url, input, published_at, ingested_at, language, story_id, duplicate_of, length(text) AS characters
       FROM articles ${where} ORDER BY sequence LIMIT $1 OFFSET $2`,
      params,
    );
    return rows.map(articleSummaryFromRow);
  }

  async countArticles(): Promise<number> {
    const { rows } = await this.query('SELECT count(*)::int AS n FROM articles');
    return rows[0]!.n as number;
  }

  async listDigests(): Promise<{ id: string; digest: unknown }[]> {
    const { rows } = await this.query('SELECT id, digest FROM articles WHERE digest IS NOT NULL ORDER BY sequence');
    return rows.map((row) => ({ id: row.id as string, digest: row.digest }));
  }

  async replaceStories(stories: readonly StoryRecord[]): Promise<void> {
    const records = stories.map((story, position) => ({
      id: story.id, title: story.title, article_ids: story.articleIds, duplicate_of: story.duplicateOf, copy_method: story.copyMethod,
      independent_sources: story.independentSources, outlets: story.outlets, first_seen: story.firstSeen ?? null,
      last_seen: story.lastSeen ?? null, dated_by: story.datedBy ?? null, position,
    }));
    // Keyed by article, so an article listed twice ends where it was listed last (as in SQLite).
    const placements = new Map<string, Row>();
    for (const story of stories) {
      for (const id of story.articleIds) {
        const copy = story.copyMethod[id];
        placements.set(id, { id, story_id: story.id, duplicate_of: story.duplicateOf[id] ?? null, method: copy?.method ?? null, score: copy?.score ?? null });
      }
    }
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [REPLACE_LOCK_KEY]);
      await client.query('DELETE FROM stories');
      await client.query(`UPDATE articles SET story_id = NULL, duplicate_of = NULL, copy_method = NULL, copy_score = NULL
        WHERE story_id IS NOT NULL OR duplicate_of IS NOT NULL OR copy_method IS NOT NULL OR copy_score IS NOT NULL`);
      await client.query(
        `INSERT INTO stories (id, title, article_ids, duplicate_of, copy_method, independent_sources, outlets, first_seen, last_seen, dated_by, position)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(id text, title text, article_ids jsonb, duplicate_of jsonb, copy_method jsonb,
           independent_sources int, outlets jsonb, first_seen text, last_seen text, dated_by text, position int)`,
        [json(records)],
      );
      await client.query(
        `UPDATE articles a SET story_id = p.story_id, duplicate_of = p.duplicate_of, copy_method = p.method, copy_score = p.score
         FROM jsonb_to_recordset($1::jsonb) AS p(id text, story_id text, duplicate_of text, method text, score float8) WHERE a.id = p.id`,
        [json([...placements.values()])],
      );
    });
  }

  async listStories(): Promise<StoryRecord[]> {
    const { rows } = await this.query('SELECT * FROM stories ORDER BY position');
    return rows.map(toStoryRecord).sort((a, b) => b.articleIds.length - a.articleIds.length || (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''));
  }

  async getStory(idOrPrefix: string): Promise<StoryRecord | undefined> {
    const id = await this.resolveId('stories', idOrPrefix);
    if (!id) return undefined;
    const { rows } = await this.query('SELECT * FROM stories WHERE id = $1', [id]);
    return rows[0] ? toStoryRecord(rows[0]) : undefined;
  }

  async replaceEntities(entities: readonly EntityRecord[]): Promise<void> {
    const records = entities.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases, roles: e.roles, mention_count: e.mentionCount }));
    const members = entities.flatMap((e) => e.members.map((m) => ({ entity_id: e.id, article_id: m.articleId, key: m.key }))).map((m, position) => ({ ...m, position }));
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [REPLACE_LOCK_KEY]);
      await client.query('DELETE FROM entity_members');
      await client.query('DELETE FROM entities');
      await client.query(
        `INSERT INTO entities (id, type, name, aliases, roles, mention_count)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS e(id text, type text, name text, aliases jsonb, roles jsonb, mention_count int)`,
        [json(records)],
      );
      // A member key claimed by two entities stays with the first, as SQLite's INSERT OR IGNORE does.
      await client.query(
        `INSERT INTO entity_members (entity_id, article_id, key, position)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS m(entity_id text, article_id text, key text, position int)
         ORDER BY m.position ON CONFLICT DO NOTHING`,
        [json(members)],
      );
    });
  }

  async listEntities(options: { articleIds?: readonly string[] } = {}): Promise<EntityRecord[]> {
    const filter = options.articleIds ? 'WHERE id IN (SELECT entity_id FROM entity_members WHERE article_id = ANY($1::text[]))' : '';
    const params = options.articleIds ? [[...options.articleIds]] : [];
    const { rows } = await this.query(`SELECT * FROM entities ${filter} ORDER BY mention_count DESC, name COLLATE "C"`, params);
    if (rows.length === 0) return [];
    const memberRows = (await this.query('SELECT entity_id, article_id, key FROM entity_members WHERE entity_id = ANY($1::text[]) ORDER BY position', [rows.map((row) => row.id)])).rows;
    const members = new Map<string, { articleId: string; key: string }[]>();
    for (const m of memberRows) {
      const list = members.get(m.entity_id as string) ?? [];
      list.push({ articleId: m.article_id as string, key: m.key as string });
      members.set(m.entity_id as string, list);
    }
    return rows.map((row) => ({
      id: row.id as string,
      type: row.type as EntityRecord['type'],
      name: row.name as string,
      aliases: (row.aliases as string[] | null) ?? [],
      roles: (row.roles as EntityRecord['roles'] | null) ?? [],
      members: members.get(row.id as string) ?? [],
      mentionCount: row.mention_count as number,
    }));
  }

  async search(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    return searchArticles(async (sql, params) => (await this.query(sql, params)).rows, query, options.limit ?? DEFAULT_SEARCH_LIMIT);
  }

  async close(): Promise<void> {
    await this.ready.catch(() => undefined); // never end the pool under a running migration
    if (!this.pool.ended) await this.pool.end();
  }

  /** Full id from an id or a unique prefix; undefined when absent or ambiguous. */
  private async resolveId(table: 'articles' | 'stories', idOrPrefix: string): Promise<string | undefined> {
    if (!/^[\w:.-]+$/.test(idOrPrefix)) return undefined;
    const exact = await this.query(`SELECT id FROM ${table} WHERE id = $1`, [idOrPrefix]);
    if (exact.rows[0]) return exact.rows[0].id as string;
    if (idOrPrefix.length < MIN_ID_PREFIX) return undefined;
    const { rows } = await this.query(`SELECT id FROM ${table} WHERE id LIKE $1 LIMIT 2`, [likePrefix(idOrPrefix)]);
    return rows.length === 1 ? (rows[0]!.id as string) : undefined;
  }

  /** One statement, after connecting and migrating; driver errors become a StoreError naming the server. */
  private async query(sql: string, params: unknown[] = []): Promise<pg.QueryResult<Row>> {
    await this.ready;
    try {
      return await this.pool.query<Row>(sql, params);
    } catch (error) {
      throw this.failure(error);
    }
  }

  private async transaction(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    await this.ready;
    try {
      await inTransaction(this.pool, work);
    } catch (error) {
      throw this.failure(error);
    }
  }

  private failure(error: unknown): StoreError {
    return new StoreError(`PostgreSQL store ${this.server}: ${describeProblem(error, this.url)}`, { cause: error });
  }
}

function toStoredArticle(row: Row): StoredArticle {
  return {
    id: row.id as string,
    sequence: Number(row.sequence),
    source: { input: row.input as string, url: optional(row.url), outlet: optional(row.outlet), feedUrl: optional(row.feed_url), fetchedAt: row.fetched_at as string },
    meta: (row.meta as Article['meta'] | null) ?? { authors: [] },
    text: row.text as string,
    layers: (row.layers as Article['layers'] | null) ?? {},
    messages: (row.messages as Article['messages'] | null) ?? [],
    ingestedAt: row.ingested_at as string,
    storyId: optional(row.story_id),
    duplicateOf: optional(row.duplicate_of),
    copyMethod: optional(row.copy_method),
    copyScore: (row.copy_score as number | null) ?? undefined,
    digest: row.digest ?? undefined,
  };
}

function toStoryRecord(row: Row): StoryRecord {
  return {
    id: row.id as string,
    title: row.title as string,
    articleIds: (row.article_ids as string[] | null) ?? [],
    duplicateOf: (row.duplicate_of as Record<string, string> | null) ?? {},
    copyMethod: (row.copy_method as StoryRecord['copyMethod'] | null) ?? {},
    independentSources: row.independent_sources as number,
    outlets: (row.outlets as string[] | null) ?? [],
    firstSeen: optional(row.first_seen),
    lastSeen: optional(row.last_seen),
    ...(row.dated_by === 'published' || row.dated_by === 'ingested' ? { datedBy: row.dated_by } : {}),
  };
}
