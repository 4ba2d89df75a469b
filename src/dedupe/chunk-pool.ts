/** Append-only storage of many small number arrays in large typed-array chunks, and growable typed columns: per-item data without per-item objects for the garbage collector to trace. */

/** The typed-array kinds a pool or column can hold. */
type TypedArray = Int32Array | Uint32Array | Float32Array | Float64Array | Uint16Array;
type TypedArrayKind<T extends TypedArray> = { new (length: number): T };

/** Elements per chunk when none is given (1 MiB of 4-byte elements, 2 MiB of 8-byte ones). */
export const CHUNK_ELEMENTS = 1 << 18;

/** Items appended end to end into fixed-size chunks (an item never straddles two); an item is addressed by its offset. */
export class ChunkPool<T extends TypedArray> {
  private readonly chunks: T[] = [];
  private used: number;

  /** Creates an empty pool of `kind` chunks of `chunkElements` elements (items longer than a chunk get a chunk of their own size). */
  constructor(private readonly kind: TypedArrayKind<T>, private readonly chunkElements = CHUNK_ELEMENTS) {
    this.used = chunkElements;
  }

  /** Copies `values` into the pool and returns their offset. */
  append(values: ArrayLike<number>): number {
    const length = values.length;
    // An empty item needs no room: any offset inside the first chunk reads back as empty.
    if (length === 0 && this.chunks.length > 0) return 0;
    if (this.used + length > this.chunkElements || this.chunks.length === 0) {
      // Start a new chunk; an over-long item gets a chunk of its own length (offset arithmetic still holds: chunk index × chunkElements).
      this.chunks.push(new this.kind(Math.max(this.chunkElements, length)));
      this.used = 0;
      if (length > this.chunkElements) {
        const offset = (this.chunks.length - 1) * this.chunkElements;
        this.chunks[this.chunks.length - 1]!.set(values);
        this.used = this.chunkElements;
        return offset;
      }
    }
    const offset = (this.chunks.length - 1) * this.chunkElements + this.used;
    this.chunks[this.chunks.length - 1]!.set(values, this.used);
    this.used += length;
    return offset;
  }

  /** A view (no copy) of the `length` elements stored at `offset`. */
  view(offset: number, length: number): T {
    const chunk = Math.floor(offset / this.chunkElements);
    const start = offset - chunk * this.chunkElements;
    return this.chunks[chunk]!.subarray(start, start + length) as T;
  }
}

/** A typed array that doubles when written past its end; unwritten cells read as `fill`. */
export class TypedColumn<T extends TypedArray> {
  private data: T;

  /** Creates a column of `kind` whose unwritten cells read as `fill`. */
  constructor(private readonly kind: TypedArrayKind<T>, private readonly fill = 0, capacity = 1024) {
    this.data = new kind(capacity);
    if (fill !== 0) this.data.fill(fill);
  }

  /** Value at `index` (`fill` when never written). */
  get(index: number): number {
    return index < this.data.length ? this.data[index]! : this.fill;
  }

  /** Writes `value` at `index`, growing the column as needed. */
  set(index: number, value: number): void {
    if (index >= this.data.length) {
      let capacity = this.data.length * 2;
      while (capacity <= index) capacity *= 2;
      const grown = new this.kind(capacity);
      if (this.fill !== 0) grown.fill(this.fill, this.data.length);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[index] = value;
  }
}
