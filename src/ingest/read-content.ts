/** Turns bytes already in memory (a file, stdin, an HTTP body) into documents or feed items. */
import { fetchGuarded, type FetchedResource } from './fetch-guarded.ts';
import { FEED_FETCH_CONCURRENCY } from './limits.ts';
import { createRobotsPolicy } from './robots-policy.ts';
import { parseFeed, type FeedItem, type ParsedFeed } from './parse-feed.ts';
import { describeBinary, describeData, detectFeed, looksLikeHtml } from './sniff.ts';
import { IngestError, type DocumentFields, type DocumentFormat, type IngestItem, type RawDocument, type ResolvedOptions } from './types.ts';

/** Bytes plus what is known about where they came from. */
export interface Content {
  input: string;
  bytes: Uint8Array;
  fetchedAt: string;
  /** Format implied by a file extension; when set, content is not sniffed beyond the binary check. */
  format?: DocumentFormat;
  contentType?: string;
  url?: string;
  feedUrl?: string;
  fields?: RawDocument['fields'];
  /** False for feed item pages, so a feed cannot lead to more feeds. */
  feedAllowed: boolean;
}

/** Media types read as documents, by the format they carry. */
const DOCUMENT_TYPES: Readonly<Record<string, DocumentFormat>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

/** Media types checked for a feed: the feed types, generic XML/JSON, and types servers mislabel feeds with. */
const FEED_TYPES = new Set([
  'application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+json',
  'application/xml', 'text/xml', 'application/json', 'text/plain', 'text/html', 'application/octet-stream', '',
]);

/**
 * Yields the items in some content, in steps: 1. refuse empty and binary content; 2. trust a file
 * extension's format; 3. expand a feed (by content); 4. take the HTTP media type; 5. refuse other
 * XML or JSON data; 6. sniff HTML vs text.
 */
export async function* readContent(content: Content, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  const fail = (reason: string): IngestItem => ({ kind: 'failure', input: content.input, reason });
  if (content.bytes.byteLength === 0) return yield fail(content.url ? 'empty response' : content.input === '-' ? 'empty standard input' : 'empty file');
  const binary = describeBinary(content.bytes);
  if (binary) return yield fail(`looks like ${binary}, not text or HTML`);
  if (content.format) return yield document(content, content.format);

  const mediaType = content.contentType?.split(';')[0].trim().toLowerCase() ?? '';
  const feed = FEED_TYPES.has(mediaType) ? detectFeed(content.bytes) : undefined;
  if (feed) {
    if (!content.feedAllowed) return yield fail('the link leads to another feed, which is not followed');
    let parsed: ParsedFeed;
    try {
      parsed = parseFeed(content.bytes, feed);
    } catch (error) {
      return yield fail(error instanceof IngestError ? error.message : String(error));
    }
    return yield* readFeedItems(parsed, content.url ?? content.input, content.url, options);
  }
  if (mediaType) {
    const format = DOCUMENT_TYPES[mediaType];
    if (format === 'text' && looksLikeHtml(content.bytes)) return yield document(content, 'html');
    if (format) return yield document(content, format);
    return yield fail(`unsupported content type ${mediaType}; expected HTML, plain text or a feed`);
  }
  const data = describeData(content.bytes);
  if (data) return yield fail(`looks like ${data} data but not a feed (RSS, Atom or JSON Feed), nor HTML or text`);
  yield document(content, looksLikeHtml(content.bytes) ? 'html' : 'text');
}

/**
 * Fetches each feed item's link (skipping known URLs), FEED_FETCH_CONCURRENCY at a time, where the
 * site's robots.txt allows it and as often as its crawl-delay allows, and yields the pages in feed
 * order as documents carrying the feed's fields.
 */
export async function* readFeedItems(feed: ParsedFeed, feedInput: string, feedUrl: string | undefined, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  const entries = feed.items
    .map((item, index) => ({ item, index, link: resolveLink(item.link, feedUrl) }))
    .filter(({ link }) => !(link && options.isKnownUrl?.(link)));
  const fetches = new Map<number, Promise<FetchedResource | IngestError>>();
  const robots = createRobotsPolicy(options);
  const politeFetch = async (link: string): Promise<FetchedResource> => {
    const refusal = await robots.refusal(link);
    if (refusal) throw new IngestError(refusal);
    await robots.pace(link);
    return fetchGuarded(link, options);
  };
  const startFetches = (from: number) => {
    for (let next = from; next < Math.min(entries.length, from + FEED_FETCH_CONCURRENCY); next++) {
      const link = entries[next].link;
      if (link && !fetches.has(next)) {
        fetches.set(next, politeFetch(link).catch((error) => (error instanceof IngestError ? error : new IngestError(String(error)))));
      }
    }
  };
  for (const [position, { item, index, link }] of entries.entries()) {
    if (options.signal?.aborted) return;
    const fields = { title: item.title, published: item.published, authors: item.authors, outlet: feed.title };
    if (!link) {
      yield* readUnlinkedItem(item, `${feedInput}#item-${index + 1}`, feedInput, clean(fields), options);
      continue;
    }
    startFetches(position);
    const outcome = await fetches.get(position)!;
    fetches.delete(position);
    if (outcome instanceof IngestError) {
      yield { kind: 'failure', input: link, reason: outcome.message };
      continue;
    }
    const { url, bytes, contentType, fetchedAt } = outcome;
    const itemFields = clean({ ...fields, url: link });
    yield* readContent({ input: link, url, bytes, contentType, fetchedAt, feedUrl: feedUrl ?? feedInput, fields: itemFields, feedAllowed: false }, options);
  }
}

/** A feed item without a usable link: its embedded content, or a failure saying why there is none. */
async function* readUnlinkedItem(item: FeedItem, label: string, feedInput: string, fields: DocumentFields, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  if (item.content) {
    const bytes = new Uint8Array(Buffer.from(item.content.text, 'utf8'));
    const content: Content = { input: label, bytes, format: item.content.format, feedUrl: feedInput, fields, fetchedAt: new Date().toISOString(), feedAllowed: false };
    return yield* readContent(content, options);
  }
  const reason = item.link
    ? `item link ${JSON.stringify(item.link)} is relative and the feed has no URL to resolve it against`
    : 'item has neither a link nor content';
  yield { kind: 'failure', input: label, reason };
}

/** A raw document from content and the format decided for it. */
function document(content: Content, format: DocumentFormat): IngestItem {
  const document: RawDocument = { input: content.input, bytes: content.bytes, format, fetchedAt: content.fetchedAt };
  if (content.contentType) document.contentType = content.contentType;
  if (content.url) document.url = content.url;
  if (content.feedUrl) document.feedUrl = content.feedUrl;
  if (content.fields) document.fields = content.fields;
  return { kind: 'document', document };
}

/** An item link made absolute against the feed URL; undefined when it cannot be. */
function resolveLink(link: string | undefined, base: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    return new URL(link, base).href;
  } catch {
    return undefined;
  }
}

/** Fields without undefined values. */
function clean<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}
