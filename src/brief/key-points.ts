import type { Article, Span } from '../core/types.ts';
import { contentWords, jaccard } from './words.ts';

/** How many key points a briefing gives. */
export const KEY_POINT_COUNT = 7;
/** Sentences shorter or longer than this (in words) are not key points: too thin, or run-ons. */
export const KEY_POINT_MIN_WORDS = 8;
export const KEY_POINT_MAX_WORDS = 60;
/** Word overlap above which two sentences say the same thing (one is left out, or cited as support). */
export const SAME_POINT_OVERLAP = 0.5;
/** Word overlap above which another article's sentence counts as reporting the same point. */
export const SUPPORT_OVERLAP = 0.3;
/** Sentences that open with a pronoun or connective need context to be understood; they score lower. */
const DEPENDENT_OPENING = /^(he|she|they|it|this|these|those|that|however|but|and|meanwhile|also|still|yet|his|her|their|its)\b/i;
/** Sentences that open with a time counted from the unknown moment of writing ("Two hours ago, …", "Earlier today …") read wrong out of their article; they score lower too. */
const RELATIVE_TIME_OPENING = /^(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:seconds?|minutes?|hours?)\s+ago|(?:just\s+)?(?:moments|minutes)\s+ago|earlier\s+(?:today|tonight|this\s+(?:morning|afternoon|evening|week))|(?:later|earlier)\s+on|(?:this|tomorrow|yesterday)\s+(?:morning|afternoon|evening)|today|tonight|yesterday|tomorrow|right\s+now|just\s+now)\b/i;

/**
 * A news dateline at the start of a sentence: the place in capitals (optionally with a region or
 * agency in brackets) and a dash: "PARIS — ", "ST.-DENIS, France — ", "KYIV (Reuters) - ".
 */
export const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L} .]{1,30})?(?:\s*\([^)]{1,40}\))?\s*[—–-]{1,2}\s*(?=\p{Lu}|["“‘])/u;

/** A sentence span without its leading dateline, if it has one. */
export function withoutDateline(text: string, span: Span): Span {
  const match = DATELINE.exec(text.slice(span.start, span.end));
  return match ? { start: span.start + match[0].length, end: span.end } : span;
}

/** A sentence of one article, with its content words. */
export interface SentenceRef {
  articleId: string;
  span: Span;
  text: string;
  words: Set<string>;
  /** Position of the sentence in its article, 0-based. */
  position: number;
}

/** Every body sentence of the given articles. */
export function collectSentences(articles: readonly Pick<Article, 'id' | 'text' | 'layers'>[]): SentenceRef[] {
  const refs: SentenceRef[] = [];
  for (const article of articles) {
    const paragraphs = article.layers.paragraphs ?? [];
    (article.layers.sentences ?? []).forEach((sentence, position) => {
      const paragraph = paragraphs.find((p) => p.start <= sentence.start && sentence.end <= p.end);
      if (paragraph && paragraph.kind !== 'body') return;
      const span = withoutDateline(article.text, sentence);
      const text = article.text.slice(span.start, span.end);
      refs.push({ articleId: article.id, span, text, words: new Set(contentWords(text)), position });
    });
  }
  return refs;
}

/** Picks the sentences that best sum up a story: widely reported words, early position, standalone wording, no repeats. */
export function selectKeyPoints(candidates: readonly SentenceRef[], all: readonly SentenceRef[], count = KEY_POINT_COUNT): { point: SentenceRef; support: SentenceRef[] }[] {
  const articlesWithWord = new Map<string, Set<string>>();
  for (const ref of all) for (const word of ref.words) (articlesWithWord.get(word) ?? articlesWithWord.set(word, new Set()).get(word)!).add(ref.articleId);
  const scored = candidates
    .filter((ref) => {
      const length = ref.text.split(/\s+/).length;
      return length >= KEY_POINT_MIN_WORDS && length <= KEY_POINT_MAX_WORDS && !ref.text.trim().endsWith('?');
    })
    .map((ref) => ({ ref, score: scoreSentence(ref, articlesWithWord) }))
    .sort((a, b) => b.score - a.score);
  const chosen: { point: SentenceRef; support: SentenceRef[] }[] = [];
  for (const { ref } of scored) {
    if (chosen.length >= count) break;
    if (chosen.some((c) => jaccard(c.point.words, ref.words) >= SAME_POINT_OVERLAP)) continue;
    const support = all.filter((other) => other.articleId !== ref.articleId && jaccard(other.words, ref.words) >= SUPPORT_OVERLAP);
    chosen.push({ point: ref, support: bestPerArticle(support, ref) });
  }
  return chosen;
}

/** False for a sentence that needs its article to be understood: it opens with a pronoun or connective, or with a time counted from the moment of writing. */
export function readsAlone(text: string): boolean {
  return !DEPENDENT_OPENING.test(text) && !RELATIVE_TIME_OPENING.test(text);
}

function scoreSentence(ref: SentenceRef, articlesWithWord: ReadonlyMap<string, Set<string>>): number {
  let spread = 0;
  for (const word of ref.words) spread += (articlesWithWord.get(word)?.size ?? 1) - 1;
  const density = spread / Math.sqrt(Math.max(1, ref.words.size));
  const early = 1 / (1 + ref.position * 0.15);
  const standalone = readsAlone(ref.text) ? 1 : 0.6;
  return density * early * standalone;
}

function bestPerArticle(support: readonly SentenceRef[], point: SentenceRef): SentenceRef[] {
  const best = new Map<string, SentenceRef>();
  for (const ref of support) {
    const current = best.get(ref.articleId);
    if (!current || jaccard(ref.words, point.words) > jaccard(current.words, point.words)) best.set(ref.articleId, ref);
  }
  return [...best.values()];
}
