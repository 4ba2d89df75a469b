import type { ArticleMeta, Message } from '../../core/types.ts';
import { AUTHOR_META, DATE_ELEMENT_SELECTORS, FOREIGN_DATE_CONTAINER, MODIFIED_META, PUBLISHED_LABEL, PUBLISHED_META, SCRIPT_DATE_KEYS, SITE_META, TITLE_META, UPDATED_LABEL, WEAK_PUBLISHED_META } from '../rules/metadata-tags.ts';
import { readJsonLd } from './json-ld.ts';
import { dateFromUrl, datesInText, datesWithOffsets, implausibleDate, localReading, parseDate } from './parse-date.ts';
import { collectBlocks, type DomNode } from '../html/blocks.ts';

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

/** Characters of visible text searched for a date when nothing better exists. */
export const VISIBLE_DATE_SCAN_CHARS = 200;
/** Elements checked for a visible date string before the text-scan fallback. */
export const MAX_DATE_ELEMENTS = 60;

/** Reads title, authors, dates, canonical URL, language and outlet: JSON-LD, then meta tags, then markup, URL and text. */
export function extractMetadata(document: MetadataDocument, options: { url?: string; fetchedAt: string }): PageMetadata {
  const messages: PageMetadata['messages'] = [];
  const metas = readMetaTags(document);
  const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '');
  const jsonLd = readJsonLd(scripts);
  const pick = (names: readonly string[]) => names.map((n) => metas.get(n)).find((v) => v !== undefined);

  const accept = (raw: string | undefined, rule: string): string | undefined => {
    if (!raw) return undefined;
    const iso = parseDate(raw);
    if (!iso) return undefined;
    const problem = implausibleDate(iso, options.fetchedAt);
    if (problem) {
      messages.push({ level: 'warning', rule, reason: `${problem}; ignored` });
      return undefined;
    }
    return iso;
  };
  // 1. a full date in the URL path (fixed when the page was created; on the htmldate set it beat JSON-LD:
  //    accuracy 0.8725 vs 0.8638 with the URL after markup), 2. JSON-LD, 3. specific meta tags,
  //    4. a visible date after a "published" label (before markup: 0.9000 vs 0.8988),
  //    5. <time datetime> and itemprop markup outside comments, teasers and hidden boxes,
  //    6. generic meta names ("date"), 7. date-classed elements, 8. dates keyed in inline scripts, 9. the first date in the text.
  const strongMeta = PUBLISHED_META.filter((n) => !WEAK_PUBLISHED_META.has(n));
  const weakMeta = PUBLISHED_META.filter((n) => WEAK_PUBLISHED_META.has(n));
  let visible: string | undefined;
  const visibleText = () => (visible ??= visibleTextOf(document));
  const chosen =
    accept(options.url ? dateFromUrl(options.url) : undefined, 'date-url-implausible') ??
    accept(jsonLd.published, 'date-jsonld-implausible') ??
    accept(pick(strongMeta), 'date-meta-implausible') ??
    firstPlausible(labelledDates(visibleText()), options.fetchedAt) ??
    accept(dateFromMarkup(document), 'date-markup-implausible') ??
    accept(pick(weakMeta), 'date-meta-implausible') ??
    accept(dateFromVisibleElements(document), 'date-text-implausible') ??
    firstPlausible(datesInScripts(scripts, document), options.fetchedAt) ??
    firstPlausible(datesInText(visibleText()), options.fetchedAt);
  const publishedAt = chosen ? (localReading(chosen, dateStrings(metas, document, jsonLd.published)) ?? chosen) : undefined;
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

function dateFromMarkup(document: MetadataDocument): string | undefined {
  for (const published of Array.from(document.querySelectorAll('[itemprop="datePublished"]'))) {
    const value = published.getAttribute('content') ?? published.getAttribute('datetime');
    if (value && !inForeignContainer(published)) return value;
  }
  const times = Array.from(document.querySelectorAll('time[datetime]')).filter((time) => {
    const value = time.getAttribute('datetime');
    // <time> elements in comments, teasers and "updated" lines belong to other items or to the last edit.
    return value && parseDate(value) && !inForeignContainer(time) && !UPDATED_LABEL.test(precedingText(time)) && !/updated|modified/i.test(time.getAttribute('class') ?? '');
  });
  // Themes mark the original date ("entry-date published") next to the update; otherwise the first dated one is the article's.
  const marked = times.find((time) => /publish/i.test(time.getAttribute('class') ?? ''));
  const first = marked ?? times[0];
  if (first) return first.getAttribute('datetime') ?? undefined;
  return document.querySelector('time[pubdate]')?.textContent ?? undefined;
}

