/**
 * Averaged-perceptron training for the entity tagger (greedy decoding with predicted tag history),
 * keeping the averaged weights of the epoch that scores best on a development set.
 */
import { collectCasing, historyFeatures, observationFeatures, PredictionHistory, shortShape, type Gazetteer } from './features.ts';
import { bestAllowed, isBilou, toBilou, type EntityModel } from './model.ts';
import type { WordClusters } from './word-clusters.ts';

/** A training document: sentences of words with IOB2 gold tags (converted to BILOU when the tag set is BILOU). */
export interface TrainingDocument {
  sentences: { words: string[]; tags: string[] }[];
}

/** Options for training; `evaluate` scores a candidate model on held-out data (higher is better). */
export interface TrainingOptions {
  tags: readonly string[];
  gazetteer: Gazetteer;
  /** Casing lexicon from unlabelled text (optional feature source). */
  lexicon?: ReadonlyMap<string, string>;
  /** Word clusters from unlabelled text (optional feature source). */
  clusters?: WordClusters;
  epochs: number;
  /** Observation features seen fewer times than this in training are not learned. */
  minFeatureCount: number;
  evaluate: (model: EntityModel, epoch: number) => number;
  seed?: number;
}

/** Growable feature-major weight table with the lazy-averaging accumulators. */
class WeightTable {
  readonly index = new Map<string, number>();
  weights: Float64Array;
  totals: Float64Array;
  constructor(readonly width: number) {
    this.weights = new Float64Array(1 << 20);
    this.totals = new Float64Array(1 << 20);
  }

  idOf(feature: string): number {
    let id = this.index.get(feature);
    if (id === undefined) {
      id = this.index.size;
      this.index.set(feature, id);
      if ((id + 1) * this.width > this.weights.length) this.grow();
    }
    return id;
  }

  private grow(): void {
    const weights = new Float64Array(this.weights.length * 2);
    weights.set(this.weights);
    const totals = new Float64Array(this.totals.length * 2);
    totals.set(this.totals);
    this.weights = weights;
    this.totals = totals;
  }

  /** Averaged weights at step `count` (w − totals / count). */
  averaged(count: number): Float32Array {
    const size = this.index.size * this.width;
    const out = new Float32Array(size);
    for (let i = 0; i < size; i++) out[i] = this.weights[i]! - this.totals[i]! / count;
    return out;
  }
}

/** Small deterministic PRNG (mulberry32) so training runs are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains a tagger and returns the best-scoring averaged model with its epoch and score. */
export function trainPerceptron(documents: readonly TrainingDocument[], options: TrainingOptions): { model: EntityModel; epoch: number; score: number } {
  const { tags, gazetteer } = options;
  const width = tags.length;
  const bilou = isBilou(tags);
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const table = new WeightTable(width);
  // 1. Observation features per token, counted so that rare ones can be dropped.
  const parsed: { words: string[]; gold: number[]; features: string[][] }[][] = [];
  const counts = new Map<string, number>();
  for (const document of documents) {
    const casing = collectCasing(document.sentences.map((s) => s.words));
    parsed.push(
      document.sentences.map((sentence) => {
        const features = observationFeatures(sentence.words, casing, gazetteer, options.lexicon, options.clusters);
        for (const list of features) for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1);
        return { words: sentence.words, gold: (bilou ? toBilou(sentence.tags) : sentence.tags).map((t) => tagIndex.get(t) ?? 0), features };
      }),
    );
  }
  const prepared: PreparedSentence[][] = parsed.map((sentences) =>
    sentences.map((s) => ({
      words: s.words,
      gold: s.gold,
      ids: s.features.map((list) => Int32Array.from(list.filter((f) => (counts.get(f) ?? 0) >= options.minFeatureCount).map((f) => table.idOf(f)))),
    })),
  );
  counts.clear();
  // 2. Epochs of greedy decoding with updates on every wrong tag.
  const next = random(options.seed ?? 1);
  let step = 1;
  let best = { model: undefined as EntityModel | undefined, epoch: 0, score: -Infinity };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = prepared.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [prepared[i], prepared[j]] = [prepared[j]!, prepared[i]!];
    }
    for (const document of prepared) {
      const memory = new PredictionHistory();
      for (const sentence of document) {
        const predicted = trainSentence(table, tags, bilou, sentence, memory, step);
        step += sentence.words.length;
        memory.add(sentence.words, predicted);
      }
    }
    const model: EntityModel = { tags, features: new Map(table.index), weights: table.averaged(step), gazetteer, ...(options.lexicon ? { lexicon: options.lexicon } : {}), ...(options.clusters ? { clusters: options.clusters } : {}) };
    const score = options.evaluate(model, epoch);
    // Ties go to the later epoch: more passes, same held-out score.
    if (score >= best.score) best = { model, epoch, score };
  }
  return { model: best.model!, epoch: best.epoch, score: best.score };
}

