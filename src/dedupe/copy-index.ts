/** In-memory index that finds exact and near copies of a new article among those already added. */
import { CappedBuckets } from './capped-buckets.ts';
import { ChunkPool, TypedColumn } from './chunk-pool.ts';
import { bandKeys, estimateJaccard, LSH_BANDS, SIGNATURE_SIZE } from './minhash.ts';
import { NumberTable } from './number-table.ts';
import { hashText } from './text.ts';

/** Estimated shingle Jaccard at or above which two articles are near copies (set on test/fixtures/rewrites: boilerplate-wrapped copies score 0.6–0.9, same-topic articles under 0.1). */
export const NEAR_COPY_JACCARD = 0.5;
/** Articles kept per LSH bucket (most recent); caps the cost of a lookup whatever the corpus size. */
export const MAX_BUCKET_SIZE = 16;
/** Articles with fewer words than this are not near-matched (short texts collide on boilerplate). */
export const MIN_NEAR_COPY_WORDS = 25;

/** Exact-hash table and LSH buckets over article numbers (positions in the caller's article list), all in typed arrays. */
export interface CopyIndex {
  /** 52 bits of the text hash → first article with it. */
  exact: NumberTable;
  buckets: CappedBuckets;
  /** Signatures end to end; `signatureAt` gives each article's offset (-1: none). */
  signatures: ChunkPool<Uint32Array>;
  signatureAt: TypedColumn<Float64Array>;
}

/** A copy found for a new article. */
export interface CopyMatch {
  article: number;
  method: 'exact' | 'near';
  score: number;
}

/** Creates an empty copy index. */
export function createCopyIndex(): CopyIndex {
  return {
    exact: new NumberTable(),
    buckets: new CappedBuckets(LSH_BANDS, MAX_BUCKET_SIZE),
    signatures: new ChunkPool(Uint32Array, SIGNATURE_SIZE * 4096),
    signatureAt: new TypedColumn(Float64Array, -1),
  };
}

/** Table key of a text hash: 52 of its 64 bits (chance of any collision among a million different texts about 1e-4). */
export function exactKey(textHash: string): number {
  const hex = /^[0-9a-f]{16}$/.test(textHash) ? textHash : hashText(textHash);
  return (parseInt(hex.slice(0, 8), 16) & 0xfffff) * 4294967296 + parseInt(hex.slice(8), 16);
}

/** Finds the best exact or near copy of a digest among indexed articles, if any. */
export function findCopy(index: CopyIndex, textHash: string, signature: readonly number[], words: number): CopyMatch | undefined {
  const exact = index.exact.get(exactKey(textHash));
  if (exact !== undefined && words > 0) return { article: exact, method: 'exact', score: 1 };
  if (words < MIN_NEAR_COPY_WORDS) return undefined;
  const keys = bandKeys(signature);
  const seen = new Set<number>();
  let best: CopyMatch | undefined;
  keys.forEach((key, band) => {
    for (const article of index.buckets.get(band, key)) {
      if (seen.has(article)) continue;
      seen.add(article);
      const score = estimateJaccard(signature, index.signatures.view(index.signatureAt.get(article), SIGNATURE_SIZE));
      if (score >= NEAR_COPY_JACCARD && (!best || score > best.score)) best = { article, method: 'near', score };
    }
  });
  return best;
}

/** Adds an article's hash and signature to the index under its article number. */
export function indexCopy(index: CopyIndex, article: number, textHash: string, signature: readonly number[], words: number): void {
  index.signatureAt.set(article, index.signatures.append(signature));
  if (words === 0) return;
  const key = exactKey(textHash);
  if (!index.exact.has(key)) index.exact.set(key, article);
  if (words < MIN_NEAR_COPY_WORDS) return;
  bandKeys(signature).forEach((key, band) => index.buckets.add(band, key, article));
}
