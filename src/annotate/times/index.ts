/** The times layer: time expressions found in the text and resolved to TimeML values against the publication date. */
import { defineStage } from '../../core/stage.ts';
import type { Sentence, TimeExpression } from '../../core/types.ts';
import { parseAnchor } from './calendar.ts';
import { roughSentences, scanTimes } from './find-times.ts';

/** Options for findTimes: the anchor date (ISO 8601) and the sentence layer used to read tense. */
export interface FindTimesOptions {
  publishedAt?: string;
  sentences?: readonly Sentence[];
}

/** Finds time expressions (DATE/TIME/DURATION/SET) in a text and resolves them against `publishedAt` when given. */
export function findTimes(text: string, options: FindTimesOptions = {}): TimeExpression[] {
  const sentences = options.sentences && options.sentences.length > 0 ? options.sentences : roughSentences(text);
  return scanTimes(text, parseAnchor(options.publishedAt), sentences).map(({ rule: _rule, ...time }) => time);
}

/** Annotation stage that returns the times layer, anchored on the article's publication date. */
export const timesStage = defineStage({
  name: 'times',
  provides: 'times',
  requires: ['sentences'],
  run(article, context) {
    const anchor = parseAnchor(article.meta.publishedAt);
    if (article.meta.publishedAt && !anchor) {
      context.report({ level: 'warning', rule: 'bad-anchor', reason: `expected an ISO 8601 publication date, found "${article.meta.publishedAt}"` });
    }
    const times = scanTimes(article.text, anchor, article.layers.sentences ?? roughSentences(article.text));
    for (const time of times) {
      if (time.anchor !== 'unresolved') continue;
      context.report({
        level: 'info', rule: 'unresolved-time',
        reason: `"${article.text.slice(time.start, time.end)}" needs a publication date to resolve; kept as ${time.value}`,
        span: { start: time.start, end: time.end },
      });
    }
    return times.map(({ rule: _rule, ...time }) => time);
  },
});

export { TIME_RULES } from './find-times.ts';
export type { FoundTime } from './find-times.ts';
