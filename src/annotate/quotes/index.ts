import { defineStage } from '../../core/stage.ts';
import type { EntityLayer, Message, Quote, Sentence, Span } from '../../core/types.ts';
import { attributeSegments } from './direct.ts';
import { fallbackSentences } from './fallback-sentences.ts';
import { findQuotedSegments, paragraphsOf } from './marks.ts';
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
  paragraphs?: readonly Span[];
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
  const sentences = layers.sentences.length ? layers.sentences : fallbackSentences(text);
  const reported = findReportedSpeech(text, sentences, blocked, new SpanSet(segments), [...direct].sort((a, b) => a.cue.end - b.cue.end));
  const partialQuotes = new SpanSet(partial);
  for (const quote of reported) {
    if (quote.content.some((c) => partialQuotes.overlaps(c))) quote.direct = true;
  }
  const entities = layers.entities ? { ...layers.entities, mentions: [...layers.entities.mentions].sort((a, b) => a.start - b.start) } : undefined;
  const ordered = [...direct.map(({ lastParagraph: _, ...quote }) => quote), ...reported].sort((a, b) => firstOffset(a) - firstOffset(b));
  const quotes: Quote[] = [];
  let previous: PreviousSpeaker | undefined;
  for (const quote of ordered) {
    const resolved = withSpeaker(text, quote, entities, previous);
    quotes.push(resolved);
    if (resolved.speakerKey) previous = { key: resolved.speakerKey, end: Math.max(resolved.cue.end, ...resolved.content.map((c) => c.end)) };
  }
  return { quotes, messages };
}

function firstOffset(quote: Quote): number {
  return Math.min(quote.cue.start, ...quote.content.map((c) => c.start));
}

function withSpeaker(text: string, found: Quote, entities: EntityLayer | undefined, previous: PreviousSpeaker | undefined): Quote {
  const quote = found.source && NOT_A_SPEAKER_START.test(/^[\p{L}\p{N}'’,.]+/u.exec(text.slice(found.source.start, found.source.end))?.[0] ?? '') ? withoutSource(found) : found;
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
