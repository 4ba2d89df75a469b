/** Confusion counts from must-contain / must-not-contain snippets, as trafilatura's evaluation tallies them. */
export interface SnippetCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

/** Whitespace-normalises text the way trafilatura's evaluation does before substring matching. */
export function normalizeForMatch(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Counts snippets found in an extraction: a found `with` is a true positive, a found `without` a false positive; no output misses all. */
export function countSnippets(result: string | undefined, expected: { with: readonly string[]; without: readonly string[] }): SnippetCounts {
  const text = result === undefined ? undefined : normalizeForMatch(result);
  const truePositives = text === undefined ? 0 : expected.with.filter((s) => text.includes(normalizeForMatch(s))).length;
  const falsePositives = text === undefined ? 0 : expected.without.filter((s) => text.includes(normalizeForMatch(s))).length;
  return { truePositives, falsePositives, falseNegatives: expected.with.length - truePositives, trueNegatives: expected.without.length - falsePositives };
}

/** Precision, recall, accuracy and F1 of summed snippet counts (trafilatura's formulas; 0 when undefined). */
export function snippetScores(c: SnippetCounts): { precision: number; recall: number; accuracy: number; f1: number } {
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
  return {
    precision: ratio(c.truePositives, c.truePositives + c.falsePositives),
    recall: ratio(c.truePositives, c.truePositives + c.falseNegatives),
    accuracy: ratio(c.truePositives + c.trueNegatives, c.truePositives + c.trueNegatives + c.falsePositives + c.falseNegatives),
    f1: ratio(2 * c.truePositives, 2 * c.truePositives + c.falsePositives + c.falseNegatives),
  };
}

/** Shingle length of the ScrapingHub article-extraction benchmark. */
export const SHINGLE_WORDS = 4;

/** Per-document [tp, fp, fn] over word 4-gram shingles, normalised to sum 1 (ScrapingHub benchmark). */
export function shingleMatch(truth: string, predicted: string, n = SHINGLE_WORDS): [number, number, number] {
  const expected = shingles(truth, n);
  const got = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...expected.keys(), ...got.keys()])) {
    const e = expected.get(key) ?? 0;
    const g = got.get(key) ?? 0;
    tp += Math.min(e, g);
    fp += Math.max(0, g - e);
    fn += Math.max(0, e - g);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

/** Mean per-document precision and recall, and F1 of those means, as the ScrapingHub benchmark reports them. */
export function shingleScores(documents: readonly [number, number, number][]): { precision: number; recall: number; f1: number } {
  const precisions = documents.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fp)));
  const recalls = documents.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fn)));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

function shingles(text: string, n: number): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}\p{Mn}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}
