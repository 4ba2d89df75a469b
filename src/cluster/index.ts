/** Online story index: each added article is checked for copies, then joins the best-matching story found through an inverted term index, or starts one. */
import { ChunkPool, TypedColumn } from '../dedupe/chunk-pool.ts';
import { createCopyIndex, findCopy, indexCopy, type CopyIndex } from '../dedupe/copy-index.ts';
import { alignRewrite, commonAnchors, packSentences, unpackSentences } from '../dedupe/rewrite.ts';
import type { ArticleDigest } from './digest.ts';
import { addNormalized, pruneVector, weightedCosine, type TermVector } from './similarity.ts';
import { baseLanguage, clearsBar, compareAnchors, CROSS_LANGUAGE_STORY_BAR, TRANSLATION_BAR, type AnchorSet } from './language.ts';
import { ArticleTable, type ArticleRow, type CopyMethod } from './article-table.ts';
import { findSplit, isSplitDue } from './split.ts';
import { loadBackgroundFrequency, type BackgroundFrequency } from './background.ts';
import { TermTable } from './term-table.ts';
import { packStory, SWEEP_EVERY, unpackStory } from './story-packing.ts';
import { describeStories, type StoryView } from './story-view.ts';

/** Cosine (idf-weighted terms) an article needs with a story centroid to join it; calibrated with `npm run eval:cluster` (ECB+ sub-events and WikiRef220). */
export const STORY_JOIN_SIMILARITY = 0.2;
/** Centroid cosine at which two stories bridged by one article are merged into one. */
export const STORY_MERGE_SIMILARITY = 0.2;
/** Days beyond a story's first and last article within which a new article may still join it. */
export const STORY_WINDOW_DAYS = 7;
/** An article's strongest terms looked up in the inverted index. */
export const QUERY_TERMS = 15;
/** Numbers of an article looked up in the inverted index beyond its strongest terms (cross-language candidates). */
export const QUERY_NUMBERS = 4;
export { MAX_POSTINGS } from './term-table.ts';
/** Stories scored in full per new article, best by index hits. */
export const MAX_CANDIDATES = 10;
/** Terms kept in a story centroid. */
export const CENTROID_TERMS = 120;
/** Names kept per story for the confirmation test (most mentioned first). */
export const STORY_NAMES = 60;
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
/** Latest articles of each of the best stories checked for a rewrite. */
export const REWRITE_POOL = 24;
/** Stories (best first) whose articles are checked for a rewrite. */
export const REWRITE_STORIES = 3;
/** Share of the shorter article's fingerprinted sentences that must align for a rewrite (test/fixtures/rewrites). */
export const REWRITE_MIN_SCORE = 0.5;
/** Share of aligned sentence pairs that must keep their order (a rewrite may swap a few sentences; chance alignments scatter). */
export const REWRITE_MIN_IN_ORDER = 0.6;
/** Aligned sentences a rewrite needs at least. */
export const REWRITE_MIN_ALIGNED = 3;

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

/** The article being added, before it is stored in the index's article table. */
type NewArticle = ArticleRow & { commonAnchors: number[] };

/** One story as the index keeps it (merged stories point at the one that absorbed them). */
export interface StoryRecord {
  id: string;
  articles: number[];
  centroid: TermVector;
  /** Name term number → members naming it. */
  names: Map<number, number>;
  /** Sum and count of the similarities with which articles joined: how tight the story is. */
  cohesionSum: number;
  cohesionCount: number;
  first: number;
  last: number;
  mergedInto?: number;
  /** The story this one was split from: the two are never merged back. */
  splitFrom?: number;
  /** Offset of the packed story (members, centroid, names) in the index's pool once closed, -1 while open (see story-packing.ts). */
  packedAt: number;
}

export type { CopyMethod } from './article-table.ts';

/** The opaque in-memory index; create with createStoryIndex and pass to addArticle and listStories. */
export interface StoryIndex {
  joinSimilarity: number;
  mergeSimilarity: number;
  windowMs: number;
  sweepEvery: number;
  articles: ArticleTable;
  byId: Map<string, number>;
  stories: StoryRecord[];
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
    openStories: new Set(),
    packedStories: new ChunkPool(Float64Array),
    latestTime: -Infinity,
    terms: new TermTable(options.background === undefined ? loadBackgroundFrequency() : (options.background ?? undefined)),
    copies: createCopyIndex(),
    lookups: { count: 0, hitScore: new TypedColumn(Float64Array), hitLookup: new TypedColumn(Int32Array, -1), postings: 0, scored: 0 },
  };
}

