import type { Paragraph, Sentence, Span } from '../../core/types.ts';
import { defineStage } from '../../core/stage.ts';
import { trimSpan } from '../../core/span.ts';
import { splitBlock } from './split.ts';

export { tokenize, type Token } from './tokenize.ts';

/**
 * Splits text into sentences: title and heading paragraphs are one sentence each, body paragraphs
 * (and any text outside the given paragraphs) are split by the boundary rules.
 */
export function splitSentences(text: string, paragraphs?: readonly Paragraph[]): Sentence[] {
  const blocks: Paragraph[] = paragraphs && paragraphs.length > 0 ? withGaps(text, paragraphs) : [{ start: 0, end: text.length, kind: 'body' }];
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    if (block.kind === 'body') sentences.push(...splitBlock(text, block.start, block.end));
    else {
      const span = trimSpan(text, block);
      if (span.end > span.start) sentences.push(span);
    }
  }
  return sentences;
}

/** Paragraphs in order, clipped so they do not overlap, with uncovered text added as body blocks. */
function withGaps(text: string, paragraphs: readonly Paragraph[]): Paragraph[] {
  const sorted = [...paragraphs].sort((a, b) => a.start - b.start);
  const blocks: Paragraph[] = [];
  let at = 0;
  for (const paragraph of sorted) {
    if (paragraph.start > at) blocks.push({ start: at, end: paragraph.start, kind: 'body' });
    const start = Math.max(at, paragraph.start);
    if (paragraph.end > start) blocks.push({ ...paragraph, start });
    at = Math.max(at, paragraph.end);
  }
  if (at < text.length) blocks.push({ start: at, end: text.length, kind: 'body' });
  return blocks;
}

/** The sentences stage: splits the article's paragraphs into sentence spans. */
export const sentencesStage = defineStage({
  name: 'sentences',
  provides: 'sentences',
  requires: ['paragraphs'],
  run(article, context) {
    const sentences = splitSentences(article.text, article.layers.paragraphs);
    const longest = sentences.reduce<Span | undefined>((best, s) => (!best || s.end - s.start > best.end - best.start ? s : best), undefined);
    if (longest && longest.end - longest.start > LONG_SENTENCE_CHARACTERS) {
      context.report({ level: 'info', rule: 'long-sentence', reason: `a sentence of ${longest.end - longest.start} characters (over ${LONG_SENTENCE_CHARACTERS}); the text may lack punctuation`, span: longest });
    }
    return sentences;
  },
});

/** Sentences longer than this (UTF-16 units) are reported: usually a list or table flattened without punctuation. */
export const LONG_SENTENCE_CHARACTERS = 2000;
