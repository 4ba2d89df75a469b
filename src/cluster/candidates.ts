/** Candidate stories of a new article from the inverted index, and the copies among their latest members: rewrites in the same language, translations across languages. */
import { alignRewrite, unpackSentences } from '../dedupe/rewrite.ts';
import type { ArticleRow } from './article-table.ts';
import { clearsBar, compareAnchors, CROSS_LANGUAGE_STORY_BAR, TRANSLATION_BAR, type AnchorSet } from './language.ts';
import { weightedCosine, type TermVector } from './similarity.ts';
import { liveStory, openStory } from './stories.ts';
import type { StoryIndex } from './index.ts';

/** An article's strongest terms looked up in the inverted index. */
export const QUERY_TERMS = 15;
/** Numbers of an article looked up in the inverted index beyond its strongest terms (cross-language candidates). */
export const QUERY_NUMBERS = 4;
/** Stories scored in full per new article, best by index hits. */
export const MAX_CANDIDATES = 10;
/** Latest articles of each of the best stories checked for a rewrite. */
export const REWRITE_POOL = 24;
/** Stories (best first) whose articles are checked for a rewrite. */
export const REWRITE_STORIES = 3;
/** Share of the shorter article's fingerprinted sentences that must align for a rewrite (test/fixtures/rewrites). */
export const REWRITE_MIN_SCORE = 0.5;
/** Share of aligned sentence pairs that must keep their order (a rewrite may swap a few sentences; chance alignments scatter). */
export const REWRITE_MIN_IN_ORDER = 0.6;
/** Aligned sentences a rewrite needs at least. */
export const REWRITE_MIN_ALIGNED = 3;

/** The article being added, before it is stored in the index's article table. */
export type NewArticle = ArticleRow & { commonAnchors: number[] };

/** Hit score of a story found outside the time window (real scores are positive). */
const OUTSIDE_WINDOW = -1;

/** A story found for the new article, with the article's idf-weighted cosine to its centroid. */
export interface Candidate {
  story: number;
  similarity: number;
}

/** Scores the stories that share strong terms with the article, within the time window, best first. */
export function findCandidates(index: StoryIndex, vector: TermVector, time: number, idf: (term: number) => number, by: 'terms' | 'numbers' = 'terms'): Candidate[] {
  const ranked = [...vector].map(([term, weight]) => [term, weight * idf(term)] as const).sort((a, b) => b[1] - a[1]);
  // Numbers read the same in every language: looking them up finds the story of a report in another language, whose own words are all new to the index.
  const query = by === 'terms' ? ranked.slice(0, QUERY_TERMS) : ranked.filter(([term]) => index.terms.isNumber(term)).slice(0, QUERY_NUMBERS);
  // Stories outside the time window are skipped before counting (most postings of a common term are old stories): the shortlist is the same as counting all and filtering after.
  // Hit sums live in typed columns stamped with this lookup's number (no Map or Set per lookup); `touched` keeps first-hit order, which breaks ties.
  const lookup = ++index.lookups.count;
  const { hitScore, hitLookup } = index.lookups;
  const touched: number[] = [];
  for (const [term, weight] of query) {
    const posted = index.terms.storiesOf(term);
    index.lookups.postings += posted.length;
    for (let i = 0; i < posted.length; i++) {
      const story = liveStory(index, posted[i]!);
      if (hitLookup.get(story) === lookup) {
        const score = hitScore.get(story);
        if (score >= 0) hitScore.set(story, score + weight);
        continue;
      }
      hitLookup.set(story, lookup);
      if (time >= index.spans.first.get(story) - index.windowMs && time <= index.spans.last.get(story) + index.windowMs) {
        hitScore.set(story, weight);
        touched.push(story);
      } else hitScore.set(story, OUTSIDE_WINDOW);
    }
  }
  const hits = touched.map((story) => [story, hitScore.get(story)] as const);
  const shortlist = hits
    .sort((a, b) => b[1] - a[1])
    .slice(0, by === 'terms' ? MAX_CANDIDATES : REWRITE_STORIES);
  index.lookups.scored += shortlist.length;
  return shortlist
    .map(([story]) => ({ story, similarity: weightedCosine(vector, openStory(index, story).centroid, idf) }))
    .sort((a, b) => b.similarity - a.similarity);
}

/** Finds the best rewrite of the article among the latest articles of the best candidate stories. */
export function findRewrite(index: StoryIndex, record: NewArticle, candidates: Candidate[]): { article: number; score: number } | undefined {
  let best: { article: number; score: number } | undefined;
  const sentences = unpackSentences(record.sentences);
  for (const { story } of candidates.slice(0, REWRITE_STORIES)) {
    const members = openStory(index, story).articles;
    for (const article of members.slice(-REWRITE_POOL)) {
      const alignment = alignRewrite(sentences, unpackSentences(index.articles.sentencesOf(article)), record.commonAnchors, index.articles.commonAnchorsOf(article));
      if (alignment.aligned >= REWRITE_MIN_ALIGNED && alignment.score >= REWRITE_MIN_SCORE && alignment.inOrder >= REWRITE_MIN_IN_ORDER && (!best || alignment.score > best.score)) {
        best = { article, score: alignment.score };
      }
    }
  }
  return best;
}

/** Names and numbers of an article (the terms that read the same in any language written in the Latin alphabet), and all its terms. */
export function anchorsOf(index: StoryIndex, article: { names: Int32Array; terms: Int32Array }): AnchorSet {
  const anchors = new Set<number>(article.names);
  for (const term of article.terms) if (index.terms.isNumber(term)) anchors.add(term);
  return { anchors, terms: new Set(article.terms) };
}

/** Best article in another language among the latest members of the candidate stories whose names and numbers match the new one's: a translation when it clears the strict bar, else a cross-language story link. */
export function findCrossLanguageMatch(index: StoryIndex, record: NewArticle, candidates: Candidate[]): { article: number; story: number; score: number; translation: boolean } | undefined {
  if (record.language === undefined) return undefined;
  const mine = anchorsOf(index, record);
  const isNumber = (term: number): boolean => index.terms.isNumber(term);
  let best: { article: number; story: number; score: number; translation: boolean } | undefined;
  for (const story of new Set(candidates.map((candidate) => candidate.story))) {
    for (const article of openStory(index, story).articles.slice(-REWRITE_POOL)) {
      const language = index.articles.languageOf(article);
      if (language === undefined || language === record.language) continue;
      const overlap = compareAnchors(mine, anchorsOf(index, { names: index.articles.namesOf(article), terms: index.articles.termsOf(article) }), isNumber);
      if (!clearsBar(overlap, CROSS_LANGUAGE_STORY_BAR)) continue;
      const translation = clearsBar(overlap, TRANSLATION_BAR);
      const score = Math.round(overlap.containment * 1000) / 1000;
      if (!best || Number(translation) > Number(best.translation) || (translation === best.translation && score > best.score)) best = { article, story, score, translation };
    }
  }
  return best;
}

