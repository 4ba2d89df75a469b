import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adjustedRandIndex, scoreBCubed } from './metrics.ts';

test('B-cubed and adjusted Rand on small labelings', () => {
  const table: [string[], string[], { precision: number; recall: number; ari: number }][] = [
    [['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y'], { precision: 1, recall: 1, ari: 1 }],
    [['a', 'a', 'a', 'a'], ['x', 'x', 'y', 'y'], { precision: 0.5, recall: 1, ari: 0 }],
    [['a', 'b', 'c', 'd'], ['x', 'x', 'y', 'y'], { precision: 1, recall: 0.5, ari: 0 }],
    [['a', 'a', 'b', 'c'], ['x', 'x', 'x', 'y'], { precision: 1, recall: 2 / 3, ari: 1 / 3 }],
  ];
  for (const [predicted, gold, expected] of table) {
    const b = scoreBCubed(predicted, gold);
    assert.ok(Math.abs(b.precision - expected.precision) < 1e-9, `precision ${b.precision} for ${predicted}`);
    assert.ok(Math.abs(b.recall - expected.recall) < 1e-9, `recall ${b.recall} for ${predicted}`);
    assert.ok(Math.abs(adjustedRandIndex(predicted, gold) - expected.ari) < 1e-9, `ari ${adjustedRandIndex(predicted, gold)} for ${predicted}`);
  }
});
