/** Text normalisation, tokenising and hashing shared by the dedupe and cluster steps. */

/** Letters, digits and in-word apostrophes/hyphens/dots in numbers: one token each. */
const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’.,-][\p{L}\p{M}\p{N}]+)*/gu;

/** Lower-cased, accent-free, whitespace-collapsed form of a text, used for exact-copy hashes. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Word tokens of a text in order, with their original spelling. */
export function tokenize(text: string): string[] {
  return text.match(WORD_PATTERN) ?? [];
}

/** Lower-cased, accent-free form of one token. */
export function foldToken(token: string): string {
  // Fast path: plain ASCII needs no Unicode decomposition.
  if (/^[\x00-\x7f]*$/.test(token)) return token.toLowerCase();
  return token.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/’/g, "'");
}

/** 32-bit FNV-1a hash of a string, as an unsigned integer. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** 52-bit hash rendered as hex, for exact-copy keys where 32-bit collisions would matter at scale. */
export function hashText(value: string): string {
  let low = 0x811c9dc5;
  let high = 0x050c5d1f;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    low = Math.imul(low ^ code, 0x01000193);
    high = Math.imul(high ^ code, 0x000193a7) ^ (low >>> 15);
  }
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
}

/** Splits text into rough sentences (for fingerprints only; the annotate layer owns real sentences). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["'”’)]?)\s+(?=["'“‘(]?[\p{Lu}\p{N}])|\n\s*\n|\r?\n/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}
