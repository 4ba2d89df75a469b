import { indexAt } from '../core/span.ts';
import type { Article, Span } from '../core/types.ts';
import { contentWords, jaccard } from './words.ts';

/** Most timeline entries shown. */
export const TIMELINE_LENGTH = 12;
/** Two dated sentences with this much word overlap and the same date are one event. */
export const SAME_EVENT_OVERLAP = 0.35;

/** A dated sentence before citations are numbered. */
export interface DatedSentence {
  date: string;
  articleId: string;
  sentence: Span;
  support: { articleId: string; sentence: Span }[];
}

/** Dated sentences from resolved date expressions, oldest first, one entry per event. */
export function buildTimeline(articles: readonly Pick<Article, 'id' | 'text' | 'layers'>[]): DatedSentence[] {
  const entries: (DatedSentence & { words: Set<string> })[] = [];
  for (const article of articles) {
    const sentences = article.layers.sentences ?? [];
    for (const time of article.layers.times ?? []) {
      if (time.type !== 'DATE' || time.anchor === 'unresolved' || !/^\d{4}(-\d{2}){0,2}$/.test(time.value)) continue;
      const index = indexAt(sentences, time.start);
      if (index < 0) continue;
      const sentence = sentences[index]!;
      const words = new Set(contentWords(article.text.slice(sentence.start, sentence.end)));
      const same = entries.find((e) => e.date === time.value && jaccard(e.words, words) >= SAME_EVENT_OVERLAP);
      if (same) {
        if (same.articleId !== article.id && !same.support.some((s) => s.articleId === article.id)) same.support.push({ articleId: article.id, sentence });
        continue;
      }
      if (entries.some((e) => e.articleId === article.id && e.sentence.start === sentence.start)) continue;
      entries.push({ date: time.value, articleId: article.id, sentence, support: [], words });
    }
  }
  entries.sort((a, b) => a.date.localeCompare(b.date) || b.support.length - a.support.length);
  return thin(entries).map(({ words: _words, ...entry }) => entry);
}

/**
 * Keeps the best entries when there are too many, still in date order: events dated to the day
 * first (what happened in the story), then to the month, then bare years (mostly background such
 * as "convicted between 2004 and 2010"); within each, the ones more sources report.
 */
function thin<T extends DatedSentence>(entries: T[]): T[] {
  if (entries.length <= TIMELINE_LENGTH) return entries;
  const precision = (date: string) => date.split('-').length;
  const ranked = [...entries].sort((a, b) => precision(b.date) - precision(a.date) || b.support.length - a.support.length);
  const keep = new Set(ranked.slice(0, TIMELINE_LENGTH));
  return entries.filter((e) => keep.has(e));
}
