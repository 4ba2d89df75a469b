/** Reads streams into memory under a byte cap, decompressing gzip on the way when asked. */
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { formatBytes } from './limits.ts';
import { IngestError } from './types.ts';

/** Reads a whole stream, throwing a readable error once more than maxBytes arrive. */
export async function readCapped(source: AsyncIterable<Uint8Array | string>, maxBytes: number, what = 'content'): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of source) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buffer.byteLength;
    if (total > maxBytes) {
      destroy(source);
      throw new IngestError(`${what} is over the ${formatBytes(maxBytes)} limit (maxBytes)`);
    }
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

/** Decompresses a gzip stream chunk by chunk, throwing once more than maxBytes come out (gzip bombs). */
export async function* gunzipCapped(source: Readable, maxBytes: number): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  let total = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        throw new IngestError(
          `decompresses to more than ${formatBytes(maxBytes)}; this looks like a gzip bomb or an oversized file (limit maxBytes)`,
        );
      }
      yield chunk;
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('Z_')) {
      throw new IngestError(`not valid gzip data (${(error as Error).message})`, { cause: error });
    }
    throw error;
  } finally {
    source.unpipe(gunzip);
    source.destroy();
    gunzip.destroy();
  }
}

/** Stops a source early when it is a stream that can be destroyed. */
function destroy(source: unknown): void {
  if (source instanceof Readable) source.destroy();
}
