/** Online story index: each added article is checked for copies, then joins the best-matching story found through an inverted term index, or starts one. */
import { ChunkPool, TypedColumn } from '../dedupe/chunk-pool.ts';
import { createCopyIndex, findCopy, indexCopy, type CopyIndex } from '../dedupe/copy-index.ts';
import { commonAnchors, packSentences } from '../dedupe/rewrite.ts';
import { ArticleTable, type CopyMethod } from './article-table.ts';
import { loadBackgroundFrequency, type BackgroundFrequency } from './background.ts';
import { findCandidates, findCrossLanguageMatch, findRewrite, REWRITE_STORIES, type Candidate, type NewArticle } from './candidates.ts';
import type { ArticleDigest } from './digest.ts';
import { baseLanguage } from './language.ts';
import { addNormalized, pruneVector, weightedCosine, type TermVector } from './similarity.ts';
import { isSplitDue } from './split.ts';
import { addNames, CENTROID_TERMS, liveStory, mergeStories, nameSimilarity, openStory, splitStory, StorySpans, sweepStories, type StoryRecord } from './stories.ts';
import { SWEEP_EVERY } from './story-packing.ts';
import { describeStories, type StoryView } from './story-view.ts';
import { TermTable } from './term-table.ts';

/** Cosine (idf-weighted terms) an article needs with a story centroid to join it; calibrated with `npm run eval:cluster` (ECB+ sub-events and WikiRef220). */
export const STORY_JOIN_SIMILARITY = 0.2;
/** Centroid cosine at which two stories bridged by one article are merged into one. */
export const STORY_MERGE_SIMILARITY = 0.2;
/** Days beyond a story's first and last article within which a new article may still join it. */
export const STORY_WINDOW_DAYS = 7;
/** Idf-weighted cosine between the article's names and the story's name counts needed to join it: similar wording about other people or places is another event (ECB+ sub-events). */
export const CONFIRM_MIN_NAMES = 0.1;
/** Stories smaller than this are joined only at SMALL_JOIN_SIMILARITY: one or two articles are a noisy centroid, and a wrong early join drags a whole sibling event in. */
export const SMALL_STORY = 3;
/** Join cosine for stories under SMALL_STORY articles. */
export const SMALL_JOIN_SIMILARITY = 0.23;
/** Joins a story must have recorded before its own cohesion sets its threshold. */
export const COHESION_MIN_JOINS = 2;
/** Share of a story's mean join cosine an article needs to join it: tight event stories ask more, loose topic stories less. */
export const COHESION_SHARE = 0.5;
/** Floor of the cohesion-based join threshold (loose topic stories). */
export const COHESION_MIN_JOIN = 0.12;
/** Ceiling of the cohesion-based join threshold (tight event stories). */
export const COHESION_MAX_JOIN = 0.35;

const DAY_MS = 86_400_000;

/** Settings of a story index; every field defaults to the named constant above. */
export interface StoryIndexOptions {
  joinSimilarity?: number;
  mergeSimilarity?: number;
  windowDays?: number;
  /** Background term frequencies blended into idf; defaults to the shipped table, `null` for none. */
  background?: BackgroundFrequency | null;
  /** Additions between sweeps that pack closed stories (default SWEEP_EVERY; Infinity never packs). */
  sweepEvery?: number;
}

export type { CopyMethod } from './article-table.ts';
export type { StoryRecord } from './stories.ts';

/** The opaque in-memory index; create with createStoryIndex and pass to addArticle and listStories. */
export interface StoryIndex {
  joinSimilarity: number;
  mergeSimilarity: number;
  windowMs: number;
  sweepEvery: number;
  articles: ArticleTable;
  byId: Map<string, number>;
  stories: StoryRecord[];
  /** Time spans and merge links of the stories, by story number. */
  spans: StorySpans;
  /** Stories not packed yet, checked for closing every SWEEP_EVERY additions. */
  openStories: Set<number>;
  /** Packed closed stories. */
  packedStories: ChunkPool<Float64Array>;
  /** Latest article time seen (ms): a story whose last article is more than the window before it cannot be reached by articles in time order. */
  latestTime: number;
  /** Term numbers, counts, idf and the inverted index term → recent stories. */
  terms: TermTable;
  copies: CopyIndex;
  /** Scratch columns of the candidate lookup, and counts of the work it did (postings visited, stories scored): what a benchmark reports per article. */
  lookups: { count: number; hitScore: TypedColumn<Float64Array>; hitLookup: TypedColumn<Int32Array>; postings: number; scored: number };
}

/** Where an article went, plus the links the caller must update because of it. */
export interface Placement {
  storyId: string;
  duplicateOf?: { id: string; method: CopyMethod; score: number };
  /** Copies whose original is now this article (it turned out to be published earlier): copy id → this id. */
  relinked?: Record<string, string>;
  /** Story ids that were merged into storyId by this addition. */
  merged?: string[];
  /** Stories split by this addition: the listed articles left story `from` for the new story `into`; the caller moves them. */
  split?: { from: string; into: string; articleIds: string[] }[];
}

