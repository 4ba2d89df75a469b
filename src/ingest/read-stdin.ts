/** Reads standard input: a JSONL dump is streamed line by line, anything else is read whole and sniffed. */
import { readCapped } from './read-capped.ts';
import { readContent } from './read-content.ts';
import { readJsonl } from './read-jsonl.ts';
import { IngestError, type IngestItem, type ResolvedOptions } from './types.ts';

/** How much of standard input is looked at before deciding between a JSONL dump and one document. */
export const STDIN_PEEK_BYTES = 64 * 1024;

/** A stream's first bytes, and an iterable that replays them before the rest of the stream. */
export interface PeekedStream {
  head: Buffer;
  whole: AsyncIterable<Uint8Array>;
}

/** Reads at least `bytes` bytes (or to the end) of a stream without losing them for later readers. */
export async function peekStream(source: AsyncIterable<Uint8Array | string>, bytes: number): Promise<PeekedStream> {
  const iterator = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    chunks.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(chunks, length);
  async function* whole(): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  return { head, whole: whole() };
}

/**
 * True when content starts like a JSONL dump: its first line is a complete JSON object and the
 * content is not a JSON Feed (a feed written on one line is one object too).
 */
export function looksLikeJsonl(head: Buffer): boolean {
  let text = head.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{')) return false;
  if (trimmed.slice(0, 300).includes('jsonfeed.org')) return false;
  const newline = trimmed.indexOf('\n');
  if (newline < 0 && head.length >= STDIN_PEEK_BYTES) return true; // one long line: a single huge object, treat as a dump line
  const first = newline < 0 ? trimmed : trimmed.slice(0, newline);
  let value: unknown;
  try {
    value = JSON.parse(first);
  } catch {
    return false;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return true;
}

/** Standard input as items: streamed JSONL when it looks like a dump, else one document or feed under the size cap. */
export async function* readStdin(options: ResolvedOptions): AsyncGenerator<IngestItem> {
  try {
    const { head, whole } = await peekStream(options.stdin as AsyncIterable<Uint8Array | string>, STDIN_PEEK_BYTES);
    if (looksLikeJsonl(head)) {
      yield* readJsonl(whole, '-', options.maxBytes);
      return;
    }
    const bytes = await readCapped(whole, options.maxBytes, 'standard input');
    yield* readContent({ input: '-', bytes, fetchedAt: new Date().toISOString(), feedAllowed: true }, options);
  } catch (error) {
    yield { kind: 'failure', input: '-', reason: error instanceof IngestError ? error.message : `cannot read standard input (${(error as Error).message})` };
  }
}
