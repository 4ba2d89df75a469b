import { createHash } from 'node:crypto';
import type { Article, ArticleMeta, Message, Paragraph } from '../core/types.ts';
import type { RawDocument } from '../ingest/types.ts';
import { extractHtml } from './html/index.ts';
import { decodeHtml } from './html/charset.ts';
import { detectLanguage } from './language.ts';
import { decodeText } from './decode.ts';
import { extractText } from './text/index.ts';

/** Fewest letters an article must keep after cleaning to be worth storing. */
export const MIN_ARTICLE_LETTERS = 20;

/** The outcome of extracting one raw document: an article, or a reason it has none. */
export type Extraction = { ok: true; article: Article } | { ok: false; input: string; reason: string; messages: Message[] };

/**
 * Turns a raw document into an article with frozen text:
 * 1. decode the bytes, 2. clean HTML or plain text, 3. merge metadata from the container
 * (JSONL fields, feed item) with what the page says, 4. detect the language, 5. derive the id.
 */
export function extractArticle(raw: RawDocument, options: { encoding?: string } = {}): Extraction {
  const messages: Message[] = [];
  const note = (message: Omit<Message, 'stage'>) => messages.push({ ...message, stage: 'extract' });
  const fail = (reason: string): Extraction => ({ ok: false, input: raw.input, reason, messages });

  const body = raw.format === 'html' ? decodeHtmlBytes(raw, note) : decodePlain(raw, options.encoding, note);
  if (typeof body !== 'string') return fail(body.error);

  const cleaned = raw.format === 'html' ? cleanHtml(body, raw, note) : cleanText(body, raw.format === 'markdown', note);
  const letters = cleaned.text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_ARTICLE_LETTERS) return fail(letters === 0 ? 'no article text found (the document is empty after cleaning)' : `too little article text (${letters} letters after cleaning)`);

  const meta = mergeMeta(cleaned.meta, raw);
  meta.language ??= detectLanguage(cleaned.text);
  const article: Article = {
    id: articleIdOf(cleaned.text),
    source: { input: raw.input, url: raw.fields?.url ?? raw.url, outlet: raw.fields?.outlet ?? cleaned.outlet, feedUrl: raw.feedUrl, fetchedAt: raw.fetchedAt },
    meta,
    text: cleaned.text,
    layers: { paragraphs: cleaned.paragraphs },
    messages,
  };
  return { ok: true, article };
}

interface Cleaned {
  text: string;
  paragraphs: Paragraph[];
  meta: ArticleMeta;
  outlet?: string;
}

function decodePlain(raw: RawDocument, encoding: string | undefined, note: (m: Omit<Message, 'stage'>) => void): string | { error: string } {
  const decoded = decodeText(raw.bytes, encoding);
  if ('error' in decoded) return decoded;
  if (decoded.warning) note({ level: 'warning', rule: 'charset-guessed', reason: decoded.warning });
  return decoded.text;
}

function decodeHtmlBytes(raw: RawDocument, note: (m: Omit<Message, 'stage'>) => void): string {
  const decoded = decodeHtml(raw.bytes, raw.contentType);
  decoded.messages.forEach(note);
  return decoded.text;
}

function cleanHtml(html: string, raw: RawDocument, note: (m: Omit<Message, 'stage'>) => void): Cleaned {
  const result = extractHtml(html, { url: raw.url ?? raw.fields?.url, fetchedAt: raw.fetchedAt });
  result.messages.forEach(note);
  return { text: result.text, paragraphs: result.paragraphs, meta: result.meta, outlet: result.outlet };
}

function cleanText(text: string, markdown: boolean, note: (m: Omit<Message, 'stage'>) => void): Cleaned {
  const result = extractText(text, { markdown });
  result.messages.forEach(note);
  return { text: result.text, paragraphs: result.paragraphs, meta: { title: result.title, authors: [] } };
}

/** Container fields (a JSONL line, a feed item) fill what the document itself does not say. */
function mergeMeta(meta: ArticleMeta, raw: RawDocument): ArticleMeta {
  const fields = raw.fields ?? {};
  return {
    ...meta,
    title: meta.title ?? fields.title,
    authors: meta.authors.length > 0 ? meta.authors : (fields.authors ?? []),
    publishedAt: fields.published ?? meta.publishedAt,
  };
}

/** A stable id from the text with case, punctuation and spacing folded, so exact copies share it. */
export function articleIdOf(text: string): string {
  const folded = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha256').update(folded).digest('hex').slice(0, 16);
}
