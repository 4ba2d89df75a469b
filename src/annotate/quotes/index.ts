import { defineStage } from '../../core/stage.ts';
import type { EntityLayer, Message, Quote, Sentence, Span } from '../../core/types.ts';
import { attributeSegments } from './direct.ts';
import { fallbackSentences } from './fallback-sentences.ts';
import { findQuotedSegments, paragraphsOf, type QuotedSegment } from './marks.ts';
import { findReportedSpeech } from './reported.ts';
import { NOT_A_SPEAKER_START } from './rules.ts';
import { SpanSet } from './span-set.ts';
import { resolveSpeaker, type PreviousSpeaker } from './speaker.ts';

/** Quotes found in one text, with the problems met on the way. */
export interface QuoteResult {
  quotes: Quote[];
  messages: Omit<Message, 'stage'>[];
}

/** The layers quote finding reads; paragraphs default to the text's lines, sentences (when empty) to a simple splitter. */
export interface QuoteInput {
  sentences: readonly Sentence[];
  entities?: EntityLayer;
  /** Paragraphs; those of kind "title" or "heading" are not searched for reported speech ("Talks Stall as Kremlin Warns"). */
  paragraphs?: readonly (Span & { kind?: string })[];
}

/**
 * Finds direct quotes and reported speech with their cue, content and speaker spans:
 * 1. quoted segments by quotation marks (multi-paragraph, capped), 2. cues and speakers around them,
 * 3. reported speech in the remaining sentences, 4. speakers resolved to entity keys.
 */
export function findQuotes(text: string, layers: QuoteInput): QuoteResult {
  const messages: Omit<Message, 'stage'>[] = [];
  const report = (message: Omit<Message, 'stage'>): void => void messages.push(message);
  const paragraphs = layers.paragraphs?.length ? layers.paragraphs : paragraphsOf(text);
  const segments = findQuotedSegments(text, paragraphs, report);
  const { quotes: direct, partial } = attributeSegments(text, segments, paragraphs);
  const blocked = new SpanSet(direct.flatMap((q) => [q.cue, ...q.content, ...(q.source ? [q.source] : [])]));
  const headings = new SpanSet((layers.paragraphs ?? []).filter((p) => p.kind === 'title' || p.kind === 'heading'));
  const sentences = (layers.sentences.length ? layers.sentences : fallbackSentences(text)).filter((s) => !headings.overlaps(s));
  const reported = findReportedSpeech(text, sentences, blocked, new SpanSet(segments), [...direct].sort((a, b) => a.cue.end - b.cue.end));
  const carried = new Set(carryParagraphQuotes(text, partial, paragraphs, reported));
  const partialQuotes = new SpanSet(partial.filter((segment) => !carried.has(segment)));
  for (const quote of reported) {
    if (quote.content.some((c) => partialQuotes.overlaps(c))) quote.direct = true;
  }
  const directSources = direct.map((quote) => (quote.source ? quote : { ...quote, ...borrowedSource(quote, reported) }));
  const entities = layers.entities ? { ...layers.entities, mentions: [...layers.entities.mentions].sort((a, b) => a.start - b.start) } : undefined;
  const ordered = [...directSources.map(({ lastParagraph: _, ...quote }) => quote), ...reported].sort((a, b) => firstOffset(a) - firstOffset(b));
  const quotes: Quote[] = [];
  let previous: PreviousSpeaker | undefined;
  for (const quote of ordered) {
    const resolved = withSpeaker(text, quote, entities, previous);
    quotes.push(resolved);
    if (resolved.speakerKey) previous = { key: resolved.speakerKey, end: Math.max(resolved.cue.end, ...resolved.content.map((c) => c.end)) };
  }
  return { quotes, messages };
}

/** A share of those polled speaks as a group ("63 percent said …"), unlike a bare number or year. */
const SHARE_SPEAKER = /^\d[\d,.]*\s*(?:%|percent\b|per cent\b)/;

/**
 * "X stressed A and said she has …: \"B\"": a direct quote with no speaker whose cue sits inside a sourced report
 * takes that report's speaker.
 */
function borrowedSource(quote: Quote, reported: readonly Quote[]): { source?: Span } {
  for (const other of reported) {
    if (!other.source) continue;
    const start = Math.min(other.cue.start, ...other.content.map((c) => c.start));
    const end = Math.max(...other.content.map((c) => c.end));
    if (start <= quote.cue.start && quote.cue.end <= end) return { source: { ...other.source } };
  }
  return {};
}

/**
 * A paragraph that is only a quotation, right after a paragraph whose last report has a speaker
 * ("Roe said the talks failed.\n\n“We are done.”"), carries on that speaker: the quotation joins that report's content.
 */
function carryParagraphQuotes(text: string, partial: readonly QuotedSegment[], paragraphs: readonly Span[], reported: readonly Quote[]): QuotedSegment[] {
  const carried: QuotedSegment[] = [];
  for (const segment of partial) {
    const paragraph = paragraphs[segment.paragraph];
    const above = paragraphs[segment.paragraph - 1];
    if (!paragraph || !above || segment.continuation) continue;
    if (!/^\s*$/.test(text.slice(paragraph.start, segment.start)) || !/^[\s.!?]*$/.test(text.slice(segment.end, paragraph.end))) continue;
    let last: Quote | undefined;
    for (const quote of reported) if (quote.cue.start >= above.start && quote.cue.end <= above.end) last = quote;
    if (!last?.source) continue;
    last.content.push({ start: segment.start, end: segment.end });
    carried.push(segment);
  }
  return carried;
}

/** An auxiliary inside a speaker phrase with no appositive commas means a clause was read as a speaker ("Roe is drawing"). */
const CLAUSE_IN_PHRASE = /\s(?:is|are|was|were|would|could|will|can|should|might|must|does|did)\s/i;

function firstOffset(quote: Quote): number {
  return Math.min(quote.cue.start, ...quote.content.map((c) => c.start));
}

function withSpeaker(text: string, found: Quote, entities: EntityLayer | undefined, previous: PreviousSpeaker | undefined): Quote {
  const phrase = found.source ? text.slice(found.source.start, found.source.end) : '';
  const quote = found.source && !phrase.includes(',') && !phrase.includes('(') && CLAUSE_IN_PHRASE.test(phrase) ? withoutSource(found) : found.source && !SHARE_SPEAKER.test(phrase) && NOT_A_SPEAKER_START.test(/^[\p{L}\p{N}'’,./]+/u.exec(phrase)?.[0] ?? '') ? withoutSource(found) : found;
  if (!quote.source) return quote;
  const speakerKey = resolveSpeaker(text, quote.source, entities, previous);
  return speakerKey ? { ...quote, speakerKey } : quote;
}

function withoutSource({ source: _, ...quote }: Quote): Quote {
  return quote;
}

/** The quotes stage: reads sentences and entities (mentions may be empty) and returns the quotes layer. */
export const quotesStage = defineStage({
  name: 'quotes',
  provides: 'quotes',
  requires: ['sentences', 'entities'],
  run(article, context) {
    const { quotes, messages } = findQuotes(article.text, {
      sentences: article.layers.sentences ?? [],
      ...(article.layers.entities ? { entities: article.layers.entities } : {}),
      ...(article.layers.paragraphs ? { paragraphs: article.layers.paragraphs } : {}),
    });
    for (const message of messages) context.report(message);
    return quotes;
  },
});
