/** Term-vector arithmetic for story matching: idf from the index's counts, cosine against story centroids. */

/** Inverse document frequency of a term seen in `frequency` of `total` articles (smoothed, never below 1). */
export function inverseFrequency(total: number, frequency: number): number {
  return Math.log((total + 1) / (frequency + 1)) + 1;
}

/** Sparse term vector keyed by term number (see the index's term table). */
export type TermVector = Map<number, number>;

/** Cosine of two idf-weighted vectors given as raw weights and an idf lookup. */
export function weightedCosine(a: TermVector, b: TermVector, idf: (term: number) => number): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, weight] of a) {
    const w = weight * idf(term);
    normA += w * w;
    const other = b.get(term);
    if (other !== undefined) dot += w * other * idf(term);
  }
  for (const [term, weight] of b) {
    const w = weight * idf(term);
    normB += w * w;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/** Adds `scale` × a unit-length copy of `vector` into `sum`. */
export function addNormalized(sum: TermVector, vector: TermVector, scale = 1): void {
  let norm = 0;
  for (const weight of vector.values()) norm += weight * weight;
  if (norm === 0) return;
  const factor = scale / Math.sqrt(norm);
  for (const [term, weight] of vector) sum.set(term, (sum.get(term) ?? 0) + weight * factor);
}

/** Keeps only the `keep` heaviest terms of a vector once it holds more than twice that many. */
export function pruneVector(vector: TermVector, keep: number): void {
  if (vector.size <= keep * 2) return;
  const kept = [...vector].sort((x, y) => y[1] - x[1]).slice(0, keep);
  vector.clear();
  for (const [term, weight] of kept) vector.set(term, weight);
}
