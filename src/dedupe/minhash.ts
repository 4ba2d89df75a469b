/** MinHash signatures over word shingles and their LSH bands, for near-copy detection. */
import { mix32 } from './hash-mix.ts';
import { foldToken, hashString, tokenize } from './text.ts';

/** Words per shingle; 5 keeps unrelated same-topic prose apart while tolerating small edits. */
export const SHINGLE_WORDS = 5;
/** Hash functions per signature; 64 gives a Jaccard estimate within about ±0.06 (1 s.d.). */
export const SIGNATURE_SIZE = 64;
/** LSH bands × rows = SIGNATURE_SIZE; 16 bands of 4 rows make pairs with Jaccard 0.5 collide with p≈0.65, 0.7 with p≈0.99. */
export const LSH_BANDS = 16;
/** Rows per LSH band. */
export const LSH_ROWS = SIGNATURE_SIZE / LSH_BANDS;

const MULTIPLIERS: number[] = [];
const OFFSETS: number[] = [];
{
  // Fixed pseudo-random odd multipliers and offsets (xorshift from a constant seed): deterministic across runs.
  let state = 0x9e3779b9;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    MULTIPLIERS.push(next() | 1);
    OFFSETS.push(next());
  }
}

/** Distinct hashes of the word shingles of a text (folded case; texts shorter than a shingle give one shingle). */
export function shingleHashes(text: string): Set<number> {
  const words = tokenize(text).map(foldToken);
  const hashes = new Set<number>();
  if (words.length === 0) return hashes;
  // Hash each word once, then combine SHINGLE_WORDS consecutive word hashes (order-sensitive mixing).
  const wordHashes = words.map(hashString);
  const last = Math.max(0, words.length - SHINGLE_WORDS);
  for (let i = 0; i <= last; i++) {
    let h = 0x2545f491;
    for (let j = i; j < Math.min(i + SHINGLE_WORDS, words.length); j++) h = mix32(Math.imul(h, 0x01000193) ^ wordHashes[j]!);
    hashes.add(h);
  }
  return hashes;
}

/** MinHash signature (SIGNATURE_SIZE unsigned ints) of a set of shingle hashes; empty input gives all 0xffffffff. */
export function computeSignature(shingles: Iterable<number>): number[] {
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix32((Math.imul(shingle, MULTIPLIERS[i]!) + OFFSETS[i]!) >>> 0);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures (share of equal positions). */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}

/** LSH bucket keys of a signature, one unsigned int per band (position = band). */
export function bandKeys(signature: ArrayLike<number>): number[] {
  const keys: number[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let h = band + 1;
    for (let row = 0; row < LSH_ROWS; row++) h = mix32(h ^ signature[band * LSH_ROWS + row]!);
    keys.push(h);
  }
  return keys;
}
