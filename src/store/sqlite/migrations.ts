/** Schema versions for the SQLite store, applied in order, each once, each in a transaction. */
export const SQLITE_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'articles, stories, entities, full-text index',
    sql: `
      CREATE TABLE articles (
        sequence INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        input TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        feed_url TEXT,
        fetched_at TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        title TEXT,
        meta TEXT NOT NULL,
        published_at TEXT,
        language TEXT,
        text TEXT NOT NULL,
        layers TEXT NOT NULL,
        messages TEXT NOT NULL,
        digest TEXT,
        story_id TEXT,
        duplicate_of TEXT,
        copy_method TEXT,
        copy_score REAL
      );
      CREATE INDEX articles_url ON articles(url);
      CREATE INDEX articles_story ON articles(story_id);
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        article_ids TEXT NOT NULL,
        duplicate_of TEXT NOT NULL,
        copy_method TEXT NOT NULL,
        independent_sources INTEGER NOT NULL,
        outlets TEXT NOT NULL,
        first_seen TEXT,
        last_seen TEXT
      );
      CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        aliases TEXT NOT NULL,
        roles TEXT NOT NULL,
        mention_count INTEGER NOT NULL
      );
      CREATE TABLE entity_members (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (article_id, key)
      );
      CREATE INDEX entity_members_entity ON entity_members(entity_id);
      CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='sequence', tokenize='unicode61 remove_diacritics 2');
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.sequence, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.sequence, old.title, old.text);
      END;
    `,
  },
  {
    version: 2,
    name: 'stories say whether their dates are publication or ingest dates',
    sql: `ALTER TABLE stories ADD COLUMN dated_by TEXT;`,
  },
];
