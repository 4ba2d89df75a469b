/** Reads what the user named (files, directories, "-" for stdin, http(s) URLs) into raw documents. */
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { fetchGuarded } from './fetch-guarded.ts';
import { classifyPath } from './file-kinds.ts';
import { resolveOptions } from './limits.ts';
import { readCapped } from './read-capped.ts';
import { readContent } from './read-content.ts';
import { readFile } from './read-file.ts';
import { readStdin } from './read-stdin.ts';
import { describeFsError, walkDirectory } from './walk-directory.ts';
import { IngestError, type IngestItem, type IngestOptions, type ResolvedOptions } from './types.ts';

/** The Accept header for a URL the user named, which may be a page or a feed. */
export const PAGE_OR_FEED = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.8';

/** True when an input names a URL rather than a path. */
export function isUrlInput(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

/**
 * Yields every document in the inputs, in order, with one failure item per problem; it never throws
 * for bad input. Inputs are paths, "-" (stdin), file: URLs, or http(s) URLs of pages or feeds. Directories are walked recursively (hidden files and unknown extensions skipped
 * silently); a file named explicitly is read whatever its extension and judged by content.
 */
export async function* readInputs(inputs: string[], options?: IngestOptions): AsyncGenerator<IngestItem> {
  const resolved = resolveOptions(options);
  for (const input of inputs) {
    if (resolved.signal?.aborted) return;
    if (input === '-') yield* readStdin(resolved);
    else if (/^file:\/\//i.test(input)) yield* readFileUrl(input, resolved);
    else if (isUrlInput(input)) yield* readUrl(input, resolved);
    else yield* readPath(input, resolved);
  }
}

/** Estimates how many documents the inputs hold, for a progress bar; undefined when it cannot tell cheaply. */
export async function countInputs(inputs: string[]): Promise<number | undefined> {
  let count = 0;
  for (const input of inputs) {
    if (input === '-' || isUrlInput(input)) return undefined;
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(input)).isDirectory();
    } catch {
      count += 1; // it will be one failure item
      continue;
    }
    const paths = isDirectory ? await listFiles(input) : [input];
    if (paths.some((path) => ['jsonl', 'feed'].includes(classifyPath(path).read))) return undefined;
    count += paths.length;
  }
  return count;
}

/** A file or a directory. */
async function* readPath(input: string, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(input)).isDirectory();
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const hint = /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}\//i.test(input) ? ' (for a URL, start it with https://)' : '';
    return yield { kind: 'failure', input, reason: missing ? `no such file or directory${hint}` : `cannot read (${describeFsError(error)})` };
  }
  if (!isDirectory) return yield* readFile(input, options);
  for await (const entry of walkDirectory(input)) {
    if (entry.kind === 'failure') yield { kind: 'failure', input: entry.path, reason: entry.reason };
    else yield* readFile(entry.path, options);
  }
}

/** A file: URL, read as the path it names. */
async function* readFileUrl(input: string, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  let path: string;
  try {
    path = fileURLToPath(input);
  } catch (error) {
    return yield { kind: 'failure', input, reason: `not a usable file URL (${(error as Error).message})` };
  }
  yield* readPath(path, options);
}

/** A URL: an article page or a feed, told apart by content. */
async function* readUrl(input: string, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  try {
    const { url, bytes, contentType, fetchedAt } = await fetchGuarded(input, options, { accept: PAGE_OR_FEED });
    yield* readContent({ input, url, bytes, contentType, fetchedAt, feedAllowed: true }, options);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    yield { kind: 'failure', input, reason: error.message };
  }
}

/** The readable files under a directory, for counting. */
async function listFiles(directory: string): Promise<string[]> {
  const paths: string[] = [];
  for await (const entry of walkDirectory(directory)) if (entry.kind === 'file') paths.push(entry.path);
  return paths;
}
