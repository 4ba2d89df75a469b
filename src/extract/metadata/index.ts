import type { ArticleMeta, Message } from '../../core/types.ts';
import { AUTHOR_META, MODIFIED_META, SITE_META, TITLE_META } from '../rules/metadata-tags.ts';
import { readJsonLd } from './json-ld.ts';
import { acceptDate, findPublicationDate } from './publication-date.ts';

/** Metadata found in a page, the outlet name, and problems met on the way. */
export interface PageMetadata {
  meta: ArticleMeta;
  outlet?: string;
  messages: Omit<Message, 'stage'>[];
}

/** The few DOM methods metadata extraction needs (linkedom and jsdom both provide them). */
export interface MetadataDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  title: string;
}

/** Reads title, authors, dates, canonical URL, language and outlet: JSON-LD, then meta tags, then markup, URL and text. */
export function extractMetadata(document: MetadataDocument, options: { url?: string; fetchedAt: string }): PageMetadata {
  const messages: PageMetadata['messages'] = [];
  const metas = readMetaTags(document);
  const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '');
  const jsonLd = readJsonLd(scripts);
  const pick = (names: readonly string[]) => names.map((n) => metas.get(n)).find((v) => v !== undefined);

  const accept = (raw: string | undefined, rule: string) => acceptDate(raw, rule, options.fetchedAt, messages);
  const found = findPublicationDate(document, { url: options.url, fetchedAt: options.fetchedAt, metas, jsonLdPublished: jsonLd.published, jsonLdScripts: scripts });
  messages.push(...found.messages);
  const publishedAt = found.date;
  const modifiedAt = accept(jsonLd.modified, 'date-jsonld-implausible') ?? accept(pick(MODIFIED_META), 'date-meta-implausible');

  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metas.get('og:url') ?? jsonLd.url;
  const language = document.querySelector('html')?.getAttribute('lang') ?? metas.get('content-language') ?? jsonLd.language ?? metas.get('og:locale');
  const authors = jsonLd.authors.length > 0 ? jsonLd.authors : authorsFromMeta(metas);
  const meta: ArticleMeta = { authors: unique(authors.map(cleanAuthor).filter((a): a is string => !!a)) };
  const title = jsonLd.title ?? pick(TITLE_META) ?? (document.title || undefined);
  if (title) meta.title = clean(title);
  if (publishedAt) meta.publishedAt = publishedAt;
  if (modifiedAt) meta.modifiedAt = modifiedAt;
  if (canonical) meta.canonicalUrl = absolute(canonical, options.url);
  if (language) meta.language = language.trim().replace('_', '-').split(/[,;\s]/)[0]!;
  const outlet = cleanOutlet(pick(SITE_META)) ?? cleanOutlet(jsonLd.publisher) ?? outletFromUrl(meta.canonicalUrl ?? options.url);
  return outlet ? { meta, outlet, messages } : { meta, messages };
}

function readMetaTags(document: MetadataDocument): Map<string, string> {
  const metas = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? element.getAttribute('http-equiv'))?.toLowerCase().trim();
    const value = element.getAttribute('content') ?? element.getAttribute('datetime');
    if (key && value?.trim() && !metas.has(key)) metas.set(key, value.trim());
  }
  return metas;
}

function authorsFromMeta(metas: Map<string, string>): string[] {
  for (const name of AUTHOR_META) {
    const value = metas.get(name);
    if (value && !/^(https?:|@)/.test(value)) return value.split(/\s*(?:,|;|\band\b|\bund\b|&)\s*/);
  }
  return [];
}

function cleanAuthor(author: string): string | undefined {
  const name = clean(author.replace(/^(by|von|par|por|di)\s+/i, ''));
  return name && name.length <= 80 && !/^https?:/.test(name) ? name : undefined;
}

function cleanOutlet(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const value = clean(name.replace(/^@/, ''));
  return value && !/^https?:/.test(value) ? value : undefined;
}

/** Turns a URL's host into an outlet name: "https://www.example.co.uk/x" → "example.co.uk". */
export function outletFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^(www|m|amp|mobile)\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function absolute(href: string, base: string | undefined): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim().normalize('NFC');
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
