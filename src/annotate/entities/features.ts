/**
 * Feature extraction for the entity tagger: word identity, shape, affixes, neighbours, context
 * capitalisation, gazetteer matches and document-level casing evidence. Shared by training and tagging.
 */

import { clustersOf, type WordClusters } from './word-clusters.ts';

/** Lower-cased phrase → gazetteer categories it belongs to (e.g. "new york" → ["city"]). */
export type Gazetteer = ReadonlyMap<string, readonly string[]>;

/** Longest gazetteer phrase, in tokens, that is looked up. */
export const MAX_GAZETTEER_TOKENS = 4;

/** Casing evidence gathered over a whole document, used to judge sentence-initial words. */
export interface DocumentCasing {
  /** Lower-cased words seen written in lower case somewhere in the document. */
  lowerSeen: ReadonlySet<string>;
  /** Lower-cased words seen capitalised away from the sentence start. */
  capitalSeen: ReadonlySet<string>;
}

/** Maps a word to its shape: "Smith"→"Xxxxx", "U.S."→"X.X.", "1996"→"dddd". */
export function longShape(word: string): string {
  let out = '';
  for (let i = 0; i < word.length && i < 12; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) out += 'X';
    else if (c >= 97 && c <= 122) out += 'x';
    else if (c >= 48 && c <= 57) out += 'd';
    else {
      const ch = word[i]!;
      const lower = ch.toLowerCase();
      if (lower !== ch.toUpperCase()) out += lower === ch ? 'x' : 'X';
      else out += ch;
    }
  }
  return out;
}

/** Collapses repeated characters of a long shape: "Xxxxx"→"Xx". */
export function shortShape(word: string): string {
  const shape = longShape(word);
  let out = '';
  for (const ch of shape) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

/** True when the word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True when the word has letters and none of them is lower case. */
function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

/** Collects document-level casing evidence from the sentences of one document. */
export function collectCasing(sentences: readonly (readonly string[])[]): DocumentCasing {
  const lowerSeen = new Set<string>();
  const capitalSeen = new Set<string>();
  for (const words of sentences) {
    const shouting = words.filter(isAllCaps).length > words.length / 2;
    if (shouting) continue;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const lower = word.toLowerCase();
      if (word === lower) lowerSeen.add(lower);
      else if (i > 0 && isCapitalised(word) && !isAllCaps(word)) capitalSeen.add(lower);
    }
  }
  return { lowerSeen, capitalSeen };
}

/** Every proper prefix (in words) of the multi-word gazetteer phrases, to stop phrase lookups early. */
export function gazetteerPrefixes(gazetteer: Gazetteer): Set<string> {
  const prefixes = new Set<string>();
  for (const phrase of gazetteer.keys()) {
    const words = phrase.split(' ');
    for (let k = 1; k < words.length; k++) prefixes.add(words.slice(0, k).join(' '));
  }
  return prefixes;
}

/** Marks each token with gazetteer features ("city:B2", "first:U") from every phrase match. */
function gazetteerMarks(lowers: readonly string[], gazetteer: Gazetteer, prefixes?: ReadonlySet<string>): string[][] {
  const marks: string[][] = lowers.map(() => []);
  for (let start = 0; start < lowers.length; start++) {
    let phrase = '';
    for (let length = 1; length <= MAX_GAZETTEER_TOKENS && start + length <= lowers.length; length++) {
      phrase = length === 1 ? lowers[start]! : `${phrase} ${lowers[start + length - 1]}`;
      const categories = gazetteer.get(phrase);
      if (categories) {
        for (const category of categories) {
          if (length === 1) marks[start]!.push(`${category}:U`);
          else for (let i = start; i < start + length; i++) marks[i]!.push(`${category}:${i === start ? 'B' : 'I'}${length}`);
        }
      }
      if (prefixes && !prefixes.has(phrase)) break;
    }
  }
  return marks;
}

/** Features of a word on its own, independent of context (cacheable per word). */
export function unaryFeatures(word: string, casing?: ReadonlyMap<string, string>, clusters?: WordClusters): string[] {
  const l0 = word.toLowerCase();
  const f = ['b', 'w=' + word, 'l=' + l0, 's=' + shortShape(word), 'S=' + longShape(word)];
  if (casing) f.push('cr=' + (casing.get(l0) ?? '?'));
  if (clusters) {
    const ids = clustersOf(clusters, word);
    if (ids) ids.forEach((id, k) => f.push(`c${k}=` + id));
    else f.push('c=none');
  }
  const len = l0.length;
  for (let k = 1; k <= 4 && k <= len; k++) f.push(`p${k}=` + l0.slice(0, k), `x${k}=` + l0.slice(len - k));
  if (word.includes('-')) f.push('hyphen');
  return f;
}

