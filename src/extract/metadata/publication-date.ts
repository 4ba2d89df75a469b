import type { Message } from '../../core/types.ts';
import { BYLINE_LABEL, DATE_ELEMENT_SELECTORS, FOREIGN_DATE_CONTAINER, FOREIGN_DATE_TAGS, RDFA_PUBLISHED_SELECTOR, PUBLISHED_META, SCRIPT_DATE_KEYS, UPDATED_LABEL, WEAK_PUBLISHED_META } from '../rules/metadata-tags.ts';
import { dateFromUrl, datesInText, implausibleDate, localReading, parseDate, parseDateWithShortYear } from './parse-date.ts';
import type { DomNode } from '../html/blocks.ts';
import { dateFromImageUrl, dateNearHeadline, firstPlausible, LABEL_WINDOW_CHARS, labelledDates, visibleTextOf, type VisibleText } from './text-dates.ts';

/** The DOM methods date extraction needs (linkedom and jsdom both provide them). */
export interface DateDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

/** What the page offers besides its DOM: meta tags by lower-case name, the JSON-LD date, the JSON-LD script texts. */
export interface DateSources {
  url?: string;
  fetchedAt: string;
  metas: Map<string, string>;
  jsonLdPublished?: string;
  jsonLdScripts: readonly string[];
}

/** The publication date found, the step that found it, and implausible dates met on the way. */
export interface PublicationDate {
  date?: string;
  step?: string;
  messages: Omit<Message, 'stage'>[];
}

/** Characters of visible text searched for a date when nothing better exists. */
export const VISIBLE_DATE_SCAN_CHARS = 200;
/** Elements checked for a visible date string before the text-scan fallback. */
export const MAX_DATE_ELEMENTS = 60;
/** Longest date-element text in which a two-digit year ("31.10.23") is read; longer texts may hold version numbers. */
export const SHORT_YEAR_LINE_CHARS = 60;
/** Bytes of inline script text searched for keyed dates. */
export const SCRIPT_DATE_SCAN_CHARS = 400_000;
/** Ancestors checked for a comment, teaser or sidebar class above a dated element. */
export const MAX_CONTAINER_DEPTH = 12;

/**
 * Finds the publication date, kept apart from the last edit, by the first step of `dateSteps` that yields a plausible date.
 * Dates in the future of the fetch time or before 1995 are rejected with a message. A UTC time is read back to the local day
 * when the page states the same moment in local time elsewhere.
 */
export function findPublicationDate(document: DateDocument, sources: DateSources): PublicationDate {
  const messages: PublicationDate['messages'] = [];
  for (const { step, find } of dateSteps(document, sources, messages)) {
    const chosen = find();
    if (!chosen) continue;
    const date = localReading(chosen, dateStrings(sources.metas, document, sources.jsonLdPublished)) ?? chosen;
    return { date, step, messages };
  }
  return { messages };
}

/** One step of the date chain: its name and a function that finds its candidate (or undefined). */
export interface DateStep {
  step: string;
  find: () => string | undefined;
}

/**
 * The date chain's steps in order of trust; exported so evaluation can inspect every step's candidate. Orders were set on
 * the htmldate set (npm run eval:pubdate), checked on both halves:
 * 1. a full date in the URL path (fixed when the page was created; beat JSON-LD: 0.8725 vs 0.8638 with the URL after markup),
 * 2. JSON-LD, 3. specific meta tags, 4. a visible date after a "published" label (before markup: 0.9000 vs 0.8988),
 * 5. <time datetime>, itemprop and RDFa markup outside comments, teasers, asides and navigation,
 * 6. the date closest to the headline (before generic meta: +6 pages of 800, both halves gained),
 * 7. generic meta names ("date"), 8. date-classed elements, 9. dates keyed in inline scripts,
 * 10. a date after a byline ("von X am …"), 11. the first date in the text, 12. a date in the share image's path (last: right on 57%).
 */
