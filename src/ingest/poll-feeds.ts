/** Polls feeds on an interval until aborted, handing on each new item once (for `dossier watch`). */
import { setTimeout as sleep } from 'node:timers/promises';
import { fetchGuarded, type Validators } from './fetch-guarded.ts';
import { resolveOptions } from './limits.ts';
import { readContent } from './read-content.ts';
import { isUrlInput, PAGE_OR_FEED, readInputs } from './read-inputs.ts';
import { IngestError, type IngestItem, type IngestOptions, type ResolvedOptions } from './types.ts';

/** Item URLs remembered between polls; the oldest are forgotten past this many (about a week of a busy watch list). */
export const MAX_REMEMBERED_URLS = 100_000;

/** Times an item URL that failed is tried again on later polls before it is left alone. */
export const MAX_ITEM_ATTEMPTS = 3;

/**
 * Reads every feed, then again every `everyMs` milliseconds, until `signal` aborts. Feed URLs are
 * requested conditionally (ETag / Last-Modified), so an unchanged feed costs one 304 and yields
 * nothing, failed items included: they are retried when the feed next changes. Items already handed
 * on, known to options.isKnownUrl, or failed MAX_ITEM_ATTEMPTS times are skipped. `onItem` is
 * awaited, so a slow consumer slows polling rather than piling up work. Resolves once aborted.
 */
export async function pollFeeds(
  feeds: string[],
  everyMs: number,
  options: IngestOptions,
  onItem: (item: IngestItem) => void | Promise<void>,
  signal: AbortSignal,
): Promise<void> {
  const attempts = new Map<string, number>();
  const validators = new Map<string, Validators>();
  const remember = (url: string, count: number) => {
    attempts.delete(url);
    attempts.set(url, count);
    if (attempts.size > MAX_REMEMBERED_URLS) attempts.delete(attempts.keys().next().value as string);
  };
  const isKnownUrl = (url: string) =>
    (attempts.get(url) ?? 0) >= MAX_ITEM_ATTEMPTS || (options.isKnownUrl?.(url) ?? false);
  const resolved = resolveOptions({ ...options, isKnownUrl, signal });
  while (!signal.aborted) {
    for (const feed of feeds) {
      for await (const item of readFeed(feed, resolved, validators)) {
        if (signal.aborted) return;
        const url = itemUrl(item, feed);
        if (url) remember(url, item.kind === 'document' ? MAX_ITEM_ATTEMPTS : (attempts.get(url) ?? 0) + 1);
        await onItem(item);
      }
    }
    try {
      await sleep(everyMs, undefined, { signal });
    } catch {
      return; // aborted while waiting
    }
  }
}

/** One poll of one feed: a conditional request for URLs (nothing when unchanged), a plain read otherwise. */
async function* readFeed(feed: string, options: ResolvedOptions, validators: Map<string, Validators>): AsyncGenerator<IngestItem> {
  if (!isUrlInput(feed)) return yield* readInputs([feed], options);
  try {
    const fetched = await fetchGuarded(feed, options, { accept: PAGE_OR_FEED, validators: validators.get(feed) });
    if (fetched.validators) validators.set(feed, fetched.validators);
    if (fetched.notModified) return;
    const { url, bytes, contentType, fetchedAt } = fetched;
    yield* readContent({ input: feed, url, bytes, contentType, fetchedAt, feedAllowed: true }, options);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    yield { kind: 'failure', input: feed, reason: error.message };
  }
}

/** The item URL an item stands for, or undefined for failures of the feed itself. */
function itemUrl(item: IngestItem, feed: string): string | undefined {
  if (item.kind === 'document') return item.document.fields?.url ?? item.document.input;
  return item.input === feed ? undefined : item.input;
}
