/** Sentence fingerprints of names, numbers and quoted words, and the alignment score that finds rewrites. */
import { foldToken, hashString, splitSentences, tokenize } from './text.ts';

/** Kind of a fingerprint anchor, stored in the two low bits of its hash. */
export const ANCHOR_KIND = { name: 1, number: 2, quote: 3 } as const;
/** Weight of each anchor kind: a shared number or quoted phrase says more than a shared name. */
const ANCHOR_WEIGHT = [0, 1, 2, 3];
/** A sentence needs this much anchor weight to be fingerprinted (a lone name is too common to align on). */
export const MIN_SENTENCE_WEIGHT = 2;
/** Sentences fingerprinted per article; bounds alignment cost (leads carry the facts). */
export const MAX_FINGERPRINT_SENTENCES = 60;
/** Two sentences align when the anchor weight they share is at least this... */
export const ALIGN_MIN_SHARED_WEIGHT = 3;
/** ...and at least this share of the smaller sentence's anchor weight (set on test/fixtures/rewrites). */
export const ALIGN_MIN_OVERLAP = 0.5;
/** Anchors found in more than this share of an article's fingerprinted sentences are story-wide (the main actors) and ignored when aligning... */
export const COMMON_ANCHOR_SHARE = 0.34;
/** ...but only in articles with at least this many fingerprinted sentences. */
const COMMON_ANCHOR_MIN_SENTENCES = 5;
/** Words a quoted stretch needs to count as a quotation rather than a scare-quoted term. */
const MIN_QUOTE_WORDS = 3;
/** Words hashed from the start of each quotation: paraphrasers often trim quotes at the end. */
const QUOTE_PREFIX_WORDS = 4;

/** Lower-case words that start sentences without being names (checked after folding). */
const FUNCTION_WORDS = new Set(
  'a an the this that these those it its he she they we i you his her their our my your in on at by for from of to with as and but or if when while after before since during under over about into than then there here what who which where why how not no all some many most more one two'.split(' '),
);

/** A sentence's anchors: sorted unique hashes whose two low bits give the anchor kind. */
export type SentenceAnchors = number[];

function anchor(kind: number, key: string): number {
  return ((hashString(key) & ~3) | kind) >>> 0;
}

