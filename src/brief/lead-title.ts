/** A readable stand-in title for a story none of whose articles has a title: the lead sentence, shortened. */
import type { Article } from '../core/types.ts';

/** Most words kept from the lead sentence. */
export const LEAD_TITLE_WORDS = 14;

/** The article's first body sentence, cut to LEAD_TITLE_WORDS words with an ellipsis; undefined without one. */
export function leadTitle(article: Pick<Article, 'text' | 'layers'>): string | undefined {
  const paragraphs = article.layers.paragraphs ?? [];
  const sentence = (article.layers.sentences ?? []).find((s) => {
    const paragraph = paragraphs.find((p) => p.start <= s.start && s.end <= p.end);
    return !paragraph || paragraph.kind === 'body';
  });
  if (!sentence) return undefined;
  const words = article.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim().split(' ');
  if (words.length <= LEAD_TITLE_WORDS) return words.join(' ').replace(/[.!?]$/, '');
  return `${words.slice(0, LEAD_TITLE_WORDS).join(' ').replace(/[,;:—–-]+$/, '')}…`;
}
