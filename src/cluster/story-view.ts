/** Read-only views of an index's stories: readable title, members, copy links and independent sources. */
import type { Story } from '../core/types.ts';
import type { ArticleRecord, StoryIndex, StoryRecord } from './index.ts';

/** One story as callers see it: the shared Story shape of the data model. */
export type StoryView = Story;

/** Dot product of an article's raw term weights with a story centroid: how central the article is. */
function centrality(article: ArticleRecord, story: StoryRecord): number {
  let dot = 0;
  article.terms.forEach((term, i) => {
    dot += article.weights[i]! * (story.centroid.get(term) ?? 0);
  });
  let norm = 0;
  for (const weight of article.weights) norm += weight * weight;
  return norm === 0 ? 0 : dot / Math.sqrt(norm);
}

/** Title of the most central titled article, else the story's heaviest centroid terms. */
function titleOf(members: ArticleRecord[], story: StoryRecord, termNames: readonly string[]): string {
  let best: ArticleRecord | undefined;
  let bestScore = -1;
  for (const article of members) {
    if (!article.title || article.original !== undefined) continue;
    const score = centrality(article, story);
    if (score > bestScore) {
      best = article;
      bestScore = score;
    }
  }
  if (best) return best.title!;
  const terms = [...story.centroid].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([term]) => termNames[term]!.replace(/^[@#]/, ''));
  return terms.join(', ');
}

/** Counts sources: distinct outlets of articles that are not copies of another outlet's article. */
function countIndependentSources(index: StoryIndex, members: ArticleRecord[]): number {
  const sources = new Set<string>();
  for (const article of members) {
    const original = article.original === undefined ? undefined : index.articles[article.original]!;
    const copiedFromOtherOutlet = original !== undefined && (original.outlet === undefined || original.outlet !== article.outlet);
    if (copiedFromOtherOutlet) continue;
    sources.add(article.outlet === undefined ? `article:${article.id}` : `outlet:${article.outlet}`);
  }
  return sources.size;
}

/** Builds the views of all live stories, largest first (ties by first article time). */
export function describeStories(index: StoryIndex): StoryView[] {
  const views: { view: StoryView; size: number; first: number }[] = [];
  for (const story of index.stories) {
    if (story.mergedInto !== undefined || story.articles.length === 0) continue;
    const members = story.articles.map((n) => index.articles[n]!);
    const duplicateOf: Record<string, string> = {};
    const copyMethod: Record<string, { method: string; score: number }> = {};
    for (const article of members) {
      if (article.original !== undefined) duplicateOf[article.id] = index.articles[article.original]!.id;
      if (article.original !== undefined && article.copyMethod) copyMethod[article.id] = { ...article.copyMethod };
    }
    const outlets = [...new Set(members.flatMap((a) => (a.outlet === undefined ? [] : [a.outlet])))].sort();
    const published = members.flatMap((a) => (a.publishedAt === undefined ? [] : [a.publishedAt]));
    const times = published.length > 0 ? published : members.map((a) => a.ingestedAt);
    const view: StoryView = {
      id: story.id,
      title: titleOf(members, story, index.termNames),
      articleIds: members.map((a) => a.id),
      duplicateOf,
      copyMethod,
      independentSources: countIndependentSources(index, members),
      outlets,
    };
    if (times.length > 0) {
      view.firstSeen = new Date(times.reduce((a, b) => Math.min(a, b))).toISOString();
      view.lastSeen = new Date(times.reduce((a, b) => Math.max(a, b))).toISOString();
      view.datedBy = published.length > 0 ? 'published' : 'ingested';
    }
    views.push({ view, size: members.length, first: story.first });
  }
  return views.sort((a, b) => b.size - a.size || a.first - b.first).map((entry) => entry.view);
}