/** Sentence-boundary pseudo-words used as neighbours. */
export const BEFORE = '<s>';
export const AFTER = '</s>';

/** Offsets of neighbours whose own identity is a feature. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/** Features a neighbour at `offset` contributes on its own (cacheable per word and offset). */
export function neighbourFeatures(word: string, offset: number, clusters?: WordClusters): string[] {
  const boundary = word === BEFORE || word === AFTER;
  const lower = boundary ? word : word.toLowerCase();
  const sign = offset > 0 ? '+' : '';
  const f = [`l${sign}${offset}=` + lower];
  const near = offset === -1 || offset === 1;
  if (near) f.push(`s${sign}${offset}=` + (boundary ? word : shortShape(word)));
  if (clusters && !boundary) {
    const ids = clustersOf(clusters, word);
    if (ids) for (let k = 0; k < ids.length && (near || k < NEIGHBOUR_CLUSTER_LEVELS); k++) f.push(`c${k}${sign}${offset}=` + ids[k]);
  }
  return f;
}

/** How many of the coarsest cluster granularities are features of the neighbours two words away. */
export const NEIGHBOUR_CLUSTER_LEVELS = 2;

/** Precomputed per-sentence values shared by the pairwise feature builder. */
export interface SentenceView {
  words: readonly string[];
  lowers: string[];
  shapes: string[];
  shouting: boolean;
  gazetteer: string[][];
  /** Casing-lexicon bucket of each word ("?" when unknown), or undefined without a lexicon. */
  buckets?: string[];
}

/** Prepares lower-case forms, shapes, headline casing and gazetteer marks of a sentence. */
export function viewSentence(words: readonly string[], gazetteer: Gazetteer, lexicon?: ReadonlyMap<string, string>, prefixes?: ReadonlySet<string>): SentenceView {
  const lowers = words.map((w) => w.toLowerCase());
  return {
    ...(lexicon ? { buckets: lowers.map((l) => lexicon.get(l) ?? '?') } : {}),
    words,
    lowers,
    shapes: words.map(shortShape),
    shouting: words.filter(isAllCaps).length > words.length / 2 && words.length > 2,
    gazetteer: gazetteerMarks(lowers, gazetteer, prefixes),
  };
}

/** The k-th value of a per-token list, or a boundary pseudo-word outside the sentence. */
export function at(values: readonly string[], k: number): string {
  return k < 0 ? BEFORE : k >= values.length ? AFTER : values[k]!;
}

/** Which per-token list a context-pair part reads: lower-cased words or short shapes. */
export type PairPart = readonly ['lower' | 'shape', -1 | 0 | 1];

/** Features joining a token's lower-cased form or shape with its neighbours', as data: name and parts. */
export const PAIR_TEMPLATES: readonly { name: string; parts: readonly PairPart[] }[] = [
  { name: 'l-1l', parts: [['lower', -1], ['lower', 0]] },
  { name: 'll+1', parts: [['lower', 0], ['lower', 1]] },
  { name: 's-1s', parts: [['shape', -1], ['shape', 0]] },
  { name: 'ss+1', parts: [['shape', 0], ['shape', 1]] },
  { name: 's-1ss+1', parts: [['shape', -1], ['shape', 0], ['shape', 1]] },
  { name: 'l-1s', parts: [['lower', -1], ['shape', 0]] },
  { name: 'sl+1', parts: [['shape', 0], ['lower', 1]] },
];

/** The feature string of one pair template at token i ("l-1l=the|president"). */
export function pairFeature(view: SentenceView, i: number, template: (typeof PAIR_TEMPLATES)[number]): string {
  let value = '';
  for (let k = 0; k < template.parts.length; k++) {
    const [list, offset] = template.parts[k]!;
    value += (k === 0 ? '' : '|') + at(list === 'lower' ? view.lowers : view.shapes, i + offset);
  }
  return template.name + '=' + value;
}

/** Features that combine a token with its neighbours, the document or the gazetteer. */
export function pairFeatures(view: SentenceView, i: number, casing: DocumentCasing): string[] {
  return [...PAIR_TEMPLATES.map((template) => pairFeature(view, i, template)), ...contextFeatures(view, i, casing)];
}

