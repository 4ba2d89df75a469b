/**
 * The entity tagger's model: averaged-perceptron weights over string features, greedy left-to-right
 * decoding over IOB2 tags, and the gzip'd JSON file format the weights are shipped in.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  collectCasing,
  gazetteerPrefixes,
  tagFeatures,
  tagWordFeatures,
  neighbourAt,
  neighbourFeatures,
  NEIGHBOUR_OFFSETS,
  contextFeatures,
  PredictionHistory,
  unaryFeatures,
  viewSentence,
  type DocumentCasing,
  type Gazetteer,
} from './features.ts';
import { addPairIds, createPairIds, numberSentence, type PairIds } from './pair-ids.ts';
import { formatClusters, parseClusters, type WordClusters } from './word-clusters.ts';

/** Format name written into model files, checked when loading. */
export const MODEL_FORMAT = 'dossier-ner-perceptron/1';

/** A loaded tagger: tag set, feature index, dense weights (feature × tag) and gazetteer. */
export interface EntityModel {
  tags: readonly string[];
  features: ReadonlyMap<string, number>;
  /** weights[feature * tags.length + tag]. */
  weights: Float32Array;
  gazetteer: Gazetteer;
  /** Casing lexicon learned from unlabelled text (lower-cased word → bucket), when the model uses one. */
  lexicon?: ReadonlyMap<string, string>;
  /** Word clusters learned from unlabelled text (word → class id per granularity), when the model uses them. */
  clusters?: WordClusters;
  /** Proper prefixes of multi-word gazetteer phrases (lets phrase lookups stop early; a speed-up only). */
  gazetteerPrefixes?: ReadonlySet<string>;
  /** Memo of the previous-two-tags feature ids per tag pair (a speed-up only). */
  tagPairCache?: (number[] | undefined)[];
  /** Memo of per-word feature ids (a speed-up only; bounded by WORD_CACHE_LIMIT). */
  wordCache?: Map<string, WordIds>;
  /** Memo of the pair-template feature ids by word and shape numbers (a speed-up only). */
  pairIds?: PairIds;
}

/** Feature ids a word contributes by itself and as each neighbour offset. */
interface WordIds {
  self: number[];
  neighbour: number[][];
  /** Ids of the tag-history features, per previous tag (index tags.length stands for the sentence start). */
  afterTag: (number[] | undefined)[];
}

/** Most words whose feature ids are memoised before the memo is cleared. */
export const WORD_CACHE_LIMIT = 200_000;

/** The on-disk form of a model (inside gzip). */
interface ModelFile {
  format: string;
  tags: string[];
  scale: number;
  gazetteer: Record<string, string[]>;
  /** Casing bucket → words. */
  lexicon?: Record<string, string[]>;
  /** Word clusters in the text form of formatClusters. */
  clusters?: string;
  features: string[];
  /** Base64 of little-endian Int16 weights, feature-major. */
  weights: string;
}

/**
 * Returns true when tag `next` may follow tag `previous`. IOB2: I-X only after B-X or I-X. BILOU
 * (a tag set with U- tags): after B-X or I-X only I-X or L-X; elsewhere only O, B- or U-; and a
 * sentence's last token cannot open a phrase.
 */
export function isAllowed(previous: string, next: string, bilou = false, last = false): boolean {
  const p = previous.charCodeAt(0);
  const n = next.charCodeAt(0);
  const open = p === 66 /* B */ || p === 73; /* I */
  if (!bilou) return n !== 73 || (open && previous.slice(2) === next.slice(2));
  if (open) return (n === 73 || n === 76) /* I, L */ && previous.slice(2) === next.slice(2) && !(last && n === 73);
  if (n === 73 || n === 76) return false;
  return !(last && n === 66);
}

/** True when a tag set is BILOU (has U- tags) rather than IOB2. */
export function isBilou(tags: readonly string[]): boolean {
  return tags.some((t) => t.startsWith('U-'));
}

/** Maps a BILOU tag to IOB2 (U→B, L→I); IOB2 tags pass through. */
export function toIob2Tag(tag: string): string {
  const c = tag.charCodeAt(0);
  return c === 85 /* U */ ? 'B' + tag.slice(1) : c === 76 /* L */ ? 'I' + tag.slice(1) : tag;
}