export function dateSteps(document: DateDocument, sources: DateSources, messages: PublicationDate['messages']): DateStep[] {
  const { metas, fetchedAt } = sources;
  const pick = (names: readonly string[]) => names.map((n) => metas.get(n)).find((v) => v !== undefined);
  const accept = (raw: string | undefined, rule: string): string | undefined => acceptDate(raw, rule, fetchedAt, messages);
  let visible: VisibleText | undefined;
  const title = () => metas.get('og:title') ?? document.querySelector('title')?.textContent ?? '';
  const visibleText = () => (visible ??= visibleTextOf(document.querySelector('body') as unknown as DomNode | null, title()));
  return [
    { step: 'url', find: () => accept(sources.url ? dateFromUrl(sources.url) : undefined, 'date-url-implausible') },
    { step: 'json-ld', find: () => accept(sources.jsonLdPublished, 'date-jsonld-implausible') },
    { step: 'meta', find: () => accept(pick(PUBLISHED_META.filter((n) => !WEAK_PUBLISHED_META.has(n))), 'date-meta-implausible') },
    { step: 'labelled-text', find: () => firstPlausible(labelledDates(visibleText().text), fetchedAt) },
    { step: 'markup', find: () => accept(dateFromMarkup(document), 'date-markup-implausible') },
    { step: 'headline-text', find: () => dateNearHeadline(visibleText(), fetchedAt) },
    { step: 'weak-meta', find: () => accept(pick(PUBLISHED_META.filter((n) => WEAK_PUBLISHED_META.has(n))), 'date-meta-implausible') },
    { step: 'date-element', find: () => accept(dateFromVisibleElements(document), 'date-text-implausible') },
    { step: 'script', find: () => firstPlausible(datesInScripts(sources.jsonLdScripts, document), fetchedAt) },
    { step: 'byline-text', find: () => firstPlausible(labelledDates(visibleText().text, BYLINE_LABEL), fetchedAt) },
    { step: 'text', find: () => firstPlausible(datesInText(visibleText().text), fetchedAt) },
    { step: 'image-url', find: () => accept(dateFromImageUrl(metas), 'date-url-implausible') },
  ];
}

/** Parses a raw date and checks it is plausible; an implausible one leaves a warning under `rule`. */
export function acceptDate(raw: string | undefined, rule: string, fetchedAt: string, messages: PublicationDate['messages']): string | undefined {
  if (!raw) return undefined;
  const iso = parseDate(raw);
  if (!iso) return undefined;
  const problem = implausibleDate(iso, fetchedAt);
  if (problem) {
    messages.push({ level: 'warning', rule, reason: `${problem}; ignored` });
    return undefined;
  }
  return iso;
}

function dateFromMarkup(document: DateDocument): string | undefined {
  for (const published of Array.from(document.querySelectorAll('[itemprop="datePublished"]'))) {
    const value = published.getAttribute('content') ?? published.getAttribute('datetime');
    if (value && !inForeignContainer(published)) return value;
  }
  for (const published of Array.from(document.querySelectorAll(RDFA_PUBLISHED_SELECTOR))) {
    const value = published.getAttribute('content');
    if (value && parseDate(value) && !inForeignContainer(published)) return value;
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

function dateFromVisibleElements(document: DateDocument): string | undefined {
  let checked = 0;
  for (const selector of DATE_ELEMENT_SELECTORS) {
    for (const element of Array.from(document.querySelectorAll(selector))) {
      if (++checked > MAX_DATE_ELEMENTS) return undefined;
      if (inForeignContainer(element)) continue;
      const text = (element.textContent ?? '').slice(0, VISIBLE_DATE_SCAN_CHARS);
      if (parseDate(text)) return text;
      // A short date line may write the year with two digits ("Party, 30.10.23").
      const short = text.trim().length <= SHORT_YEAR_LINE_CHARS ? parseDateWithShortYear(text) : undefined;
      if (short) return short;
    }
  }
  return undefined;
}

// Publication dates kept in JSON state or analytics objects, for pages that render their date with JavaScript.
function datesInScripts(jsonLdScripts: readonly string[], document: DateDocument): string[] {
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
function dateStrings(metas: Map<string, string>, document: DateDocument, published: string | undefined): string[] {
  const values = [...metas.entries()].filter(([key]) => /date|time|publish/.test(key)).map(([, value]) => value);
  for (const time of Array.from(document.querySelectorAll('time[datetime]')).slice(0, MAX_DATE_ELEMENTS)) {
    const value = time.getAttribute('datetime');
    if (value) values.push(value);
  }
  return published ? [published, ...values] : values;
}

type Ancestry = { parentNode?: unknown; getAttribute?(name: string): string | null };

function inForeignContainer(element: unknown): boolean {
  let node = (element as Ancestry).parentNode as Ancestry | undefined;
  for (let depth = 0; node && depth < MAX_CONTAINER_DEPTH; depth++) {
    // Above the article itself, classes describe the page layout ("has-sidebar"), not the date's item.
    const tag = String((node as { nodeName?: string }).nodeName);
    if (/^(article|main|body|html)$/i.test(tag)) return false;
    if (FOREIGN_DATE_TAGS.test(tag)) return true;
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