/** Anchors of one sentence: capitalised words after the first, numbers, and quotations (by their first words). */
export function findAnchors(sentence: string): SentenceAnchors {
  const found = new Set<number>();
  const words = tokenize(sentence);
  words.forEach((word, position) => {
    if (/\p{N}/u.test(word)) {
      found.add(anchor(ANCHOR_KIND.number, word.replace(/[,']/g, '')));
    } else if (/^\p{Lu}/u.test(word) && word.length > 1) {
      const folded = foldToken(word);
      if (position > 0 || !FUNCTION_WORDS.has(folded)) found.add(anchor(ANCHOR_KIND.name, folded));
    }
  });
  for (const match of sentence.matchAll(/["“«„]([^"“”«»„]+)["”»“]/gu)) {
    const quoted = tokenize(match[1]!).map(foldToken);
    if (quoted.length >= MIN_QUOTE_WORDS) found.add(anchor(ANCHOR_KIND.quote, quoted.slice(0, QUOTE_PREFIX_WORDS).join(' ')));
  }
  return [...found].sort((x, y) => x - y);
}

/** Total weight of a list of anchors. */
function weightOf(anchors: readonly number[]): number {
  let total = 0;
  for (const a of anchors) total += ANCHOR_WEIGHT[a & 3]!;
  return total;
}

/** Fingerprints of an article's sentences that carry enough anchors, in text order. */
export function fingerprintSentences(text: string): SentenceAnchors[] {
  const prints: SentenceAnchors[] = [];
  for (const sentence of splitSentences(text)) {
    const anchors = findAnchors(sentence);
    if (weightOf(anchors) >= MIN_SENTENCE_WEIGHT) prints.push(anchors);
    if (prints.length >= MAX_FINGERPRINT_SENTENCES) break;
  }
  return prints;
}

/** Outcome of aligning two fingerprinted articles. */
export interface RewriteAlignment {
  /** Sentence pairs aligned one-to-one. */
  aligned: number;
  /** aligned / fingerprinted sentences of the shorter article (0 when either has none). */
  score: number;
  /** Share of aligned pairs that keep their relative order (longest increasing run / aligned). */
  inOrder: number;
}

function sharedWeight(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += ANCHOR_WEIGHT[a[i]! & 3]!;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}

function longestIncreasing(values: readonly number[]): number {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
}

/** Anchors that recur in many sentences of one article (its main actors), which say little about which facts it reports. */
export function commonAnchors(sentences: readonly SentenceAnchors[]): number[] {
  if (sentences.length < COMMON_ANCHOR_MIN_SENTENCES) return [];
  const counts = new Map<number, number>();
  for (const sentence of sentences) for (const x of sentence) counts.set(x, (counts.get(x) ?? 0) + 1);
  const limit = COMMON_ANCHOR_SHARE * sentences.length;
  return [...counts].filter(([, count]) => count > limit).map(([x]) => x);
}

/** Aligns the sentences of two articles greedily (story-wide anchors of either, precomputable with commonAnchors, ignored) by shared anchor weight; sentences pair at most once. */
export function alignRewrite(
  fullA: readonly SentenceAnchors[],
  fullB: readonly SentenceAnchors[],
  commonA: Iterable<number> = commonAnchors(fullA),
  commonB: Iterable<number> = commonAnchors(fullB),
): RewriteAlignment {
  if (fullA.length === 0 || fullB.length === 0) return { aligned: 0, score: 0, inOrder: 0 };
  const common = new Set([...commonA, ...commonB]);
  const a = common.size === 0 ? fullA : fullA.map((s) => s.filter((x) => !common.has(x)));
  const b = common.size === 0 ? fullB : fullB.map((s) => s.filter((x) => !common.has(x)));
  const weightsB = b.map(weightOf);
  const usedB = new Uint8Array(b.length);
  const pairs: number[] = [];
  a.forEach((sentence, i) => {
    const weightA = weightOf(sentence);
    let best = -1;
    let bestShared = 0;
    b.forEach((other, j) => {
      if (usedB[j]) return;
      const shared = sharedWeight(sentence, other);
      if (shared < ALIGN_MIN_SHARED_WEIGHT || shared < ALIGN_MIN_OVERLAP * Math.min(weightA, weightsB[j]!)) return;
      if (shared > bestShared) {
        best = j;
        bestShared = shared;
      }
    });
    if (best >= 0) {
      usedB[best] = 1;
      pairs[i] = best;
    }
  });
  const order = pairs.filter((j) => j !== undefined);
  const aligned = order.length;
  return {
    aligned,
    score: aligned / Math.min(a.length, b.length),
    inOrder: aligned === 0 ? 0 : longestIncreasing(order) / aligned,
  };
}

/** Packs sentence fingerprints into one array with 0 after each sentence (anchors are never 0): one object instead of dozens. */
export function packSentences(sentences: readonly SentenceAnchors[]): Uint32Array {
  const packed = new Uint32Array(sentences.reduce((sum, s) => sum + s.length + 1, 0));
  let at = 0;
  for (const sentence of sentences) {
    packed.set(sentence, at);
    at += sentence.length + 1;
  }
  return packed;
}

/** Unpacks fingerprints packed by packSentences. */
export function unpackSentences(packed: Uint32Array): SentenceAnchors[] {
  const sentences: SentenceAnchors[] = [];
  let current: number[] = [];
  for (const anchor of packed) {
    if (anchor === 0) {
      sentences.push(current);
      current = [];
    } else current.push(anchor);
  }
  return sentences;
}
