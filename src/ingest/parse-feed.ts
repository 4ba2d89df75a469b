/** Parses RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed documents into a plain list of items. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FeedKind } from './sniff.ts';
import { asArray, child, nodeAttribute, nodeText } from './xml-text.ts';
import { IngestError } from './types.ts';

/** One entry of a feed: where the article lives and what the feed says about it. */
export interface FeedItem {
  link?: string;
  title?: string;
  /** ISO 8601 when the feed's date parses, else as written. */
  published?: string;
  authors?: string[];
  /** Content embedded in the feed, used only when the item has no link. */
  content?: { format: 'html' | 'text'; text: string };
}

/** A parsed feed: its own title (the outlet) and its items in feed order. */
export interface ParsedFeed {
  title?: string;
  items: FeedItem[];
}

/** Parses feed bytes of a known dialect; throws an IngestError saying what is wrong with them. */
export function parseFeed(bytes: Uint8Array, kind: FeedKind): ParsedFeed {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, '');
  return kind === 'json' ? parseJsonFeed(text) : parseXmlFeed(text, kind);
}

/** Parses RSS, RDF or Atom with entity processing off; declared entities are refused outright. */
function parseXmlFeed(text: string, kind: Exclude<FeedKind, 'json'>): ParsedFeed {
  if (/<!ENTITY/i.test(text)) {
    throw new IngestError('feed declares XML entities in a DOCTYPE; refused, since expanding them can exhaust memory (billion laughs)');
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false,
    htmlEntities: false,
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    cdataPropName: '#cdata',
    isArray: (name) => ['item', 'entry', 'link', 'author', 'creator'].includes(name),
  });
  let feed: ParsedFeed;
  try {
    feed = readXmlDocument(parser.parse(text), kind);
  } catch (error) {
    throw new IngestError(`feed is not well-formed XML (${(error as Error).message})`, { cause: error });
  }
  // Real feeds are often slightly malformed; the lenient parse is kept unless it found nothing.
  const validation = feed.items.length === 0 ? XMLValidator.validate(text) : true;
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new IngestError(`feed is not well-formed XML (${msg.replace(/\.$/, '')} at line ${line}, column ${col})`);
  }
  return feed;
}

/** The feed inside a parsed XML document of a known dialect. */
function readXmlDocument(document: unknown, kind: Exclude<FeedKind, 'json'>): ParsedFeed {
  if (kind === 'atom') return readAtom(child(document, 'feed'));
  const root = child(document, kind === 'rss' ? 'rss' : 'RDF');
  const channel = asArray(child(root, 'channel'))[0];
  // RSS 2.0 nests items in the channel; RSS 1.0 puts them beside it.
  const items = asArray(child(channel, 'item')).concat(asArray(child(root, 'item')));
  return { title: nodeText(child(channel, 'title')), items: items.map(readRssItem) };
}

/** One RSS 2.0 or 1.0 item. */
function readRssItem(item: unknown): FeedItem {
  // <link> text is the article; atom:link elements (objects with href) are skipped unless alone.
  const links = asArray(child(item, 'link'));
  const guid = child(item, 'guid');
  const guidLink = nodeAttribute(guid, 'isPermaLink') !== 'false' ? nodeText(guid) : undefined;
  const link =
    links.map((l) => (typeof l === 'string' ? nodeText(l) : undefined)).find(Boolean) ??
    (guidLink && /^https?:\/\//i.test(guidLink) ? guidLink : undefined) ??
    links.map((l) => nodeAttribute(l, 'href')).find(Boolean);
  const authors = [...asArray(child(item, 'creator')), ...asArray(child(item, 'author'))].map(nodeText);
  const html = nodeText(child(item, 'encoded')) ?? nodeText(child(item, 'description'));
  return cleanItem({
    link,
    title: nodeText(child(item, 'title')),
    published: normaliseDate(nodeText(child(item, 'pubDate')) ?? nodeText(child(item, 'date'))),
    authors: authors.filter((a): a is string => Boolean(a)),
    content: html ? { format: 'html', text: html } : undefined,
  });
}

/** An Atom feed. */
function readAtom(feed: unknown): ParsedFeed {
  const entries = asArray(child(feed, 'entry')).map((entry): FeedItem => {
    const links = asArray(child(entry, 'link'));
    const alternate = links.find((l) => (nodeAttribute(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
    const id = nodeText(child(entry, 'id'));
    const content = child(entry, 'content') ?? child(entry, 'summary');
    const contentText = nodeText(content);
    return cleanItem({
      link: nodeAttribute(alternate, 'href') ?? (id && /^https?:\/\//i.test(id) ? id : undefined),
      title: nodeText(child(entry, 'title')),
      published: normaliseDate(nodeText(child(entry, 'published')) ?? nodeText(child(entry, 'updated'))),
      authors: asArray(child(entry, 'author')).map((a) => nodeText(child(a, 'name'))).filter((a): a is string => Boolean(a)),
      content: contentText ? { format: nodeAttribute(content, 'type') === 'text' ? 'text' : 'html', text: contentText } : undefined,
    });
  });
  return { title: nodeText(child(feed, 'title')), items: entries };
}

/** A JSON Feed (versions 1 and 1.1). */
function parseJsonFeed(text: string): ParsedFeed {
  let feed: Record<string, unknown>;
  try {
    feed = JSON.parse(text);
  } catch (error) {
    throw new IngestError(`JSON Feed is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (!Array.isArray(feed.items)) throw new IngestError('JSON Feed has no "items" array');
  const feedAuthors = jsonAuthors(feed);
  const items = feed.items.map((raw): FeedItem => {
    const item = (raw ?? {}) as Record<string, unknown>;
    const html = stringOf(item.content_html);
    const plain = stringOf(item.content_text);
    const authors = jsonAuthors(item);
    return cleanItem({
      link: stringOf(item.url) ?? stringOf(item.external_url),
      title: stringOf(item.title),
      published: normaliseDate(stringOf(item.date_published) ?? stringOf(item.date_modified)),
      authors: authors.length > 0 ? authors : feedAuthors,
      content: html ? { format: 'html', text: html } : plain ? { format: 'text', text: plain } : undefined,
    });
  });
  return { title: stringOf(feed.title), items };
}

/** Author names of a JSON Feed object: "authors" (1.1) or "author" (1.0). */
function jsonAuthors(object: Record<string, unknown>): string[] {
  const list = Array.isArray(object.authors) ? object.authors : object.author ? [object.author] : [];
  return list.map((a) => stringOf((a as Record<string, unknown> | null)?.name)).filter((a): a is string => Boolean(a));
}

/** A trimmed non-empty string, or undefined. */
function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A feed date as ISO 8601 when it parses (RFC 822 or ISO), otherwise as written. */
export function normaliseDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

/** Drops empty fields so items compare and print cleanly. */
function cleanItem(item: FeedItem): FeedItem {
  const clean: FeedItem = {};
  if (item.link) clean.link = item.link;
  if (item.title) clean.title = item.title;
  if (item.published) clean.published = item.published;
  if (item.authors && item.authors.length > 0) clean.authors = item.authors;
  if (item.content) clean.content = item.content;
  return clean;
}
