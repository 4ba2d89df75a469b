/** Read-only views of an index's stories: readable title, members, copy links and independent sources. */
import type { Story } from '../core/types.ts';
import type { ArticleTable } from './article-table.ts';
import type { StoryIndex } from './index.ts';
import type { TermVector } from './similarity.ts';
import { readStory } from './story-packing.ts';

/** One story as callers see it: the shared Story shape of the data model. */
export type StoryView = Story;

/** Dot product of an article's raw term weights with a story centroid: how central the article is. */
function centrality(articles: ArticleTable, n: number, centroid: TermVector): number {
  const terms = articles.termsOf(n);
  const weights = articles.weightsOf(n);
  let dot = 0;
  terms.forEach((term, i) => {
    dot += weights[i]! * (centroid.get(term) ?? 0);
  });
  let norm = 0;
  for (const weight of weights) norm += weight * weight;
  return norm === 0 ? 0 : dot / Math.sqrt(norm);
}

/** Title of the most central titled article, else the story's heaviest centroid terms. */
function titleOf(articles: ArticleTable, members: readonly number[], centroid: TermVector, termNames: readonly string[]): string {
  let best: string | undefined;
  let bestScore = -1;
  for (const n of members) {
    const title = articles.titleOf(n);
    if (!title || articles.originalOf(n) !== undefined) continue;
    const score = centrality(articles, n, centroid);
    if (score > bestScore) {
      best = title;
      bestScore = score;
    }
  }
  if (best) return best;
  const terms = [...centroid].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([term]) => termNames[term]!.replace(/^[@#]/, ''));
  return terms.join(', ');
}

/** Counts sources: distinct outlets of articles that are not copies of another outlet's article. */
function countIndependentSources(articles: ArticleTable, members: readonly number[]): number {
  const sources = new Set<string>();
  for (const n of members) {
    const original = articles.originalOf(n);
    const outlet = articles.outletOf(n);
    const originalOutlet = original === undefined ? undefined : articles.outletOf(original);
    const copiedFromOtherOutlet = original !== undefined && (originalOutlet === undefined || originalOutlet !== outlet);
    if (copiedFromOtherOutlet) continue;
    sources.add(outlet === undefined ? `article:${articles.idOf(n)}` : `outlet:${outlet}`);
  }
  return sources.size;
}

/** Builds the views of all live stories, largest first (ties by first article time). */
export function describeStories(index: StoryIndex): StoryView[] {
  const { articles } = index;
  const views: { view: StoryView; size: number; first: number }[] = [];
  for (const [s, story] of index.stories.entries()) {
    if (index.spans.isMerged(s)) continue;
    // Packed (closed) stories are read in place, not reopened.
    const { articles: members, centroid } = readStory(index.packedStories, story);
    if (members.length === 0) continue;
    const duplicateOf: Record<string, string> = {};
    const copyMethod: Record<string, { method: string; score: number }> = {};
    for (const n of members) {
      const original = articles.originalOf(n);
      if (original === undefined) continue;
      duplicateOf[articles.idOf(n)] = articles.idOf(original);
      const method = articles.copyMethodOf(n);
      if (method) copyMethod[articles.idOf(n)] = method;
    }
    const outlets = [...new Set(members.flatMap((n) => articles.outletOf(n) ?? []))].sort();
    const published = members.flatMap((n) => articles.publishedAtOf(n) ?? []);
    const times = published.length > 0 ? published : members.map((n) => articles.ingestedAtOf(n));
    const view: StoryView = {
      id: story.id,
      title: titleOf(articles, members, centroid, index.terms.names),
      articleIds: members.map((n) => articles.idOf(n)),
      duplicateOf,
      copyMethod,
      independentSources: countIndependentSources(articles, members),
      outlets,
    };
    if (times.length > 0) {
      view.firstSeen = new Date(times.reduce((a, b) => Math.min(a, b))).toISOString();
      view.lastSeen = new Date(times.reduce((a, b) => Math.max(a, b))).toISOString();
      view.datedBy = published.length > 0 ? 'published' : 'ingested';
    }
    views.push({ view, size: members.length, first: index.spans.first.get(s) });
  }
  return views.sort((a, b) => b.size - a.size || a.first - b.first).map((entry) => entry.view);
}