/** Creates an empty story index. */
export function createStoryIndex(options: StoryIndexOptions = {}): StoryIndex {
  return {
    joinSimilarity: options.joinSimilarity ?? STORY_JOIN_SIMILARITY,
    mergeSimilarity: options.mergeSimilarity ?? STORY_MERGE_SIMILARITY,
    windowMs: (options.windowDays ?? STORY_WINDOW_DAYS) * DAY_MS,
    sweepEvery: options.sweepEvery ?? SWEEP_EVERY,
    articles: new ArticleTable(),
    byId: new Map(),
    stories: [],
    spans: new StorySpans(),
    openStories: new Set(),
    packedStories: new ChunkPool(Float64Array),
    latestTime: -Infinity,
    terms: new TermTable(options.background === undefined ? loadBackgroundFrequency() : (options.background ?? undefined)),
    copies: createCopyIndex(),
    lookups: { count: 0, hitScore: new TypedColumn(Float64Array), hitLookup: new TypedColumn(Int32Array, -1), postings: 0, scored: 0 },
  };
}

function parseTime(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

/** An article's two times (ms). */
interface Dated {
  publishedAt?: number;
  ingestedAt: number;
}

/** Publication time, else ingestion time: the time an article is placed at. */
function timeOf(article: Dated): number {
  return article.publishedAt ?? article.ingestedAt;
}

/** True when article a came first: by publication when both have one, else by ingestion. */
function isEarlier(a: Dated, b: Dated): boolean {
  if (a.publishedAt !== undefined && b.publishedAt !== undefined && a.publishedAt !== b.publishedAt) return a.publishedAt < b.publishedAt;
  if (a.publishedAt !== undefined && b.publishedAt === undefined) return true;
  return a.publishedAt === b.publishedAt && a.ingestedAt < b.ingestedAt;
}

/** Makes `article` (already stored) the original of `previousOriginal` and of all its copies; returns the relinked ids. */
function promoteOriginal(index: StoryIndex, article: number, articleId: string, previousOriginal: number): Record<string, string> {
  const moved = [previousOriginal, ...index.articles.copiesOf(previousOriginal)];
  const relinked: Record<string, string> = {};
  for (const copy of moved) {
    index.articles.setOriginal(copy, article);
    relinked[index.articles.idOf(copy)] = articleId;
  }
  index.articles.moveCopies(previousOriginal, article);
  return relinked;
}

/** Adds one digested article: detects copies, places it in a story, merges stories it bridges; returns the decision. */
export function addArticle(index: StoryIndex, digest: ArticleDigest): Placement {
  if (index.byId.has(digest.id)) throw new Error(`addArticle: article "${digest.id}" was already added`);
  const number = index.articles.length;
  const record: NewArticle = {
    id: digest.id,
    ingestedAt: parseTime(digest.ingestedAt) ?? 0,
    terms: Int32Array.from(digest.terms.map(([term]) => index.terms.numberOf(term))),
    weights: Float32Array.from(digest.terms.map(([, weight]) => weight)),
    names: Int32Array.from((digest.names ?? []).map(([name]) => index.terms.numberOf(name))),
    nameWeights: Float32Array.from((digest.names ?? []).map(([, weight]) => weight)),
    sentences: packSentences(digest.sentences),
    commonAnchors: commonAnchors(digest.sentences),
  };
  const published = parseTime(digest.publishedAt);
  if (published !== undefined) record.publishedAt = published;
  if (digest.title !== undefined) record.title = digest.title;
  if (digest.outlet !== undefined) record.outlet = digest.outlet;
  const language = baseLanguage(digest.language);
  if (language !== undefined) record.language = language;
  const time = timeOf(record);
  const vector: TermVector = new Map();
  record.terms.forEach((term, i) => vector.set(term, record.weights[i]!));
  index.terms.beginPass(index.articles.length);
  const idf = index.terms.idf;

  // 1. Exact or near copy by hash and MinHash; 2. candidate stories from the inverted index; 3. rewrite among their articles.
  const candidates = findCandidates(index, vector, time, idf);
  let copy: { article: number; method: CopyMethod; score: number } | undefined = findCopy(index.copies, digest.textHash, digest.signature, digest.words);
  if (!copy) {
    const rewrite = findRewrite(index, record, candidates);
    if (rewrite) copy = { ...rewrite, method: 'rewrite' };
  }
  // A translation shares no wording, only names and numbers: the language-independent anchors decide, against a strict bar.
  const crossLanguage = copy || record.language === undefined ? undefined : findCrossLanguageMatch(index, record, [...candidates.slice(0, REWRITE_STORIES), ...findCandidates(index, vector, time, idf, 'numbers')]);
  if (crossLanguage?.translation) copy = { article: crossLanguage.article, method: 'translation', score: crossLanguage.score };

  // Articles or stories without names (caseless scripts, lower-case feeds) cannot be confirmed or refuted by names: they pass.
  const confirmed = (candidate: Candidate): boolean => record.names.length === 0 || openStory(index, candidate.story).names.size === 0 || nameSimilarity(record.names, record.nameWeights, index.stories[candidate.story]!, idf) >= CONFIRM_MIN_NAMES;
  const joinThreshold = (candidate: Candidate): number => {
    const target = openStory(index, candidate.story);
    if (target.cohesionCount >= COHESION_MIN_JOINS) return Math.min(COHESION_MAX_JOIN, Math.max(COHESION_MIN_JOIN, COHESION_SHARE * target.cohesionSum / target.cohesionCount));
    return target.articles.length < SMALL_STORY ? Math.max(index.joinSimilarity, SMALL_JOIN_SIMILARITY) : index.joinSimilarity;
  };
  const joinable = candidates.find((candidate) => candidate.similarity >= joinThreshold(candidate) && confirmed(candidate));
  // 4. Pick the story: the original's for a copy, else the most similar candidate above the join threshold, else a new one.
  let story: number;
  const placement: Placement = { storyId: '' };
  // The article is stored now (its story is set below): promotion and copy links refer to it by number.
  index.articles.add(record);
  index.byId.set(digest.id, number);
  if (copy) {
    const original = index.articles.originalOf(copy.article) ?? copy.article;
    story = liveStory(index, index.articles.storyOf(original));
    const copyMethod = { method: copy.method, score: Math.round(copy.score * 1000) / 1000 };
    if (isEarlier(record, { publishedAt: index.articles.publishedAtOf(original), ingestedAt: index.articles.ingestedAtOf(original) })) {
      index.articles.setCopyMethod(original, copyMethod);
      placement.relinked = promoteOriginal(index, number, digest.id, original);
    } else {
      index.articles.setOriginal(number, original);
      index.articles.setCopyMethod(number, copyMethod);
      index.articles.addCopy(original, number);
      placement.duplicateOf = { id: index.articles.idOf(original), ...copyMethod };
    }
  } else if (joinable === undefined && crossLanguage !== undefined) {
    story = crossLanguage.story;
  } else if (joinable !== undefined) {
    story = joinable.story;
    openStory(index, story).cohesionSum += joinable.similarity;
    index.stories[story]!.cohesionCount += 1;
  } else {
    story = index.stories.length;
    index.stories.push({ id: `story:${digest.id}`, articles: [], centroid: new Map(), names: new Map(), cohesionSum: 0, cohesionCount: 0, packedAt: -1 });
    index.spans.include(story, time);
    index.openStories.add(story);
  }

  // 5. Record the article in its story, the copy index, the term counts and the postings.
  index.articles.setStory(number, story);
  const target = openStory(index, story);
  target.articles.push(number);
  addNormalized(target.centroid, vector);
  addNames(target, record.names, record.nameWeights);
  pruneVector(target.centroid, CENTROID_TERMS);
  index.spans.include(story, time);
  indexCopy(index.copies, number, digest.textHash, digest.signature, digest.words);
  index.terms.countArticle(record.terms);
  index.terms.post(record.terms, story);

  // 6. Merge other candidate stories this article also matches when their centroids agree.
  const merged: string[] = [];
  for (const candidate of candidates) {
    const other = liveStory(index, candidate.story);
    const live = liveStory(index, story);
    openStory(index, other);
    openStory(index, live);
    if (other === live || candidate.similarity < index.joinSimilarity || !confirmed(candidate)) continue;
    if (index.stories[live]!.splitFrom === other || index.stories[other]!.splitFrom === live) continue;
    if (weightedCosine(index.stories[live]!.centroid, index.stories[other]!.centroid, idf) < index.mergeSimilarity) continue;
    const [into, from] = index.stories[live]!.articles.length >= index.stories[other]!.articles.length ? [live, other] : [other, live];
    merged.push(index.stories[from]!.id);
    mergeStories(index, into, from);
  }
  if (merged.length > 0) placement.merged = merged;

  // 7. Every few additions, a story still small enough is re-clustered locally and split when its members form two separate groups.
  const live = liveStory(index, story);
  if (isSplitDue(openStory(index, live).articles.length)) {
    const moved = splitStory(index, live, idf);
    if (moved) placement.split = [moved];
  }
  placement.storyId = index.stories[liveStory(index, story)]!.id;
  index.latestTime = Math.max(index.latestTime, time);
  if ((number + 1) % index.sweepEvery === 0) sweepStories(index);
  return placement;
}

/** Lists the live stories, largest first, with titles, copy links and independent-source counts. */
export function listStories(index: StoryIndex): StoryView[] {
  return describeStories(index);
}

export type { StoryView } from './story-view.ts';
