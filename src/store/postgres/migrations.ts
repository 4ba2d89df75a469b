/** One schema step: applied in order, each once, inside the migration transaction. */
export interface PostgresMigration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Schema versions for the PostgreSQL store. Dates stay ISO text, as in SQLite, so values round-trip
 * unchanged; structured fields are JSONB; `search` is a tsvector the adapter builds per article and `words` its length for bm25; `position` keeps the order rows were given in.
 */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'articles, stories, entities, full-text index',
    sql: `
      CREATE TABLE articles (
        sequence BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        input TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        feed_url TEXT,
        fetched_at TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        title TEXT,
        meta JSONB NOT NULL,
        published_at TEXT,
        language TEXT,
        text TEXT NOT NULL,
        layers JSONB NOT NULL,
        messages JSONB NOT NULL,
        digest JSONB,
        story_id TEXT,
        duplicate_of TEXT,
        copy_method TEXT,
        copy_score DOUBLE PRECISION,
        words INTEGER NOT NULL,
        search TSVECTOR NOT NULL
      );
      CREATE INDEX articles_id_prefix ON articles (id text_pattern_ops);
      CREATE INDEX articles_url ON articles (url);
      CREATE INDEX articles_story ON articles (story_id);
      CREATE INDEX articles_search ON articles USING GIN (search);
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        article_ids JSONB NOT NULL,
        duplicate_of JSONB NOT NULL,
        copy_method JSONB NOT NULL,
        independent_sources INTEGER NOT NULL,
        outlets JSONB NOT NULL,
        first_seen TEXT,
        last_seen TEXT,
        dated_by TEXT,
        position INTEGER NOT NULL
      );
      CREATE INDEX stories_id_prefix ON stories (id text_pattern_ops);
      CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        aliases JSONB NOT NULL,
        roles JSONB NOT NULL,
        mention_count INTEGER NOT NULL
      );
      CREATE TABLE entity_members (
        entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        article_id TEXT NOT NULL,
        key TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (article_id, key)
      );
      CREATE INDEX entity_members_entity ON entity_members (entity_id);
    `,
  },
];
