/** Story records of the index: resolving merges, packing and unpacking, names, merging and splitting stories. */
import { TypedColumn } from '../dedupe/chunk-pool.ts';
import { findSplit, type MemberTerms } from './split.ts';
import { addNormalized, pruneVector, type TermVector } from './similarity.ts';
import { packStory, unpackStory } from './story-packing.ts';
import type { StoryIndex } from './index.ts';
import { latestYear } from './years.ts';

/** Terms kept in a story centroid. */
export const CENTROID_TERMS = 120;
/** Names kept per story for the confirmation test (most mentioned first). */
export const STORY_NAMES = 60;

/** One story as the index keeps it; its time span and merge link are in the index's StorySpans. */
export interface StoryRecord {
  id: string;
  articles: number[];
  centroid: TermVector;
  /** Name term number → members naming it. */
  names: Map<number, number>;
  /** Sum and count of the similarities with which articles joined: how tight the story is. */
  cohesionSum: number;
  cohesionCount: number;
  /** The story this one was split from: the two are never merged back. */
  splitFrom?: number;
  /** Offset of the packed story (members, centroid, names) in the index's pool once closed, -1 while open (see story-packing.ts). */
  packedAt: number;
}

/**
 * Each story's first and last article time and the story it was merged into, by story number. The candidate lookup
 * reads these for every posting it visits (hundreds per article); in three flat columns they cost a few array reads
 * instead of a walk to scattered story objects.
 */
export class StorySpans {
  readonly first = new TypedColumn(Float64Array, Infinity);
  readonly last = new TypedColumn(Float64Array, -Infinity);
  /** The story that absorbed this one, -1 while it is live. */
  readonly mergedInto = new TypedColumn(Int32Array, -1);

  /** Widens story s's span to take in `time`. */
  include(s: number, time: number): void {
    this.first.set(s, Math.min(this.first.get(s), time));
    this.last.set(s, Math.max(this.last.get(s), time));
  }

  /** Empties story s's span (before it is rebuilt from its members). */
  clear(s: number): void {
    this.first.set(s, Infinity);
    this.last.set(s, -Infinity);
  }

  /** True when story s was merged into another. */
  isMerged(s: number): boolean {
    return this.mergedInto.get(s) >= 0;
  }
}

/** Resolves a story number through merges to the live story (compressing the path it walked). */
export function liveStory(index: StoryIndex, story: number): number {
  const { mergedInto } = index.spans;
  let current = story;
  while (mergedInto.get(current) >= 0) current = mergedInto.get(current);
  let step = story;
  while (mergedInto.get(step) >= 0 && step !== current) {
    const next = mergedInto.get(step);
    mergedInto.set(step, current);
    step = next;
  }
  return current;
}

/** Publication time, else ingestion time, of stored article n. */
export function storedTimeOf(index: StoryIndex, n: number): number {
  return index.articles.publishedAtOf(n) ?? index.articles.ingestedAtOf(n);
}

/** Reopens story s if it was packed (an article reached it again out of time order) and returns its record. */
export function openStory(index: StoryIndex, s: number): StoryRecord {
  const record = index.stories[s]!;
  if (unpackStory(index.packedStories, record)) index.openStories.add(s);
  return record;
}

/** Packs every open story that no article in time order can reach any more (see story-packing.ts). */
export function sweepStories(index: StoryIndex): void {
  for (const s of index.openStories) {
    const record = index.stories[s]!;
    if (!index.spans.isMerged(s) && index.spans.last.get(s) + index.windowMs >= index.latestTime) continue;
    packStory(index.packedStories, record);
    index.openStories.delete(s);
  }
}

/** Cosine between the article's names and the story's name counts, idf-weighted: similar wording about other people or places is another event. */
export function nameSimilarity(names: Int32Array, weights: Float32Array, story: StoryRecord, idf: (term: number) => number): number {
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
export function addNames(story: StoryRecord, names: Int32Array | number[], weights: Float32Array | number[]): void {
  names.forEach((name, i) => story.names.set(name, (story.names.get(name) ?? 0) + weights[i]!));
  if (story.names.size > STORY_NAMES * 2) {
    const kept = [...story.names].sort((a, b) => b[1] - a[1]).slice(0, STORY_NAMES);
    story.names = new Map(kept);
  }
}

/** Moves every article of story `from` into story `into` and records the merge. */
export function mergeStories(index: StoryIndex, into: number, from: number): void {
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
  index.spans.first.set(into, Math.min(index.spans.first.get(into), index.spans.first.get(from)));
  index.spans.last.set(into, Math.max(index.spans.last.get(into), index.spans.last.get(from)));
  source.articles = [];
  source.centroid = new Map();
  index.spans.mergedInto.set(from, into);
}

/** Stored article n's terms, weights and the latest year among those (kept) terms, as the split step reads them. */
function memberTerms(index: StoryIndex, n: number): MemberTerms {
  const terms = index.articles.termsOf(n);
  const year = latestYear(terms, (term) => index.terms.yearOf(term));
  return year === undefined ? { terms, weights: index.articles.weightsOf(n) } : { terms, weights: index.articles.weightsOf(n), latestYear: year };
}

/** Re-clusters one story's members into two groups and, when they separate well, moves the group without the story's first original (copies follow their originals) into a new story. */
export function splitStory(index: StoryIndex, story: number, idf: (term: number) => number): { from: string; into: string; articleIds: string[] } | undefined {
  const source = openStory(index, story);
  const originals = source.articles.filter((n) => index.articles.originalOf(n) === undefined);
  const split = findSplit(originals.map((n) => memberTerms(index, n)), idf);
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
    index.spans.clear(number);
    for (const n of members) {
      index.articles.setStory(n, number);
      const terms = index.articles.termsOf(n);
      const weights = index.articles.weightsOf(n);
      const vector: TermVector = new Map();
      terms.forEach((term, i) => vector.set(term, weights[i]!));
      addNormalized(record.centroid, vector);
      pruneVector(record.centroid, CENTROID_TERMS);
      addNames(record, index.articles.namesOf(n), index.articles.nameWeightsOf(n));
      index.spans.include(number, storedTimeOf(index, n));
      if (number === created) index.terms.post(terms, created);
    }
  }
  return { from: source.id, into: target.id, articleIds: moved.map((n) => index.articles.idOf(n)) };
}

