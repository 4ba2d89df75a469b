import Database from 'better-sqlite3';
import type { Article } from '../../core/types.ts';
import { toFtsQuery } from '../fts-query.ts';
import type { ArticleSummary, EntityRecord, PutResult, SearchHit, Store, StoredArticle, StoryRecord } from '../types.ts';
import { SQLITE_MIGRATIONS } from './migrations.ts';
import { articleSummaryFromRow, optional } from '../rows.ts';

/** Shortest id prefix accepted where a full id is expected. */
export const MIN_ID_PREFIX = 4;

type Row = Record<string, unknown>;

/** A store problem a person can act on (bad file, newer schema). */
export class StoreError extends Error {
  /** Creates an error naming the database and the problem. */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** Opens (creating if needed) a SQLite database file, applies migrations and returns a Store. */
export function openSqliteStore(path: string, options: { readonly?: boolean } = {}): Store {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError(`cannot open database ${path}: ${reason}`, { cause: error });
  }
  return new SqliteStore(db);
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  const newest = Math.max(0, ...applied);
  const known = Math.max(...SQLITE_MIGRATIONS.map((m) => m.version));
  if (newest > known) throw new Error(`schema version ${newest} is newer than this Dossier knows (${known}); upgrade Dossier`);
  for (const migration of SQLITE_MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, new Date().toISOString());
    })();
  }
}

const json = (value: unknown) => JSON.stringify(value);
const parse = <T>(value: unknown, fallback: T): T => (typeof value === 'string' ? (JSON.parse(value) as T) : fallback);

