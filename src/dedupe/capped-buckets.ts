/** LSH buckets as flat typed arrays: per band, a number table from bucket key to one article number or to a ring of the latest few. */
import { NumberTable } from './number-table.ts';

/** Buckets of article numbers keyed by (band, key), each keeping only its `capacity` most recent articles, oldest first. */
export class CappedBuckets {
  private readonly tables: NumberTable[];
  /** Rings of `stride` cells: [oldest position, count, ...capacity article numbers]. */
  private rings = new Int32Array(1024);
  private ringsUsed = 0;
  private readonly stride: number;

  /** Creates `bands` empty bucket tables whose buckets hold at most `capacity` articles each. */
  constructor(bands: number, private readonly capacity: number) {
    this.tables = Array.from({ length: bands }, () => new NumberTable());
    this.stride = capacity + 2;
  }

  /** Adds `article` to bucket `key` of `band`, dropping the bucket's oldest article when it is full. */
  add(band: number, key: number, article: number): void {
    const table = this.tables[band]!;
    const value = table.get(key);
    // A value ≥ 0 is a lone article (most buckets); a negative value -(ring + 1) points at a ring.
    if (value === undefined) table.set(key, article);
    else if (value >= 0) {
      const ring = this.newRing();
      this.rings[ring + 2] = value;
      this.rings[ring + 3] = article;
      this.rings[ring + 1] = 2;
      table.set(key, -(ring / this.stride) - 1);
    } else {
      const ring = (-value - 1) * this.stride;
      const start = this.rings[ring]!;
      const count = this.rings[ring + 1]!;
      if (count < this.capacity) {
        this.rings[ring + 2 + ((start + count) % this.capacity)] = article;
        this.rings[ring + 1] = count + 1;
      } else {
        this.rings[ring + 2 + start] = article;
        this.rings[ring] = (start + 1) % this.capacity;
      }
    }
  }

  /** Article numbers in bucket `key` of `band`, oldest first (empty when there is none). */
  get(band: number, key: number): number[] {
    const value = this.tables[band]!.get(key);
    if (value === undefined) return [];
    if (value >= 0) return [value];
    const ring = (-value - 1) * this.stride;
    const start = this.rings[ring]!;
    const count = this.rings[ring + 1]!;
    const articles: number[] = [];
    for (let i = 0; i < count; i++) articles.push(this.rings[ring + 2 + ((start + i) % this.capacity)]!);
    return articles;
  }

  private newRing(): number {
    if (this.ringsUsed + this.stride > this.rings.length) {
      const grown = new Int32Array(this.rings.length * 2);
      grown.set(this.rings);
      this.rings = grown;
    }
    const ring = this.ringsUsed;
    this.ringsUsed += this.stride;
    this.rings[ring] = 0;
    return ring;
  }
}
