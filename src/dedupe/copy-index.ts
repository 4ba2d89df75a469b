/** In-memory index that finds exact and near copies of a new article among those already added. */
import { bandKeys, estimateJaccard, LSH_BANDS } from './minhash.ts';

/** Estimated shingle Jaccard at or above which two articles are near copies (set on test/fixtures/rewrites: boilerplate-wrapped copies score 0.6–0.9, same-topic articles under 0.1). */
export const NEAR_COPY_JACCARD = 0.5;
/** Articles kept per LSH bucket (most recent); caps the cost of a lookup whatever the corpus size. */
export const MAX_BUCKET_SIZE = 16;
/** Articles with fewer words than this are not near-matched (short texts collide on boilerplate). */
export const MIN_NEAR_COPY_WORDS = 25;

/** Exact-hash map and LSH buckets over article numbers (positions in the caller's article list). */
export interface CopyIndex {
  exact: Map<string, number>;
  /** One map per band from bucket key to an article number or a list of them. */
  buckets: Map<number, number | number[]>[];
  signatures: Uint32Array[];
}

/** A copy found for a new article. */
export interface CopyMatch {
  article: number;
  method: 'exact' | 'near';
  score: number;
}

/** Creates an empty copy index. */
export function createCopyIndex(): CopyIndex {
  return { exact: new Map(), buckets: Array.from({ length: LSH_BANDS }, () => new Map()), signatures: [] };
}

/** Finds the best exact or near copy of a digest among indexed articles, if any. */
export function findCopy(index: CopyIndex, textHash: string, signature: readonly number[], words: number): CopyMatch | undefined {
  const exact = index.exact.get(textHash);
  if (exact !== undefined && words > 0) return { article: exact, method: 'exact', score: 1 };
  if (words < MIN_NEAR_COPY_WORDS) return undefined;
  const keys = bandKeys(signature);
  const seen = new Set<number>();
  let best: CopyMatch | undefined;
  keys.forEach((key, band) => {
    const bucket = index.buckets[band]!.get(key);
    if (bucket === undefined) return;
    for (const article of typeof bucket === 'number' ? [bucket] : bucket) {
      if (seen.has(article)) continue;
      seen.add(article);
      const score = estimateJaccard(signature, index.signatures[article]!);
      if (score >= NEAR_COPY_JACCARD && (!best || score > best.score)) best = { article, method: 'near', score };
    }
  });
  return best;
}

/** Adds an article's hash and signature to the index under its article number. */
export function indexCopy(index: CopyIndex, article: number, textHash: string, signature: readonly number[], words: number): void {
  index.signatures[article] = Uint32Array.from(signature);
  if (words === 0) return;
  if (!index.exact.has(textHash)) index.exact.set(textHash, article);
  if (words < MIN_NEAR_COPY_WORDS) return;
  bandKeys(signature).forEach((key, band) => {
    const buckets = index.buckets[band]!;
    const bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, article);
    else if (typeof bucket === 'number') buckets.set(key, [bucket, article]);
    else {
      bucket.push(article);
      if (bucket.length > MAX_BUCKET_SIZE) bucket.shift();
    }
  });
}
