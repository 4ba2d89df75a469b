/** Number → number hash table on typed arrays (open addressing, linear probing): millions of entries as a few flat buffers instead of Map entries the garbage collector must trace. */
import { mix32 } from './hash-mix.ts';

/** Share of slots that may be filled before the table doubles. */
const MAX_LOAD = 0.5;
/** Marks an empty slot (keys are non-negative). */
const EMPTY = -1;

/** Mixes a key of up to 53 bits into a 32-bit slot hash (both halves folded, then the murmur3 finaliser). */
function slotHash(key: number): number {
  return mix32((key >>> 0) ^ Math.imul(Math.floor(key / 4294967296) | 0, 0x9e3779b1));
}

/** Map from non-negative integer keys (≤ 2^53) to 32-bit signed integer values; entries are never removed. */
export class NumberTable {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  /** Entries held. */
  size = 0;

  /** Creates a table sized for about `expected` entries (it grows past them). */
  constructor(expected = 16) {
    let capacity = 16;
    while (capacity * MAX_LOAD < expected) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private slotOf(key: number): number {
    let slot = slotHash(key) & this.mask;
    while (this.keys[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** Value stored under `key`, or undefined. */
  get(key: number): number | undefined {
    const slot = this.slotOf(key);
    return this.keys[slot] === EMPTY ? undefined : this.values[slot];
  }

  /** True when `key` has a value. */
  has(key: number): boolean {
    return this.keys[this.slotOf(key)] !== EMPTY;
  }

  /** Stores `value` (a 32-bit signed integer) under `key` (an integer 0 ≤ key < 2^53). */
  set(key: number, value: number): void {
    const slot = this.slotOf(key);
    if (this.keys[slot] === EMPTY) {
      this.keys[slot] = key;
      this.size += 1;
      this.values[slot] = value;
      if (this.size > this.keys.length * MAX_LOAD) this.grow();
    } else this.values[slot] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === EMPTY) continue;
      const slot = this.slotOf(keys[i]!);
      this.keys[slot] = keys[i]!;
      this.values[slot] = values[i]!;
    }
  }
}
