import { parseHTML } from 'linkedom';
import type { ArticleMeta, Message, Paragraph } from '../../core/types.ts';
import { extractMetadata } from '../metadata/index.ts';
import { normalizeText } from './blocks.ts';
import { limitNesting } from './depth-guard.ts';
import { fixHeadingEnds } from './fix-headings.ts';
import { findMainText, type MainTextMethod } from './main-text.ts';
import type { ExtractionTrace } from './trace.ts';

/** What HTML extraction yields: frozen text, its paragraphs, metadata and notes. */
export interface HtmlExtraction {
  text: string;
  /** Spans into `text`; the title (when known) is the first paragraph. */
  paragraphs: Paragraph[];
  meta: ArticleMeta;
  outlet?: string;
  messages: Omit<Message, 'stage'>[];
  /** How the main text was found (for evaluation and debugging). */
  method: MainTextMethod;
}

const PARAGRAPH_SEPARATOR = '\n\n';

/** Extracts the main text, paragraphs and metadata of an HTML page; never throws on malformed markup. */
export function extractHtml(html: string, options: { url?: string; fetchedAt: string; trace?: ExtractionTrace }): HtmlExtraction {
  const messages: HtmlExtraction['messages'] = [];
  const guarded = limitNesting(html);
  if (guarded.dropped > 0) messages.push({ level: 'warning', rule: 'html-too-deep', reason: `dropped ${guarded.dropped} tags nested deeper than the limit` });
  // linkedom needs an <html> root to build document.body; pages without one still parse.
  const headings = fixHeadingEnds(guarded.html);
  const source = /<html[\s>]/i.test(headings.html) ? headings.html : `<!DOCTYPE html><html><body>${headings.html}</body></html>`;
  const { document } = parseHTML(source);
  const metadata = extractMetadata(document as never, options);
  messages.push(...metadata.messages);
  const main = findMainText(document as unknown as Document, options.trace);
  if (main.method === 'body') messages.push({ level: 'info', rule: 'html-no-article', reason: 'no article element or readable block found; kept the prose of the whole page' });

  const title = metadata.meta.title ? cleanTitle(metadata.meta.title, metadata.outlet) : undefined;
  if (title) metadata.meta.title = title;
  const parts: { text: string; kind: Paragraph['kind'] }[] = [];
  if (title) parts.push({ text: title, kind: 'title' });
  const titleKey = title ? comparable(title) : undefined;
  for (const [index, block] of main.blocks.entries()) {
    // The article's own <h1> repeats the title already placed first.
    if (index < 3 && titleKey && comparable(block.text) === titleKey) continue;
    parts.push(block);
  }
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const part of parts) {
    if (text) text += PARAGRAPH_SEPARATOR;
    paragraphs.push({ start: text.length, end: text.length + part.text.length, kind: part.kind });
    text += part.text;
  }
  const result: HtmlExtraction = { text, paragraphs, meta: metadata.meta, messages, method: main.method };
  if (metadata.outlet) result.outlet = metadata.outlet;
  return result;
}

/** Removes a trailing or leading site name from a page title ("Talks resume | The Daily" → "Talks resume"). */
export function cleanTitle(title: string, outlet?: string): string {
  const text = normalizeText(title);
  const parts = text.split(/\s+[|–—•·»:-]\s+/);
  if (parts.length < 2) return text;
  const site = outlet?.toLowerCase();
  const last = parts[parts.length - 1]!.toLowerCase();
  const first = parts[0]!.toLowerCase();
  if (site && (last.includes(site) || site.includes(last))) return text.slice(0, text.length - parts[parts.length - 1]!.length).replace(/\s+[|–—•·»:-]\s+$/, '');
  if (site && (first.includes(site) || site.includes(first))) return text.slice(parts[0]!.length).replace(/^\s+[|–—•·»:-]\s+/, '');
  // Without a known outlet, only a pipe or the last short segment is taken to be a site name.
  if (/\s\|\s/.test(text) && last.length < 40) return text.slice(0, text.lastIndexOf(' | ')).trim();
  return text;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
