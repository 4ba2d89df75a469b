import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NumberTable } from './number-table.ts';

test('number table: stores, overwrites and misses like a Map', () => {
  const rows: [key: number, value: number][] = [
    [0, 7],
    [1, -3],
    [2 ** 32 + 5, 11], // above 32 bits
    [2 ** 52 + 1, 2 ** 31 - 1], // 53-bit key, largest value
    [1, 4], // overwrite
  ];
  const table = new NumberTable();
  const map = new Map<number, number>();
  for (const [key, value] of rows) {
    table.set(key, value);
    map.set(key, value);
  }
  for (const key of [...map.keys(), 3, 2 ** 32 + 6]) assert.equal(table.get(key), map.get(key), `key ${key}`);
  assert.equal(table.size, map.size);
  assert.equal(table.has(3), false);
});

test('number table: keeps every entry across growth', () => {
  const table = new NumberTable(4);
  for (let i = 0; i < 50_000; i++) table.set(i * 7919 + 2 ** 40, i);
  assert.equal(table.size, 50_000);
  for (let i = 0; i < 50_000; i += 997) assert.equal(table.get(i * 7919 + 2 ** 40), i);
  assert.equal(table.get(1), undefined);
});
