/**
 * Word clusters learned from unlabelled text by exchange clustering (Uszkoreit & Brants 2008): each
 * word is moved to the class that most improves a predictive class bigram model P(class(w) | previous
 * word). Words used alike ("Tuesday"/"Friday", "Smith"/"Jones") end up in one class, which lets the
 * tagger generalise to names the labelled data never showed. Built offline by scripts/train-clusters.ts.
 */

/** Word → its class id at each granularity (coarsest first), e.g. "Friday" → ["12", "87", "301"]. */
export type WordClusters = ReadonlyMap<string, readonly string[]>;

/** Options of one exchange-clustering run. */
export interface ExchangeOptions {
  /** Number of classes. */
  classes: number;
  /** Full passes over the vocabulary (stops earlier when no word moves). */
  passes: number;
  /** Words seen fewer times are not clustered (they count as one unknown word). */
  minCount: number;
  /** Progress callback after each pass: pass number, words moved, objective. */
  onPass?: (pass: number, moved: number, objective: number) => void;
}

/** Pseudo-word standing for every out-of-vocabulary word and, as a predecessor, for the sentence start. */
const UNKNOWN = '\u0000unk';
const START = '\u0000s';

/** Normalises a token before clustering or lookup: digits collapse to 0 ("1996" → "0000"). */
export function clusterKey(word: string): string {
  return word.replace(/[0-9]/g, '0');
}

/** x·ln x, with 0·ln 0 = 0. */
function xlogx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0;
}

/**
 * Clusters the words of tokenised sentences into `classes` classes by exchange; returns word → class.
 * Cost per pass is about (distinct bigrams × classes); deterministic for a given input.
 */
export function exchangeClusters(sentences: readonly (readonly string[])[], options: ExchangeOptions): Map<string, number> {
  const { classes: C } = options;
  // 1. Vocabulary: words with enough sightings, most frequent first (ties by spelling for determinism).
  const counts = new Map<string, number>();
  for (const words of sentences) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= options.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  vocab.push(UNKNOWN, START);
  const id = new Map(vocab.map((w, i) => [w, i]));
  const V = vocab.length;
  const unknown = id.get(UNKNOWN)!;
  const start = id.get(START)!;
  // 2. Bigram counts N(v, w), stored per w as its list of predecessors.
  const pairs = new Map<number, number>();
  const wordCount = new Float64Array(V);
  for (const words of sentences) {
    let previous = start;
    for (const w of words) {
      const current = id.get(w) ?? unknown;
      wordCount[current]!++;
      const key = current * V + previous;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
      previous = current;
    }
  }
  const keys = [...pairs.keys()].sort((a, b) => a - b);
  const predStart = new Int32Array(V + 1);
  const predWord = new Int32Array(keys.length);
  const predCount = new Float64Array(keys.length);
  keys.forEach((key, k) => {
    const w = Math.floor(key / V);
    predWord[k] = key - w * V;
    predCount[k] = pairs.get(key)!;
    predStart[w + 1]!++;
  });
  for (let w = 0; w < V; w++) predStart[w + 1]! += predStart[w]!;
  pairs.clear();
  // 3. Initial classes round-robin by frequency; N(v, c) dense, N(c) per class.
  const classOf = new Int32Array(V);
  for (let w = 0; w < V; w++) classOf[w] = w % C;
  const pairClass = new Float64Array(V * C);
  const classCount = new Float64Array(C);
  for (let w = 0; w < V; w++) {
    const c = classOf[w]!;
    classCount[c]! += wordCount[w]!;
    for (let k = predStart[w]!; k < predStart[w + 1]!; k++) pairClass[predWord[k]! * C + c]! += predCount[k]!;
  }
  // 4. Exchange passes.
  const gain = new Float64Array(C);
  for (let pass = 1; pass <= options.passes; pass++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      if (w === start || wordCount[w] === 0) continue;
      const from = classOf[w]!;
      const first = predStart[w]!;
      const last = predStart[w + 1]!;
      // Take w out of its class.
      for (let k = first; k < last; k++) pairClass[predWord[k]! * C + from]! -= predCount[k]!;
      classCount[from]! -= wordCount[w]!;
      // Gain of putting it into each class: Σ_v [f(N(v,c)+n) − f(N(v,c))] − [f(N(c)+N(w)) − f(N(c))].
      let base = 0;
      for (let k = first; k < last; k++) base += xlogx(predCount[k]!);
      gain.fill(base);
      for (let k = first; k < last; k++) {
        const n = predCount[k]!;
        const fn = xlogx(n);
        const row = predWord[k]! * C;
        for (let c = 0; c < C; c++) {
          const m = pairClass[row + c]!;
          if (m !== 0) gain[c]! += xlogx(m + n) - xlogx(m) - fn;
        }
      }
      const nw = wordCount[w]!;
      let best = from;
      let bestGain = -Infinity;
      for (let c = 0; c < C; c++) {
        const g = gain[c]! - (xlogx(classCount[c]! + nw) - xlogx(classCount[c]!));
        if (g > bestGain + 1e-9 || (c === from && g >= bestGain - 1e-9)) [best, bestGain] = [c, g];
      }
      if (best !== from) moved++;
      classOf[w] = best;
      for (let k = first; k < last; k++) pairClass[predWord[k]! * C + best]! += predCount[k]!;
      classCount[best]! += nw;
    }
    if (options.onPass) {
      let objective = 0;
      for (let i = 0; i < pairClass.length; i++) objective += xlogx(pairClass[i]!);
      for (let c = 0; c < C; c++) objective -= xlogx(classCount[c]!);
      options.onPass(pass, moved, objective);
    }
    if (moved === 0) break;
  }
  const out = new Map<string, number>();
  for (let w = 0; w < V; w++) if (w !== start && w !== unknown) out.set(vocab[w]!, classOf[w]!);
  return out;
}

/** Serialises clusters as text: one "word<TAB>id<TAB>id…" line per word. */
export function formatClusters(clusters: WordClusters): string {
  let out = '';
  for (const [word, ids] of clusters) out += `${word}\t${ids.join('\t')}\n`;
  return out;
}

/** Parses the text written by formatClusters. */
export function parseClusters(text: string): Map<string, string[]> {
  const clusters = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [word, ...ids] = line.split('\t');
    if (word && ids.length > 0) clusters.set(word, ids);
  }
  return clusters;
}

/** Class ids of a word: its own spelling, else its lower-case, else its capitalised form; undefined when unknown. */
export function clustersOf(clusters: WordClusters, word: string): readonly string[] | undefined {
  const key = clusterKey(word);
  const exact = clusters.get(key);
  if (exact) return exact;
  const lower = key.toLowerCase();
  return clusters.get(lower) ?? clusters.get(lower.charAt(0).toUpperCase() + lower.slice(1));
}