class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  constructor(private readonly db: Database.Database) {}

  async putArticle(article: Article, extra: { ingestedAt: string; digest?: unknown }): Promise<PutResult> {
    const insert = this.db.prepare(`INSERT OR IGNORE INTO articles
      (id, input, url, outlet, feed_url, fetched_at, ingested_at, title, meta, published_at, language, text, layers, messages, digest)
      VALUES (@id, @input, @url, @outlet, @feedUrl, @fetchedAt, @ingestedAt, @title, @meta, @publishedAt, @language, @text, @layers, @messages, @digest)`);
    const result = this.db.transaction(() =>
      insert.run({
        id: article.id,
        input: article.source.input,
        url: article.source.url ?? null,
        outlet: article.source.outlet ?? null,
        feedUrl: article.source.feedUrl ?? null,
        fetchedAt: article.source.fetchedAt,
        ingestedAt: extra.ingestedAt,
        title: article.meta.title ?? null,
        meta: json(article.meta),
        publishedAt: article.meta.publishedAt ?? null,
        language: article.meta.language ?? null,
        text: article.text,
        layers: json(article.layers),
        messages: json(article.messages),
        digest: extra.digest === undefined ? null : json(extra.digest),
      }),
    )();
    return result.changes > 0 ? 'stored' : 'duplicate';
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async hasUrl(url: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM articles WHERE url = ?').get(url) !== undefined;
  }

  async getArticle(idOrPrefix: string): Promise<StoredArticle | undefined> {
    const id = this.resolveId('articles', idOrPrefix);
    if (!id) return undefined;
    return toStoredArticle(this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Row);
  }

  async getArticles(ids: readonly string[]): Promise<StoredArticle[]> {
    const select = this.db.prepare('SELECT * FROM articles WHERE id = ?');
    return ids.map((id) => select.get(id) as Row | undefined).filter((row): row is Row => row !== undefined).map(toStoredArticle);
  }

  async listArticles(options: { storyId?: string; limit?: number; offset?: number } = {}): Promise<ArticleSummary[]> {
    const where = options.storyId ? 'WHERE story_id = @storyId' : '';
    const rows = this.db
      .prepare(`SELECT id, title, outlet, url, input, published_at, ingested_at, language, story_id, duplicate_of, length(text) AS characters FROM articles ${where} ORDER BY sequence LIMIT @limit OFFSET @offset`)
      .all({ storyId: options.storyId ?? null, limit: options.limit ?? -1, offset: options.offset ?? 0 }) as Row[];
    return rows.map(articleSummaryFromRow);
  }

  async countArticles(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  async listDigests(): Promise<{ id: string; digest: unknown }[]> {
    const rows = this.db.prepare('SELECT id, digest FROM articles WHERE digest IS NOT NULL ORDER BY sequence').all() as Row[];
    return rows.map((row) => ({ id: row.id as string, digest: parse(row.digest, null) }));
  }

  async replaceStories(stories: readonly StoryRecord[]): Promise<void> {
    const insert = this.db.prepare(`INSERT INTO stories (id, title, article_ids, duplicate_of, copy_method, independent_sources, outlets, first_seen, last_seen, dated_by)
      VALUES (@id, @title, @articleIds, @duplicateOf, @copyMethod, @independentSources, @outlets, @firstSeen, @lastSeen, @datedBy)`);
    const place = this.db.prepare('UPDATE articles SET story_id = @storyId, duplicate_of = @duplicateOf, copy_method = @method, copy_score = @score WHERE id = @id');
    this.db.transaction(() => {
      this.db.exec('DELETE FROM stories; UPDATE articles SET story_id = NULL, duplicate_of = NULL, copy_method = NULL, copy_score = NULL');
      for (const story of stories) {
        insert.run({ ...story, articleIds: json(story.articleIds), duplicateOf: json(story.duplicateOf), copyMethod: json(story.copyMethod), outlets: json(story.outlets), firstSeen: story.firstSeen ?? null, lastSeen: story.lastSeen ?? null, datedBy: story.datedBy ?? null });
        for (const id of story.articleIds) {
          const copy = story.copyMethod[id];
          place.run({ id, storyId: story.id, duplicateOf: story.duplicateOf[id] ?? null, method: copy?.method ?? null, score: copy?.score ?? null });
        }
      }
    })();
  }

  async listStories(): Promise<StoryRecord[]> {
    const rows = this.db.prepare('SELECT * FROM stories').all() as Row[];
    return rows.map(toStoryRecord).sort((a, b) => b.articleIds.length - a.articleIds.length || (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''));
  }

  async getStory(idOrPrefix: string): Promise<StoryRecord | undefined> {
    const id = this.resolveId('stories', idOrPrefix);
    return id ? toStoryRecord(this.db.prepare('SELECT * FROM stories WHERE id = ?').get(id) as Row) : undefined;
  }

  async replaceEntities(entities: readonly EntityRecord[]): Promise<void> {
    const insert = this.db.prepare('INSERT INTO entities (id, type, name, aliases, roles, mention_count) VALUES (?, ?, ?, ?, ?, ?)');
    const member = this.db.prepare('INSERT OR IGNORE INTO entity_members (entity_id, article_id, key) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      this.db.exec('DELETE FROM entity_members; DELETE FROM entities');
      for (const entity of entities) {
        insert.run(entity.id, entity.type, entity.name, json(entity.aliases), json(entity.roles), entity.mentionCount);
        for (const m of entity.members) member.run(entity.id, m.articleId, m.key);
      }
    })();
  }

  async listEntities(options: { articleIds?: readonly string[] } = {}): Promise<EntityRecord[]> {
    const rows = this.db.prepare('SELECT * FROM entities ORDER BY mention_count DESC, name').all() as Row[];
    const members = this.db.prepare('SELECT article_id, key FROM entity_members WHERE entity_id = ?');
    const wanted = options.articleIds ? new Set(options.articleIds) : undefined;
    const entities: EntityRecord[] = [];
    for (const row of rows) {
      const all = (members.all(row.id) as Row[]).map((m) => ({ articleId: m.article_id as string, key: m.key as string }));
      if (wanted && !all.some((m) => wanted.has(m.articleId))) continue;
      entities.push({ id: row.id as string, type: row.type as EntityRecord['type'], name: row.name as string, aliases: parse(row.aliases, []), roles: parse(row.roles, []), members: all, mentionCount: row.mention_count as number });
    }
    return entities;
  }

  async search(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    const match = toFtsQuery(query);
    if (!match) return [];
    const rows = this.db
      .prepare(`SELECT a.id, a.title, a.outlet, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, bm25(articles_fts, 5.0, 1.0) AS score
        FROM articles_fts JOIN articles a ON a.sequence = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY score LIMIT ?`)
      .all(match, options.limit ?? 20) as Row[];
    return rows.map((row) => ({ articleId: row.id as string, title: optional(row.title), outlet: optional(row.outlet), snippet: row.snippet as string, score: -(row.score as number) }));
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /** Full id from an id or a unique prefix; undefined when absent or ambiguous. */
  private resolveId(table: 'articles' | 'stories', idOrPrefix: string): string | undefined {
    if (!/^[\w:.-]+$/.test(idOrPrefix)) return undefined;
    const exact = this.db.prepare(`SELECT id FROM ${table} WHERE id = ?`).get(idOrPrefix) as Row | undefined;
    if (exact) return exact.id as string;
    if (idOrPrefix.length < MIN_ID_PREFIX) return undefined;
    const rows = this.db.prepare(`SELECT id FROM ${table} WHERE id LIKE ? LIMIT 2`).all(`${idOrPrefix}%`) as Row[];
    return rows.length === 1 ? (rows[0]!.id as string) : undefined;
  }
}

function toStoredArticle(row: Row): StoredArticle {
  return {
    id: row.id as string,
    sequence: row.sequence as number,
    source: { input: row.input as string, url: optional(row.url), outlet: optional(row.outlet), feedUrl: optional(row.feed_url), fetchedAt: row.fetched_at as string },
    meta: parse(row.meta, { authors: [] }),
    text: row.text as string,
    layers: parse(row.layers, {}),
    messages: parse(row.messages, []),
    ingestedAt: row.ingested_at as string,
    storyId: optional(row.story_id),
    duplicateOf: optional(row.duplicate_of),
    copyMethod: optional(row.copy_method),
    copyScore: (row.copy_score as number | null) ?? undefined,
    digest: parse(row.digest, undefined),
  };
}

function toStoryRecord(row: Row): StoryRecord {
  return {
    id: row.id as string,
    title: row.title as string,
    articleIds: parse(row.article_ids, []),
    duplicateOf: parse(row.duplicate_of, {}),
    copyMethod: parse(row.copy_method, {}),
    independentSources: row.independent_sources as number,
    outlets: parse(row.outlets, []),
    firstSeen: optional(row.first_seen),
    lastSeen: optional(row.last_seen),
    ...(row.dated_by === 'published' || row.dated_by === 'ingested' ? { datedBy: row.dated_by } : {}),
  };
}
