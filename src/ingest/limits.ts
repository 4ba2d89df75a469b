/** Named limits and defaults for ingest, with the reason each has its value. */
import { createGuardedFetch } from './http-transport.ts';
import type { IngestOptions, ResolvedOptions } from './types.ts';

/** Largest document accepted, in bytes: 20 MiB is far above any real article page (typically < 2 MiB). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Time limit for one HTTP request including its body, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 20_000;

/** Redirect hops followed before giving up; browsers allow 20, news pages need 1–3. */
export const MAX_REDIRECTS = 5;

/** How Dossier introduces itself to web servers. */
export const USER_AGENT = 'Dossier/0.1 (+self-hosted news reader)';

/**
 * Multiple of maxBytes after which a JSONL line with no line break ends the whole dump: such a run
 * is not JSONL (or is a gzip bomb), and skipping it to the end would only burn time.
 */
export const RUNAWAY_LINE_FACTOR = 4;

/** Feed item pages fetched at once: enough to hide latency, few enough to be gentle on one outlet. */
export const FEED_FETCH_CONCURRENCY = 4;

/** Bytes looked at when guessing what a file or response is (magic numbers, HTML tags, feed roots). */
export const SNIFF_BYTES = 2048;

/**
 * A NUL byte this early marks content as binary (git's rule uses the first 8000 bytes). Later NULs
 * are tolerated: 1 of 1032 real pages in the trafilatura evaluation set has 22 stray NULs at 34 KB.
 */
export const BINARY_NUL_WINDOW = 8000;

/** Share of NUL bytes above which content is binary wherever they are (real binaries: > 1%). */
export const BINARY_NUL_SHARE = 0.001;

/** Fills in the defaults of ingest options. */
export function resolveOptions(options: IngestOptions = {}): ResolvedOptions {
  const allowPrivate = options.allowPrivate ?? false;
  return {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    allowPrivate,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    userAgent: options.userAgent ?? USER_AGENT,
    stdin: options.stdin ?? process.stdin,
    // The default transport re-checks addresses at connect time; an injected fetch gets the pre-check only.
    fetch: options.fetch ?? createGuardedFetch(allowPrivate),
    ignoreRobots: options.ignoreRobots ?? false,
    isKnownUrl: options.isKnownUrl,
    signal: options.signal,
  };
}

/** Formats a byte count for people: "20 MiB", "512 KiB", "17 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
