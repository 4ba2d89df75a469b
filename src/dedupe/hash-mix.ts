/** Bit mixing shared by the dedupe hashes. */

/** murmur3's 32-bit finaliser: spreads every input bit over the whole result, as an unsigned 32-bit number. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
