/** Clustering quality measures against gold labels: B-cubed precision/recall/F1 and the adjusted Rand index. */

/** B-cubed scores (averaged over items). */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

function pairsOf(count: number): number {
  return (count * (count - 1)) / 2;
}

function countBy<T>(items: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** B-cubed precision, recall and F1 of predicted cluster labels against gold labels (same item order). */
export function scoreBCubed(predicted: readonly string[], gold: readonly string[]): BCubed {
  if (predicted.length !== gold.length) throw new Error(`scoreBCubed: ${predicted.length} predictions for ${gold.length} gold labels`);
  if (predicted.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const predictedSize = countBy(predicted);
  const goldSize = countBy(gold);
  const both = countBy(predicted.map((p, i) => `${p}\u0000${gold[i]}`));
  let precision = 0;
  let recall = 0;
  predicted.forEach((p, i) => {
    const shared = both.get(`${p}\u0000${gold[i]}`)!;
    precision += shared / predictedSize.get(p)!;
    recall += shared / goldSize.get(gold[i]!)!;
  });
  precision /= predicted.length;
  recall /= predicted.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Adjusted Rand index of predicted cluster labels against gold labels (1 = identical, ~0 = chance). */
export function adjustedRandIndex(predicted: readonly string[], gold: readonly string[]): number {
  if (predicted.length !== gold.length) throw new Error(`adjustedRandIndex: ${predicted.length} predictions for ${gold.length} gold labels`);
  const total = pairsOf(predicted.length);
  let sumBoth = 0;
  for (const count of countBy(predicted.map((p, i) => `${p}\u0000${gold[i]}`)).values()) sumBoth += pairsOf(count);
  let sumPredicted = 0;
  for (const count of countBy(predicted).values()) sumPredicted += pairsOf(count);
  let sumGold = 0;
  for (const count of countBy(gold).values()) sumGold += pairsOf(count);
  if (total === 0) return 1;
  const expected = (sumPredicted * sumGold) / total;
  const maximum = (sumPredicted + sumGold) / 2;
  return maximum === expected ? 1 : (sumBoth - expected) / (maximum - expected);
}
