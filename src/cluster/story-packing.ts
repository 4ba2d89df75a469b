/** Packing of closed stories: a story no new article can reach any more keeps its members, centroid and names as one run of numbers in a chunk pool instead of a growing array and two Maps; it is unpacked, unchanged, if an article ever reaches it again. */
import { ChunkPool } from '../dedupe/chunk-pool.ts';
import type { TermVector } from './similarity.ts';

/** Additions between two sweeps for closed stories (cost of a sweep: one pass over the open stories). */
export const SWEEP_EVERY = 1024;

/** The story fields packing replaces (see StoryRecord in index.ts). */
export interface PackableStory {
  articles: number[];
  centroid: TermVector;
  names: Map<number, number>;
  /** Offset of the packed story in the pool, -1 while open. */
  packedAt: number;
}

/** A Map that refuses writes: what a packed story's centroid and names point at, so any update that forgot to unpack fails loudly. */
class SealedMap<K, V> extends Map<K, V> {
  override set(): this {
    throw new Error('story-packing: a packed story was written to without being unpacked');
  }
}

/** Shared empty stand-ins for the fields of packed stories. */
export const PACKED_ARTICLES: number[] = Object.freeze([]) as unknown as number[];
export const PACKED_MAP = new SealedMap<number, number>() as Map<number, number>;

/** Layout of a packed story: [members, centroid terms, names, ...members, ...centroid terms, ...centroid weights, ...name terms, ...name counts]. */
export function packStory(pool: ChunkPool<Float64Array>, story: PackableStory): void {
  if (story.packedAt >= 0) return;
  const values = new Float64Array(3 + story.articles.length + 2 * story.centroid.size + 2 * story.names.size);
  values[0] = story.articles.length;
  values[1] = story.centroid.size;
  values[2] = story.names.size;
  let at = 3;
  for (const article of story.articles) values[at++] = article;
  // Map order is kept (keys, then values): unpacking rebuilds the Maps in the same iteration order, so sums over them are bit-identical.
  for (const term of story.centroid.keys()) values[at++] = term;
  for (const weight of story.centroid.values()) values[at++] = weight;
  for (const name of story.names.keys()) values[at++] = name;
  for (const count of story.names.values()) values[at++] = count;
  story.packedAt = pool.append(values);
  story.articles = PACKED_ARTICLES;
  story.centroid = PACKED_MAP;
  story.names = PACKED_MAP;
}

interface Unpacked {
  articles: number[];
  centroid: TermVector;
  names: Map<number, number>;
}

/** Reads a packed story back into a fresh array and Maps (same order as when packed). */
function readPacked(pool: ChunkPool<Float64Array>, packedAt: number): Unpacked {
  const header = pool.view(packedAt, 3);
  const [members, terms, names] = [header[0]!, header[1]!, header[2]!];
  const values = pool.view(packedAt, 3 + members + 2 * terms + 2 * names);
  const articles = Array.from(values.subarray(3, 3 + members));
  const centroid: TermVector = new Map();
  let at = 3 + members;
  for (let i = 0; i < terms; i++) centroid.set(values[at + i]!, values[at + terms + i]!);
  at += 2 * terms;
  const nameCounts = new Map<number, number>();
  for (let i = 0; i < names; i++) nameCounts.set(values[at + i]!, values[at + names + i]!);
  return { articles, centroid, names: nameCounts };
}

/** Reopens a packed story (no-op when open); returns true when it was packed. */
export function unpackStory(pool: ChunkPool<Float64Array>, story: PackableStory): boolean {
  if (story.packedAt < 0) return false;
  Object.assign(story, readPacked(pool, story.packedAt));
  story.packedAt = -1;
  return true;
}

/** Members and centroid of a story, packed or not, without reopening it (for read-only views). */
export function readStory(pool: ChunkPool<Float64Array>, story: PackableStory): { articles: readonly number[]; centroid: TermVector } {
  return story.packedAt < 0 ? story : readPacked(pool, story.packedAt);
}