/** Converts IOB2 tags of one sentence to BILOU. */
export function toBilou(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (tag === 'O') return tag;
    const continues = tags[i + 1]?.startsWith('I-') === true;
    if (tag.startsWith('B-')) return (continues ? 'B-' : 'U-') + tag.slice(2);
    return (continues ? 'I-' : 'L-') + tag.slice(2);
  });
}

/** Adds the weight rows of the given feature ids into `scores`. */
function addScores(model: EntityModel, ids: readonly number[], scores: Float64Array): void {
  const width = model.tags.length;
  const weights = model.weights;
  for (const id of ids) {
    const base = id * width;
    for (let t = 0; t < width; t++) scores[t]! += weights[base + t]!;
  }
}

/** Looks up known feature ids for a list of feature strings (unknown features are dropped). */
function idsOf(model: EntityModel, features: readonly string[], out: number[]): void {
  for (const feature of features) {
    const id = model.features.get(feature);
    if (id !== undefined) out.push(id);
  }
}

/** Tags every sentence of one document (lists of tokens) with IOB2 tags. */
export function tagDocument(model: EntityModel, sentences: readonly (readonly string[])[]): string[][] {
  const casing = collectCasing(sentences);
  const history = new PredictionHistory();
  return sentences.map((words) => {
    const tags = tagSentence(model, words, casing, history);
    history.add(words, tags);
    return tags;
  });
}

/** Feature ids of a word alone and as a neighbour, memoised on the model. */
function wordIds(model: EntityModel, word: string): WordIds {
  const cache = (model.wordCache ??= new Map());
  let entry = cache.get(word);
  if (entry) return entry;
  const self: number[] = [];
  idsOf(model, unaryFeatures(word, model.lexicon, model.clusters), self);
  const neighbour = NEIGHBOUR_OFFSETS.map((offset) => {
    const ids: number[] = [];
    idsOf(model, neighbourFeatures(word, offset, model.clusters), ids);
    return ids;
  });
  entry = { self, neighbour, afterTag: [] };
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(word, entry);
  return entry;
}

/** Ids of the previous-two-tags features, memoised per tag pair (tag index tags.length = sentence start). */
function tagPairIds(model: EntityModel, previous: number, beforePrevious: number): number[] {
  const { tags } = model;
  const key = previous * (tags.length + 1) + beforePrevious;
  const cache = (model.tagPairCache ??= []);
  let ids = cache[key];
  if (!ids) {
    ids = [];
    const name = (t: number): string => (t === tags.length ? '<s>' : tags[t]!);
    idsOf(model, tagFeatures(name(previous), name(beforePrevious)), ids);
    cache[key] = ids;
  }
  return ids;
}

/** Greedy left-to-right decoding of one sentence. */
export function tagSentence(model: EntityModel, words: readonly string[], casing: DocumentCasing, history?: PredictionHistory): string[] {
  const { tags } = model;
  const bilou = isBilou(tags);
  const view = viewSentence(words, model.gazetteer, model.lexicon, model.gazetteerPrefixes);
  const scores = new Float64Array(tags.length);
  const out: string[] = [];
  const ids: number[] = [];
  const pairMemo = (model.pairIds ??= createPairIds());
  const numbered = numberSentence(pairMemo, view);
  let previousIndex = 0;
  let beforeIndex = tags.length;
  for (let i = 0; i < words.length; i++) {
    scores.fill(0);
    ids.length = 0;
    const word = words[i]!;
    for (const id of wordIds(model, word).self) ids.push(id);
    for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
      for (const id of wordIds(model, neighbourAt(words, i, NEIGHBOUR_OFFSETS[k]!)).neighbour[k]!) ids.push(id);
    }
    addPairIds(pairMemo, model.features, view, numbered, i, ids);
    idsOf(model, contextFeatures(view, i, casing), ids);
    const previous = i > 0 ? out[i - 1]! : '<s>';
    const slot = i > 0 ? previousIndex : tags.length;
    for (const id of tagPairIds(model, slot, i > 1 ? beforeIndex : tags.length)) ids.push(id);
    beforeIndex = slot;
    const entry = wordIds(model, word);
    let afterTag = entry.afterTag[slot];
    if (!afterTag) {
      afterTag = [];
      idsOf(model, tagWordFeatures(previous, view.lowers[i]!, view.shapes[i]!), afterTag);
      entry.afterTag[slot] = afterTag;
    }
    for (const id of afterTag) ids.push(id);
    const earlier = history?.featureOf(word);
    if (earlier !== undefined) idsOf(model, [earlier], ids);
    addScores(model, ids, scores);
    previousIndex = bestAllowed(tags, scores, i > 0 ? previous : 'O', bilou, i === words.length - 1);
    out.push(tags[previousIndex]!);
  }
  return bilou ? out.map(toIob2Tag) : out;
}

