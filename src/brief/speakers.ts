import { indexAt } from '../core/span.ts';
import type { Article, Span } from '../core/types.ts';
import { contentWords, jaccard } from './words.ts';

/** Most statements listed per speaker. */
export const STATEMENTS_PER_SPEAKER = 6;
/** Most speakers listed. */
export const SPEAKER_COUNT = 8;
/** Two statements by one speaker with this much word overlap are the same statement reported twice. */
export const SAME_STATEMENT_OVERLAP = 0.5;

/** A statement before citations are numbered. */
export interface Statement {
  speaker: string;
  entityId?: string;
  direct: boolean;
  date?: string;
  articleId: string;
  /** The passage cited: from the first content span to the last. */
  passage: Span;
  support: { articleId: string; passage: Span }[];
  /** Other articles' wordings of the same statement that differ from this one (paraphrase, other translation). */
  wordings: { articleId: string; passage: Span }[];
}

/** Resolves an article-level entity key to a corpus entity. */
export type EntityLookup = (articleId: string, key: string) => { id: string; name: string } | undefined;

/** Groups a story's quotes by speaker, merging the same statement reported by several articles. */
export function collectStatements(articles: readonly Pick<Article, 'id' | 'text' | 'layers' | 'meta'>[], lookup: EntityLookup): Map<string, Statement[]> {
  const bySpeaker = new Map<string, (Statement & { words: Set<string>; content: string })[]>();
  for (const article of articles) {
    for (const quote of article.layers.quotes ?? []) {
      if (quote.content.length === 0) continue;
      const entity = quote.speakerKey ? lookup(article.id, quote.speakerKey) : undefined;
      const speaker = entity?.name ?? (quote.source ? article.text.slice(quote.source.start, quote.source.end) : undefined);
      if (!speaker || /^(he|she|they|it|we|i)$/i.test(speaker)) continue;
      const passage = { start: Math.min(...quote.content.map((c) => c.start), quote.cue.start), end: Math.max(...quote.content.map((c) => c.end), quote.cue.end) };
      const words = new Set(quote.content.flatMap((c) => contentWords(article.text.slice(c.start, c.end))));
      const key = entity?.id ?? speaker.toLowerCase();
      const list = bySpeaker.get(key) ?? [];
      bySpeaker.set(key, list);
      const same = list.find((s) => jaccard(s.words, words) >= SAME_STATEMENT_OVERLAP);
      if (same) {
        if (same.articleId !== article.id && !same.support.some((s) => s.articleId === article.id)) {
          same.support.push({ articleId: article.id, passage });
          if (contentOf(article.text, quote.content) !== same.content) same.wordings.push({ articleId: article.id, passage });
        }
        continue;
      }
      list.push({ speaker, entityId: entity?.id, direct: quote.direct, date: statementDate(article, quote.cue), articleId: article.id, passage, support: [], wordings: [], words, content: contentOf(article.text, quote.content) });
    }
  }
  const ranked = [...bySpeaker.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, SPEAKER_COUNT);
  return new Map(ranked.map(([key, list]) => [key, list.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')).slice(0, STATEMENTS_PER_SPEAKER).map(({ words: _w, content: _c, ...s }) => s)]));
}

/** A quote's words with case, punctuation and spacing folded, to tell a different wording from the same one. */
function contentOf(text: string, content: readonly Span[]): string {
  return content.map((c) => text.slice(c.start, c.end)).join(' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The date a statement was made: a resolved date in its sentence, else the article's publication day. */
function statementDate(article: Pick<Article, 'layers' | 'meta'>, cue: Span): string | undefined {
  const sentences = article.layers.sentences ?? [];
  const index = indexAt(sentences, cue.start);
  const sentence = sentences[index];
  const time = sentence ? (article.layers.times ?? []).find((t) => t.type === 'DATE' && t.anchor !== 'unresolved' && t.start >= sentence.start && t.end <= sentence.end && /^\d{4}-\d{2}-\d{2}$/.test(t.value)) : undefined;
  return time?.value ?? article.meta.publishedAt?.slice(0, 10);
}