/** A sentence ready for training: words, gold tag indices and observation feature ids per token. */
interface PreparedSentence {
  words: string[];
  gold: number[];
  ids: Int32Array[];
}

/** Decodes one sentence greedily, updating the weights at every wrong tag; returns the predicted tags. */
function trainSentence(table: WeightTable, tags: readonly string[], bilou: boolean, sentence: PreparedSentence, memory: PredictionHistory, firstStep: number): string[] {
  const width = tags.length;
  const scores = new Float64Array(width);
  const predicted: string[] = [];
  for (let i = 0; i < sentence.words.length; i++) {
    const step = firstStep + i;
    const previous = i > 0 ? predicted[i - 1]! : '<s>';
    const beforePrevious = i > 1 ? predicted[i - 2]! : '<s>';
    const word = sentence.words[i]!;
    const history = historyFeatures(previous, beforePrevious, word.toLowerCase(), shortShape(word));
    const earlier = memory.featureOf(word);
    if (earlier !== undefined) history.push(earlier);
    const obs = sentence.ids[i]!;
    scores.fill(0);
    const w = table.weights;
    for (const id of obs) for (let t = 0; t < width; t++) scores[t]! += w[id * width + t]!;
    const historyIds: number[] = [];
    for (const f of history) {
      const id = table.index.get(f);
      if (id === undefined) continue;
      historyIds.push(id);
      for (let t = 0; t < width; t++) scores[t]! += w[id * width + t]!;
    }
    const guess = bestAllowed(tags, scores, i > 0 ? previous : 'O', bilou, i === sentence.words.length - 1);
    const gold = sentence.gold[i]!;
    if (guess !== gold) {
      for (const f of history) if (!table.index.has(f)) historyIds.push(table.idOf(f));
      // Read the arrays after idOf: adding a feature may have grown (replaced) them.
      const weights = table.weights;
      const totals = table.totals;
      for (const list of [obs, historyIds]) {
        for (const id of list) {
          weights[id * width + gold]! += 1;
          totals[id * width + gold]! += step;
          weights[id * width + guess]! -= 1;
          totals[id * width + guess]! -= step;
        }
      }
    }
    predicted.push(tags[guess]!);
  }
  return predicted;
}

/** Averages the weights of models trained over the same tag set (e.g. with different shuffling seeds) into one model. */
export function averageModels(models: readonly EntityModel[]): EntityModel {
  const first = models[0]!;
  const width = first.tags.length;
  const features = new Map<string, number>();
  for (const model of models) for (const feature of model.features.keys()) if (!features.has(feature)) features.set(feature, features.size);
  const weights = new Float32Array(features.size * width);
  for (const model of models) {
    for (const [feature, id] of model.features) {
      const target = features.get(feature)! * width;
      for (let t = 0; t < width; t++) weights[target + t]! += model.weights[id * width + t]! / models.length;
    }
  }
  const { wordCache: _words, tagPairCache: _pairs, ...rest } = first;
  return { ...rest, features, weights };
}
