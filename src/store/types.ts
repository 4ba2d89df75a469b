import type { Article, CorpusEntity, Story } from '../core/types.ts';

/** An article as kept in the store, with what the cross-article steps decided about it. */
export interface StoredArticle extends Article {
  ingestedAt: string;
  /** Order of arrival, 1-based. */
  sequence: number;
  storyId?: string;
  duplicateOf?: string;
  copyMethod?: string;
  copyScore?: number;
  /** Opaque JSON the clustering step computed from the article. */
  digest?: unknown;
}

/** A short view of an article for lists. */
export interface ArticleSummary {
  id: string;
  title?: string;
  outlet?: string;
  url?: string;
  input: string;
  publishedAt?: string;
  ingestedAt: string;
  language?: string;
  storyId?: string;
  duplicateOf?: string;
  characters: number;
}

/** A story as stored. */
export type StoryRecord = Story;

/** A canonical entity as stored. */
export type EntityRecord = CorpusEntity;

/** One full-text search result. */
export interface SearchHit {
  articleId: string;
  title?: string;
  outlet?: string;
  snippet: string;
  score: number;
}

/** Whether an article was new. */
export type PutResult = 'stored' | 'duplicate';

/**
 * The storage contract. SQLite (embedded, default) and PostgreSQL implement it and pass one
 * shared contract suite. Every write of one article is one transaction.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Stores a new article in one transaction; an article with the same id is left as it was. */
  putArticle(article: Article, extra: { ingestedAt: string; digest?: unknown }): Promise<PutResult>;
  hasArticle(id: string): Promise<boolean>;
  hasUrl(url: string): Promise<boolean>;
  /** Finds an article by full id or unique id prefix (at least 4 characters). */
  getArticle(idOrPrefix: string): Promise<StoredArticle | undefined>;
  getArticles(ids: readonly string[]): Promise<StoredArticle[]>;
  listArticles(options?: { storyId?: string; limit?: number; offset?: number }): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  /** Digests in arrival order, for rebuilding the story index. */
  listDigests(): Promise<{ id: string; digest: unknown }[]>;
  /** Replaces all stories and each article's story and copy link, in one transaction. */
  replaceStories(stories: readonly StoryRecord[]): Promise<void>;
  listStories(): Promise<StoryRecord[]>;
  /** Finds a story by full id or unique prefix. */
  getStory(idOrPrefix: string): Promise<StoryRecord | undefined>;
  /** Replaces all canonical entities in one transaction. */
  replaceEntities(entities: readonly EntityRecord[]): Promise<void>;
  listEntities(options?: { articleIds?: readonly string[] }): Promise<EntityRecord[]>;
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  close(): Promise<void>;
}