/** The features of pairFeatures beyond the pair templates: sentence position, headline casing, document casing, lexicon and gazetteer. */
export function contextFeatures(view: SentenceView, i: number, casing: DocumentCasing): string[] {
  const { words, lowers, shapes } = view;
  const n = words.length;
  const l0 = lowers[i]!;
  const s0 = shapes[i]!;
  const f: string[] = [];
  if (i === 0) f.push('first|' + s0);
  if (view.shouting) f.push('shout|' + s0, 'shoutl=' + l0);
  const word = words[i]!;
  if (isCapitalised(word)) {
    const seenLower = casing.lowerSeen.has(l0);
    const seenCapital = casing.capitalSeen.has(l0);
    f.push(`dc=${seenLower ? 'L' : '-'}${seenCapital ? 'C' : '-'}${i === 0 ? '0' : ''}`);
  }
  if (view.buckets) {
    const where = i === 0 ? 'first' : view.shouting ? 'shout' : 'mid';
    f.push(`crp=${view.buckets[i]}|${where}|${isCapitalised(word) ? 'C' : 'l'}`, `crn=${i > 0 ? view.buckets[i - 1] : '<s>'}|${view.buckets[i]}|${i + 1 < n ? view.buckets[i + 1] : '</s>'}`);
  }
  for (const mark of view.gazetteer[i]!) f.push('g=' + mark);
  if (i > 0) for (const mark of view.gazetteer[i - 1]!) f.push('g-1=' + mark);
  if (i + 1 < n) for (const mark of view.gazetteer[i + 1]!) f.push('g+1=' + mark);
  return f;
}

/** The neighbour word at offset from i, or a boundary pseudo-word. */
export function neighbourAt(words: readonly string[], i: number, offset: number): string {
  const k = i + offset;
  return k < 0 ? BEFORE : k >= words.length ? AFTER : words[k]!;
}

/** Returns, for each token of a sentence, all observation features (tag history is added by the decoder). */
export function observationFeatures(words: readonly string[], casing: DocumentCasing, gazetteer: Gazetteer, lexicon?: ReadonlyMap<string, string>, clusters?: WordClusters): string[][] {
  const view = viewSentence(words, gazetteer, lexicon);
  return words.map((word, i) => {
    const f = unaryFeatures(word, lexicon, clusters);
    for (const offset of NEIGHBOUR_OFFSETS) f.push(...neighbourFeatures(neighbourAt(words, i, offset), offset, clusters));
    f.push(...pairFeatures(view, i, casing));
    return f;
  });
}

/** Features of the two previous predicted tags. */
export function tagFeatures(previous: string, beforePrevious: string): string[] {
  return ['t-1=' + previous, 't-2t-1=' + beforePrevious + '|' + previous];
}

/** Features pairing the previous predicted tag with the current word's form and shape. */
export function tagWordFeatures(previous: string, lower: string, shape: string): string[] {
  return ['t-1l=' + previous + '|' + lower, 't-1s=' + previous + '|' + shape];
}

/** All tag-history features for a token given the two previous predicted tags. */
export function historyFeatures(previous: string, beforePrevious: string, lower: string, shape: string): string[] {
  return [...tagFeatures(previous, beforePrevious), ...tagWordFeatures(previous, lower, shape)];
}

/** Entity types predicted so far for each capitalised word of a document ("extended prediction history"). */
export class PredictionHistory {
  private readonly counts = new Map<string, Map<string, number>>();

  /** Records the predicted tags of one sentence. */
  add(words: readonly string[], tags: readonly string[]): void {
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (!isCapitalised(word)) continue;
      const lower = word.toLowerCase();
      const tag = tags[i]!;
      const type = tag === 'O' ? 'O' : tag.slice(2);
      let map = this.counts.get(lower);
      if (!map) this.counts.set(lower, (map = new Map()));
      map.set(type, (map.get(type) ?? 0) + 1);
    }
  }

  /** The history feature for a word: its most frequent earlier type, or undefined when unseen. */
  featureOf(word: string): string | undefined {
    if (!isCapitalised(word)) return undefined;
    const map = this.counts.get(word.toLowerCase());
    if (!map) return undefined;
    let best = '';
    let bestCount = 0;
    for (const [type, count] of map) if (count > bestCount) [best, bestCount] = [type, count];
    return 'h=' + best;
  }
}
