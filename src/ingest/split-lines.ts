/** Splits a byte stream into lines without holding more than one line (of at most maxBytes) in memory. */
import { formatBytes } from './limits.ts';
import { IngestError } from './types.ts';

/** One line of a stream: its 1-based number, and its bytes or the fact that it was too long. */
export type Line = { number: number; bytes: Buffer } | { number: number; tooLong: true };

/**
 * Yields the lines of a stream (without "\n" or "\r\n"); lines over maxBytes are skipped, not
 * buffered, and a line still unbroken after abandonBytes ends the stream with an IngestError.
 */
export async function* splitLines(source: AsyncIterable<Uint8Array>, maxBytes: number, abandonBytes = Infinity): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let skipped = 0;
  let tooLong = false;
  let number = 1;
  const finish = (): Line => {
    let bytes = Buffer.concat(parts, length);
    if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    const line: Line = tooLong ? { number, tooLong: true } : { number, bytes };
    parts = [];
    length = 0;
    tooLong = false;
    skipped = 0;
    number += 1;
    return line;
  };
  for await (const chunk of source) {
    let buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let newline = buffer.indexOf(0x0a); newline >= 0; newline = buffer.indexOf(0x0a)) {
      append(buffer.subarray(0, newline));
      yield finish();
      buffer = buffer.subarray(newline + 1);
    }
    append(buffer);
  }
  if (length > 0 || tooLong) yield finish();

  function append(piece: Buffer): void {
    if (tooLong) {
      skipped += piece.length;
      if (skipped > abandonBytes) {
        throw new IngestError(`line ${number} runs past ${formatBytes(abandonBytes)} without a line break; stopped reading (not JSONL, or a gzip bomb)`);
      }
      return;
    }
    if (piece.length === 0) return;
    if (length + piece.length > maxBytes) {
      tooLong = true;
      skipped = length + piece.length;
      parts = [];
      length = 0;
      return;
    }
    parts.push(Buffer.from(piece)); // copy: the chunk's memory may be reused by the stream
    length += piece.length;
  }
}
