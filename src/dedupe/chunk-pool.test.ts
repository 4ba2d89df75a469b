import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChunkPool, TypedColumn } from './chunk-pool.ts';

test('chunk pool: items read back unchanged, including empty items, items at chunk ends and items longer than a chunk', () => {
  const pool = new ChunkPool(Int32Array, 8);
  const items = [[1, 2, 3], [], [4, 5, 6, 7, 8], [9], Array.from({ length: 20 }, (_, i) => 100 + i), [], [10, 11], [12, 13, 14, 15, 16, 17, 18, 19]];
  const offsets = items.map((item) => pool.append(item));
  items.forEach((item, i) => assert.deepEqual([...pool.view(offsets[i]!, item.length)], item, `item ${i}`));
});

test('typed column: grows on write and reads unwritten cells as its fill', () => {
  const column = new TypedColumn(Int32Array, -1, 2);
  column.set(0, 5);
  column.set(10, 7);
  assert.deepEqual([column.get(0), column.get(1), column.get(10), column.get(11), column.get(5000)], [5, -1, 7, -1, -1]);
  const times = new TypedColumn(Float64Array, NaN, 1);
  times.set(3, 1.5);
  assert.deepEqual([times.get(3), Number.isNaN(times.get(2))], [1.5, true]);
});
