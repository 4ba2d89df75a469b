/** Reads one file (plain or gzipped document, JSONL dump, or feed) into items, checking size before reading. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { classifyPath } from './file-kinds.ts';
import { formatBytes } from './limits.ts';
import { gunzipCapped, readCapped } from './read-capped.ts';
import { readContent } from './read-content.ts';
import { readJsonl } from './read-jsonl.ts';
import { describeFsError } from './walk-directory.ts';
import { IngestError, type IngestItem, type ResolvedOptions } from './types.ts';

/** Yields the items in the file at `path`; every problem becomes one failure item, never an exception. */
export async function* readFile(path: string, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  const fail = (reason: string): IngestItem => ({ kind: 'failure', input: path, reason });
  const kind = classifyPath(path);
  let size: number;
  try {
    const stats = await stat(path);
    if (!stats.isFile()) return yield fail('not a regular file');
    size = stats.size;
  } catch (error) {
    return yield fail(`cannot read file (${describeFsError(error)})`);
  }
  if (size === 0) return yield fail('empty file');
  // A JSONL dump may be any size: it is streamed and only its lines are capped.
  if (kind.read !== 'jsonl' && size > options.maxBytes) {
    return yield fail(`file is ${formatBytes(size)}, over the ${formatBytes(options.maxBytes)} limit (maxBytes)`);
  }
  try {
    if (kind.read === 'jsonl') {
      // No total cap: dumps are legitimately huge. Lines are capped, and a runaway line ends the dump.
      const stream = createReadStream(path);
      const source = kind.gzip ? gunzipCapped(stream, Infinity) : stream;
      return yield* readJsonl(source as AsyncIterable<Uint8Array>, path, options.maxBytes);
    }
    const stream = createReadStream(path);
    const bytes = await readCapped(kind.gzip ? gunzipCapped(stream, options.maxBytes) : stream, options.maxBytes, 'file');
    yield* readContent({ input: path, bytes, format: kind.format, fetchedAt: new Date().toISOString(), feedAllowed: true }, options);
  } catch (error) {
    if (error instanceof IngestError) return yield fail(error.message);
    if ((error as NodeJS.ErrnoException).code) return yield fail(`cannot read file (${describeFsError(error)})`);
    throw error;
  }
}