/** Index of the best-scoring tag that may follow `previous`. */
export function bestAllowed(tags: readonly string[], scores: Float64Array, previous: string, bilou = false, last = false): number {
  let best = -1;
  for (let t = 0; t < tags.length; t++) {
    if (!isAllowed(previous, tags[t]!, bilou, last)) continue;
    if (best < 0 || scores[t]! > scores[best]!) best = t;
  }
  return best;
}

/** Serialises a model to gzip'd JSON, dropping features whose weights all round to zero. */
export function serialiseModel(model: EntityModel): Buffer {
  const width = model.tags.length;
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  const kept: string[] = [];
  const rows: Int16Array[] = [];
  for (const [feature, id] of model.features) {
    const row = new Int16Array(width);
    let any = false;
    for (let t = 0; t < width; t++) {
      row[t] = Math.round(model.weights[id * width + t]! / scale);
      if (row[t] !== 0) any = true;
    }
    if (!any) continue;
    kept.push(feature);
    rows.push(row);
  }
  const packed = new Int16Array(kept.length * width);
  rows.forEach((row, i) => packed.set(row, i * width));
  const gazetteer: Record<string, string[]> = {};
  for (const [phrase, categories] of model.gazetteer) for (const c of categories) (gazetteer[c] ??= []).push(phrase);
  const lexicon: Record<string, string[]> = {};
  for (const [word, bucket] of model.lexicon ?? []) (lexicon[bucket] ??= []).push(word);
  const file: ModelFile = {
    format: MODEL_FORMAT,
    tags: [...model.tags],
    scale,
    gazetteer,
    ...(model.lexicon ? { lexicon } : {}),
    ...(model.clusters ? { clusters: formatClusters(model.clusters) } : {}),
    features: kept,
    weights: Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength).toString('base64'),
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

/** Parses a model from the bytes written by serialiseModel; throws on a foreign format. */
export function deserialiseModel(bytes: Buffer): EntityModel {
  const file = JSON.parse(gunzipSync(bytes).toString('utf8')) as ModelFile;
  if (file.format !== MODEL_FORMAT) throw new Error(`entity model: expected format "${MODEL_FORMAT}", found "${file.format}"`);
  const raw = Buffer.from(file.weights, 'base64');
  const packed = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const weights = new Float32Array(packed.length);
  for (let i = 0; i < packed.length; i++) weights[i] = packed[i]! * file.scale;
  const features = new Map<string, number>();
  file.features.forEach((feature, i) => features.set(feature, i));
  const gazetteer = new Map<string, string[]>();
  for (const [category, phrases] of Object.entries(file.gazetteer)) {
    for (const phrase of phrases) {
      const list = gazetteer.get(phrase);
      if (list) list.push(category);
      else gazetteer.set(phrase, [category]);
    }
  }
  const lexicon = file.lexicon ? new Map(Object.entries(file.lexicon).flatMap(([bucket, words]) => words.map((w) => [w, bucket] as const))) : undefined;
  const clusters = file.clusters !== undefined ? parseClusters(file.clusters) : undefined;
  return { tags: file.tags, features, weights, gazetteer, gazetteerPrefixes: gazetteerPrefixes(gazetteer), ...(lexicon ? { lexicon } : {}), ...(clusters ? { clusters } : {}) };
}
