/**
 * Word clusters learned from unlabelled text: each frequent word is described by its left and right
 * neighbours among the most common words, and spherical k-means groups words used alike
 * ("Tuesday"/"Friday", "minister"/"secretary"). Used at training time; the map ships in the model.
 */

/** Settings for building clusters; the numbers are set by `npm run train:ner` on CoNLL-2003 valid. */
export interface ClusterOptions {
  /** Number of clusters. */
  clusters: number;
  /** Fewest occurrences for a word to be clustered. */
  minCount: number;
  /** How many of the most frequent words serve as context dimensions (each side). */
  contextSize: number;
  /** k-means passes. */
  iterations: number;
}

/** Defaults chosen for a few million tokens of news text. */
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { clusters: 256, minCount: 5, contextSize: 500, iterations: 8 };

/** Clusters the words of tokenised sentences; returns lower-cased word → cluster id (as a string). */
export function buildWordClusters(sentences: Iterable<readonly string[]>, options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Map<string, string> {
  const lowered: string[][] = [];
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    const words = sentence.map((w) => w.toLowerCase());
    lowered.push(words);
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const byFrequency = [...counts.entries()].filter(([, c]) => c >= options.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocabulary = new Map(byFrequency.map(([w], i) => [w, i]));
  const context = new Map(byFrequency.slice(0, options.contextSize).map(([w], i) => [w, i]));
  const dims = options.contextSize * 2;
  // 1. Sparse context vectors: counts of left neighbours (first half) and right neighbours (second half).
  const vectors: Map<number, number>[] = byFrequency.map(() => new Map());
  for (const words of lowered) {
    for (let i = 0; i < words.length; i++) {
      const v = vocabulary.get(words[i]!);
      if (v === undefined) continue;
      const left = i > 0 ? context.get(words[i - 1]!) : undefined;
      const right = i + 1 < words.length ? context.get(words[i + 1]!) : undefined;
      const vector = vectors[v]!;
      if (left !== undefined) vector.set(left, (vector.get(left) ?? 0) + 1);
      if (right !== undefined) vector.set(options.contextSize + right, (vector.get(options.contextSize + right) ?? 0) + 1);
    }
  }
  // 2. Square-root damping and unit length, so that cosine is a dot product.
  const sparse = vectors.map((vector) => {
    const index = Int32Array.from(vector.keys());
    const value = Float64Array.from(vector.values(), Math.sqrt);
    const norm = Math.hypot(...value) || 1;
    for (let k = 0; k < value.length; k++) value[k]! /= norm;
    return { index, value };
  });
  // 3. Spherical k-means, seeded with words spread evenly over the frequency ranking.
  const k = Math.min(options.clusters, sparse.length);
  const centroids = Array.from({ length: k }, (_, c) => {
    const seed = sparse[Math.floor((c * sparse.length) / k)]!;
    const centroid = new Float64Array(dims);
    seed.index.forEach((d, j) => (centroid[d] = seed.value[j]!));
    return centroid;
  });
  const assignment = new Int32Array(sparse.length);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    sparse.forEach((vector, v) => {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const centroid = centroids[c]!;
        let score = 0;
        for (let j = 0; j < vector.index.length; j++) score += centroid[vector.index[j]!]! * vector.value[j]!;
        if (score > bestScore) [best, bestScore] = [c, score];
      }
      assignment[v] = best;
    });
    for (const centroid of centroids) centroid.fill(0);
    sparse.forEach((vector, v) => {
      const centroid = centroids[assignment[v]!]!;
      for (let j = 0; j < vector.index.length; j++) centroid[vector.index[j]!]! += vector.value[j]!;
    });
    for (const centroid of centroids) {
      let norm = 0;
      for (const x of centroid) norm += x * x;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroid[d]! /= norm;
    }
  }
  return new Map(byFrequency.map(([w], v) => [w, String(assignment[v])]));
}