function dateFromVisibleElements(document: MetadataDocument): string | undefined {
  let checked = 0;
  for (const selector of DATE_ELEMENT_SELECTORS) {
    for (const element of Array.from(document.querySelectorAll(selector))) {
      if (++checked > MAX_DATE_ELEMENTS) return undefined;
      if (inForeignContainer(element)) continue;
      const text = (element.textContent ?? '').slice(0, VISIBLE_DATE_SCAN_CHARS);
      if (parseDate(text)) return text;
    }
  }
  return undefined;
}

function visibleTextOf(document: MetadataDocument): string {
  const body = document.querySelector('body') as unknown as DomNode | null;
  if (!body) return '';
  let text = '';
  // Script and style contents are skipped by the block walker; stop once enough text is gathered.
  for (const block of collectBlocks(body)) {
    text += block.text + '\n';
    if (text.length > 50_000) break;
  }
  return text;
}

/** Characters before a date searched for a "published" or "updated" label. */
export const LABEL_WINDOW_CHARS = 40;

// Dates that follow a "published" label ("Erschienen am: 01.11.2023"), in order of appearance.
function labelledDates(text: string): string[] {
  const found: string[] = [];
  for (const { iso, index } of datesWithOffsets(text)) {
    const before = text.slice(Math.max(0, index - LABEL_WINDOW_CHARS), index).replace(/\s+/g, ' ');
    if (PUBLISHED_LABEL.test(before)) found.push(iso);
  }
  return found;
}

/** Bytes of inline script text searched for keyed dates. */
export const SCRIPT_DATE_SCAN_CHARS = 400_000;

// Publication dates kept in JSON state or analytics objects, for pages that render their date with JavaScript.
function datesInScripts(jsonLdScripts: readonly string[], document: MetadataDocument): string[] {
  let text = jsonLdScripts.join('\n');
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if (text.length > SCRIPT_DATE_SCAN_CHARS) break;
    text += '\n' + (script.textContent ?? '');
  }
  const found: string[] = [];
  for (const match of text.slice(0, SCRIPT_DATE_SCAN_CHARS).matchAll(SCRIPT_DATE_KEYS)) {
    const iso = parseDate(match[1]!);
    if (iso) found.push(iso);
  }
  return found;
}

// Every date string the page states in meta tags and <time> elements, to recover the local day of a UTC time.
function dateStrings(metas: Map<string, string>, document: MetadataDocument, published: string | undefined): string[] {
  const values = [...metas.entries()].filter(([key]) => /date|time|publish/.test(key)).map(([, value]) => value);
  for (const time of Array.from(document.querySelectorAll('time[datetime]')).slice(0, MAX_DATE_ELEMENTS)) {
    const value = time.getAttribute('datetime');
    if (value) values.push(value);
  }
  return published ? [published, ...values] : values;
}

/** Ancestors checked for a comment, teaser or sidebar class above a dated element. */
export const MAX_CONTAINER_DEPTH = 12;

type Ancestry = { parentNode?: unknown; getAttribute?(name: string): string | null };

function inForeignContainer(element: unknown): boolean {
  let node = (element as Ancestry).parentNode as Ancestry | undefined;
  for (let depth = 0; node && depth < MAX_CONTAINER_DEPTH; depth++) {
    // Above the article itself, classes describe the page layout ("has-sidebar"), not the date's item.
    if (/^(article|main|body|html)$/i.test(String((node as { nodeName?: string }).nodeName))) return false;
    const names = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`;
    if (names.trim() && FOREIGN_DATE_CONTAINER.test(names)) return true;
    node = node.parentNode as Ancestry | undefined;
  }
  return false;
}

// The text just before an element inside its parent ("Aktualisiert: <time>").
function precedingText(element: unknown): string {
  let text = '';
  let node = (element as { previousSibling?: { textContent?: string | null; previousSibling?: unknown } | null }).previousSibling;
  while (node && text.length < LABEL_WINDOW_CHARS) {
    text = (node.textContent ?? '') + text;
    node = node.previousSibling as typeof node;
  }
  return text.replace(/\s+/g, ' ').slice(-LABEL_WINDOW_CHARS);
}

// Text dates are weak evidence: an implausible one is skipped silently and the next is tried.
function firstPlausible(dates: string[], fetchedAt: string): string | undefined {
  return dates.find((d) => !implausibleDate(d, fetchedAt));
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
