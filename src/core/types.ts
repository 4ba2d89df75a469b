/**
 * The data model of Dossier. After extraction `Article.text` is frozen: every annotation is a
 * half-open span of UTF-16 indices into it, and substrings are derived, never stored.
 */

/** A half-open range [start, end) of UTF-16 offsets into an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** A problem or remark about the data, reported by a stage instead of throwing. */
export interface Message {
  level: 'info' | 'warning' | 'error';
  stage: string;
  rule: string;
  reason: string;
  span?: Span;
}

/** Where an article came from. */
export interface Source {
  /** File path or URL as the user gave it. */
  input: string;
  url?: string;
  outlet?: string;
  feedUrl?: string;
  /** ISO 8601 time the bytes were read. */
  fetchedAt: string;
}

/** Metadata found by extraction. Dates are ISO 8601 (date or date-time). */
export interface ArticleMeta {
  title?: string;
  authors: string[];
  publishedAt?: string;
  modifiedAt?: string;
  language?: string;
  canonicalUrl?: string;
}

/** A paragraph of the frozen text; headings are their own paragraphs. */
export interface Paragraph extends Span {
  kind: 'title' | 'heading' | 'body';
}

/** One sentence of the frozen text. */
export interface Sentence extends Span {}

/** Coarse entity types, CoNLL-2003 style. */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A mention of an entity; `key` is the in-article cluster key, resolved to a corpus id later. */
export interface Mention extends Span {
  type: EntityType;
  /** Stable in-article key of the entity this mention refers to (canonical name form). */
  key: string;
  kind: 'name' | 'alias' | 'title' | 'pronoun';
  /** Role phrase attached to this mention, e.g. "Kremlin spokesperson". */
  role?: Span;
}

/** An entity as known inside one article. */
export interface ArticleEntity {
  key: string;
  type: EntityType;
  /** The fullest name form seen in the article. */
  name: string;
  /** Other surface forms used in the article. */
  aliases: string[];
  /** Role phrases, as text (derived from mention role spans). */
  roles: string[];
}

/** The entities layer: mentions plus the in-article entities they point to. */
export interface EntityLayer {
  mentions: Mention[];
  entities: ArticleEntity[];
}

/** A time expression resolved to an ISO 8601 / TimeML value. */
export interface TimeExpression extends Span {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** TimeML value: 2025-12-28, 2025-W52, PT5H, XXXX-XX-XX when unresolved. */
  value: string;
  anchor: 'absolute' | 'publishedAt' | 'unresolved';
}

/** A quantity with what it counts. */
export interface Quantity extends Span {
  /** Numeric value, when it has one ("hundreds of thousands" → 100000 as a lower bound). */
  value?: number;
  /** Unit or counted noun, lower-case ("hour", "percent", "point plan"). */
  unit: string;
  hedge?: 'about' | 'more than' | 'less than' | 'at least' | 'at most';
}

/** A quote or reported statement: PolNeAR-style source / cue / content spans. */
export interface Quote {
  cue: Span;
  content: Span[];
  source?: Span;
  /** Entity key (within the article) of the speaker, when resolved. */
  speakerKey?: string;
  direct: boolean;
}

/** A checkable statement of fact, keyed so that claims across articles can be compared. */
export interface Claim extends Span {
  /** Comparable key, e.g. "duration:meeting" or "count:point plan". */
  key: string;
  /** Normalised value, e.g. "PT5H" or "20". */
  value: string;
  hedge?: Quantity['hedge'];
  /** Index of the sentence the claim lives in. */
  sentence: number;
}

/** All annotation layers an article can carry. */
export interface Layers {
  paragraphs?: Paragraph[];
  sentences?: Sentence[];
  entities?: EntityLayer;
  times?: TimeExpression[];
  quantities?: Quantity[];
  quotes?: Quote[];
  claims?: Claim[];
}

/** Names of layers, used by stages to declare what they need and provide. */
export type LayerName = keyof Layers;

/** A cleaned article with its frozen text and annotation layers. */
export interface Article {
  /** Content hash of the normalised text (hex). */
  id: string;
  source: Source;
  meta: ArticleMeta;
  text: string;
  layers: Layers;
  messages: Message[];
}

/** A story: articles about one developing event, with copies linked to their originals. */
export interface Story {
  id: string;
  title: string;
  articleIds: string[];
  /** copy article id → original article id. */
  duplicateOf: Record<string, string>;
  /** copy article id → how it was matched and how strongly. */
  copyMethod: Record<string, { method: string; score: number }>;
  /** Outlets (or articles without an outlet) that are not copies of another's article. */
  independentSources: number;
  outlets: string[];
  firstSeen?: string;
  lastSeen?: string;
  /** Where firstSeen/lastSeen come from: publication dates, or (no article dated) the days the articles were added. */
  datedBy?: 'published' | 'ingested';
}

/** One real entity across the corpus, gathering the article-level entities that denote it. */
export interface CorpusEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  roles: { role: string; articleIds: string[] }[];
  members: { articleId: string; key: string }[];
  mentionCount: number;
}