/** Resolves a story number through merges to the live story (compressing the path it walked). */
function liveStory(index: StoryIndex, story: number): number {
  let current = story;
  while (index.stories[current]!.mergedInto !== undefined) current = index.stories[current]!.mergedInto!;
  let step = story;
  while (index.stories[step]!.mergedInto !== undefined && step !== current) {
    const next = index.stories[step]!.mergedInto!;
    index.stories[step]!.mergedInto = current;
    step = next;
  }
  return current;
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

/** Publication time, else ingestion time, of stored article n. */
function storedTimeOf(index: StoryIndex, n: number): number {
  return index.articles.publishedAtOf(n) ?? index.articles.ingestedAtOf(n);
}

/** Reopens story s if it was packed (an article reached it again out of time order) and returns its record. */
function openStory(index: StoryIndex, s: number): StoryRecord {
  const record = index.stories[s]!;
  if (unpackStory(index.packedStories, record)) index.openStories.add(s);
  return record;
}

/** Packs every open story that no article in time order can reach any more (see story-packing.ts). */
function sweepStories(index: StoryIndex): void {
  for (const s of index.openStories) {
    const record = index.stories[s]!;
    if (record.mergedInto === undefined && record.last + index.windowMs >= index.latestTime) continue;
    packStory(index.packedStories, record);
    index.openStories.delete(s);
  }
}

/** True when article a came first: by publication when both have one, else by ingestion. */
function isEarlier(a: Dated, b: Dated): boolean {
  if (a.publishedAt !== undefined && b.publishedAt !== undefined && a.publishedAt !== b.publishedAt) return a.publishedAt < b.publishedAt;
  if (a.publishedAt !== undefined && b.publishedAt === undefined) return true;
  return a.publishedAt === b.publishedAt && a.ingestedAt < b.ingestedAt;
}

/** Hit score of a story found outside the time window (real scores are positive). */
const OUTSIDE_WINDOW = -1;

interface Candidate {
  story: number;
  similarity: number;
}

/** Scores the stories that share strong terms with the article, within the time window, best first. */
function findCandidates(index: StoryIndex, vector: TermVector, time: number, idf: (term: number) => number, by: 'terms' | 'numbers' = 'terms'): Candidate[] {
  const ranked = [...vector].map(([term, weight]) => [term, weight * idf(term)] as const).sort((a, b) => b[1] - a[1]);
  // Numbers read the same in every language: looking them up finds the story of a report in another language, whose own words are all new to the index.
  const query = by === 'terms' ? ranked.slice(0, QUERY_TERMS) : ranked.filter(([term]) => index.terms.isNumber(term)).slice(0, QUERY_NUMBERS);
  // Stories outside the time window are skipped before counting (most postings of a common term are old stories): the shortlist is the same as counting all and filtering after.
  // Hit sums live in typed columns stamped with this lookup's number (no Map or Set per lookup); `touched` keeps first-hit order, which breaks ties.
  const lookup = ++index.lookups.count;
  const { hitScore, hitLookup } = index.lookups;
  const touched: number[] = [];
  for (const [term, weight] of query) {
    const posted = index.terms.storiesOf(term);
    index.lookups.postings += posted.length;
    for (let i = 0; i < posted.length; i++) {
      const story = liveStory(index, posted[i]!);
      if (hitLookup.get(story) === lookup) {
        const score = hitScore.get(story);
        if (score >= 0) hitScore.set(story, score + weight);
        continue;
      }
      hitLookup.set(story, lookup);
      const record = index.stories[story]!;
      if (time >= record.first - index.windowMs && time <= record.last + index.windowMs) {
        hitScore.set(story, weight);
        touched.push(story);
      } else hitScore.set(story, OUTSIDE_WINDOW);
    }
  }
  const hits = touched.map((story) => [story, hitScore.get(story)] as const);
  const shortlist = hits
    .sort((a, b) => b[1] - a[1])
    .slice(0, by === 'terms' ? MAX_CANDIDATES : REWRITE_STORIES);
  index.lookups.scored += shortlist.length;
  return shortlist
    .map(([story]) => ({ story, similarity: weightedCosine(vector, openStory(index, story).centroid, idf) }))
    .sort((a, b) => b.similarity - a.similarity);
}

/** Cosine between the article's names and the story's name counts, idf-weighted: similar wording about other people or places is another event. */
function nameSimilarity(names: Int32Array, weights: Float32Array, story: StoryRecord, idf: (term: number) => number): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  names.forEach((name, i) => {
    const w = idf(name) * weights[i]!;
    normA += w * w;
    const count = story.names.get(name);
    if (count !== undefined) dot += w * idf(name) * count;
  });
  for (const [name, count] of story.names) {
    const w = idf(name) * count;
    normB += w * w;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/** Adds counts of `names` to a story's name table, keeping the most frequent when it grows past twice the cap. */
function addNames(story: StoryRecord, names: Int32Array | number[], weights: Float32Array | number[]): void {
  names.forEach((name, i) => story.names.set(name, (story.names.get(name) ?? 0) + weights[i]!));
  if (story.names.size > STORY_NAMES * 2) {
    const kept = [...story.names].sort((a, b) => b[1] - a[1]).slice(0, STORY_NAMES);
    story.names = new Map(kept);
  }
}

/** Finds the best rewrite of the article among the latest articles of the best candidate stories. */
function findRewrite(index: StoryIndex, record: NewArticle, candidates: Candidate[]): { article: number; score: number } | undefined {
  let best: { article: number; score: number } | undefined;
  const sentences = unpackSentences(record.sentences);
  for (const { story } of candidates.slice(0, REWRITE_STORIES)) {
    const members = openStory(index, story).articles;
    for (const article of members.slice(-REWRITE_POOL)) {
      const alignment = alignRewrite(sentences, unpackSentences(index.articles.sentencesOf(article)), record.commonAnchors, index.articles.commonAnchorsOf(article));
      if (alignment.aligned >= REWRITE_MIN_ALIGNED && alignment.score >= REWRITE_MIN_SCORE && alignment.inOrder >= REWRITE_MIN_IN_ORDER && (!best || alignment.score > best.score)) {
        best = { article, score: alignment.score };
      }
    }
  }
  return best;
}

/** Moves every article of story `from` into story `into` and records the merge. */
function mergeStories(index: StoryIndex, into: number, from: number): void {
  const target = openStory(index, into);
  const source = openStory(index, from);
  for (const article of source.articles) {
    index.articles.setStory(article, into);
    target.articles.push(article);
  }
  for (const [term, weight] of source.centroid) target.centroid.set(term, (target.centroid.get(term) ?? 0) + weight);
  addNames(target, [...source.names.keys()], [...source.names.values()]);
  source.names = new Map();
  target.cohesionSum += source.cohesionSum;
  target.cohesionCount += source.cohesionCount;
  pruneVector(target.centroid, CENTROID_TERMS);
  target.first = Math.min(target.first, source.first);
  target.last = Math.max(target.last, source.last);
  source.articles = [];
  source.centroid = new Map();
  source.mergedInto = into;
}

/** Names and numbers of an article (the terms that read the same in any language written in the Latin alphabet), and all its terms. */
function anchorsOf(index: StoryIndex, article: { names: Int32Array; terms: Int32Array }): AnchorSet {
  const anchors = new Set<number>(article.names);
  for (const term of article.terms) if (index.terms.isNumber(term)) anchors.add(term);
  return { anchors, terms: new Set(article.terms) };
}

/** Best article in another language among the latest members of the candidate stories whose names and numbers match the new one's: a translation when it clears the strict bar, else a cross-language story link. */
function findCrossLanguageMatch(index: StoryIndex, record: NewArticle, candidates: Candidate[]): { article: number; story: number; score: number; translation: boolean } | undefined {
  if (record.language === undefined) return undefined;
  const mine = anchorsOf(index, record);
  const isNumber = (term: number): boolean => index.terms.isNumber(term);
  let best: { article: number; story: number; score: number; translation: boolean } | undefined;
  for (const story of new Set(candidates.map((candidate) => candidate.story))) {
    for (const article of openStory(index, story).articles.slice(-REWRITE_POOL)) {
      const language = index.articles.languageOf(article);
      if (language === undefined || language === record.language) continue;
      const overlap = compareAnchors(mine, anchorsOf(index, { names: index.articles.namesOf(article), terms: index.articles.termsOf(article) }), isNumber);
      if (!clearsBar(overlap, CROSS_LANGUAGE_STORY_BAR)) continue;
      const translation = clearsBar(overlap, TRANSLATION_BAR);
      const score = Math.round(overlap.containment * 1000) / 1000;
      if (!best || Number(translation) > Number(best.translation) || (translation === best.translation && score > best.score)) best = { article, story, score, translation };
    }
  }
  return best;
}

/** Re-clusters one story's members into two groups and, when they separate well, moves the group without the story's first original (copies follow their originals) into a new story. */
function splitStory(index: StoryIndex, story: number, idf: (term: number) => number): { from: string; into: string; articleIds: string[] } | undefined {
  const source = openStory(index, story);
  const originals = source.articles.filter((n) => index.articles.originalOf(n) === undefined);
  const split = findSplit(originals.map((n) => ({ terms: index.articles.termsOf(n), weights: index.articles.weightsOf(n) })), idf);
  if (!split) return undefined;
  // The group holding the story's earliest-added original keeps the story (and its id); the other leaves.
  const founderGroup = split.groups[0].includes(0) ? 0 : 1;
  const leaving = new Set(split.groups[1 - founderGroup]!.map((i) => originals[i]!));
  for (const n of source.articles) {
    const original = index.articles.originalOf(n);
    if (original !== undefined && leaving.has(original)) leaving.add(n);
  }
  const staying = source.articles.filter((n) => !leaving.has(n));
  const moved = source.articles.filter((n) => leaving.has(n));
  const share = moved.length / source.articles.length;
  const created = index.stories.length;
  const target: StoryRecord = {
    // The story number keeps the id unique: the first moved article may have founded a story that was merged away.
    id: `story:${index.articles.idOf(moved[0]!)}#${created}`,
    articles: [],
    centroid: new Map(),
    names: new Map(),
    cohesionSum: source.cohesionSum * share,
    cohesionCount: Math.round(source.cohesionCount * share),
    first: Infinity,
    last: -Infinity,
    splitFrom: story,
    packedAt: -1,
  };
  index.stories.push(target);
  index.openStories.add(created);
  source.cohesionSum -= target.cohesionSum;
  source.cohesionCount -= target.cohesionCount;
  // Rebuild both stories' centroids, names and time spans from their members.
  for (const [record, members, number] of [[source, staying, story], [target, moved, created]] as const) {
    record.articles = [...members];
    record.centroid = new Map();
    record.names = new Map();
    record.first = Infinity;
    record.last = -Infinity;
    for (const n of members) {
      index.articles.setStory(n, number);
      const terms = index.articles.termsOf(n);
      const weights = index.articles.weightsOf(n);
      const vector: TermVector = new Map();
      terms.forEach((term, i) => vector.set(term, weights[i]!));
      addNormalized(record.centroid, vector);
      pruneVector(record.centroid, CENTROID_TERMS);
      addNames(record, index.articles.namesOf(n), index.articles.nameWeightsOf(n));
      record.first = Math.min(record.first, storedTimeOf(index, n));
      record.last = Math.max(record.last, storedTimeOf(index, n));
      if (number === created) index.terms.post(terms, created);
    }
  }
  return { from: source.id, into: target.id, articleIds: moved.map((n) => index.articles.idOf(n)) };
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
    index.stories.push({ id: `story:${digest.id}`, articles: [], centroid: new Map(), names: new Map(), cohesionSum: 0, cohesionCount: 0, first: time, last: time, packedAt: -1 });
    index.openStories.add(story);
  }

  // 5. Record the article in its story, the copy index, the term counts and the postings.
  index.articles.setStory(number, story);
  const target = openStory(index, story);
  target.articles.push(number);
  addNormalized(target.centroid, vector);
  addNames(target, record.names, record.nameWeights);
  pruneVector(target.centroid, CENTROID_TERMS);
  target.first = Math.min(target.first, time);
  target.last = Math.max(target.last, time);
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
