import { linkEntities } from '../annotate/entities/link.ts';
import { addArticle, createStoryIndex, listStories } from '../cluster/index.ts';
import type { ArticleDigest } from '../cluster/digest.ts';
import type { Store, StoryRecord } from '../store/types.ts';
import { leadTitle } from '../brief/lead-title.ts';

/** Articles read per batch when linking entities across the store. */
export const ENTITY_BATCH = 500;

/**
 * Regroups the store: rebuilds the story index from stored digests in arrival order (copies,
 * rewrites, stories) and links entities across all articles, then saves both decisions.
 */
export async function organiseStore(store: Store): Promise<{ stories: number; entities: number }> {
  const index = createStoryIndex();
  const titled = new Set<string>();
  for (const { id, digest } of await store.listDigests()) {
    addArticle(index, digest as ArticleDigest);
    if ((digest as ArticleDigest).title?.trim()) titled.add(id);
  }
  const stories: StoryRecord[] = listStories(index);
  await nameUntitledStories(store, stories, titled);
  await store.replaceStories(stories);

  const summaries = await store.listArticles();
  const inputs: Parameters<typeof linkEntities>[0] = [];
  for (let i = 0; i < summaries.length; i += ENTITY_BATCH) {
    const articles = await store.getArticles(summaries.slice(i, i + ENTITY_BATCH).map((s) => s.id));
    for (const article of articles) if (article.layers.entities) inputs.push({ articleId: article.id, text: article.text, entities: article.layers.entities });
  }
  const entities = linkEntities(inputs);
  await store.replaceEntities(entities);
  return { stories: stories.length, entities: entities.length };
}

/** Stories none of whose articles has a title are named by the lead sentence of their first original. */
async function nameUntitledStories(store: Store, stories: StoryRecord[], titled: ReadonlySet<string>): Promise<void> {
  const untitled = stories.filter((story) => !story.articleIds.some((id) => titled.has(id)));
  for (let i = 0; i < untitled.length; i += ENTITY_BATCH) {
    const batch = untitled.slice(i, i + ENTITY_BATCH);
    const leads = batch.map((story) => story.articleIds.find((id) => story.duplicateOf[id] === undefined) ?? story.articleIds[0]!);
    const articles = new Map((await store.getArticles(leads)).map((a) => [a.id, a]));
    batch.forEach((story, k) => {
      const article = articles.get(leads[k]!);
      const title = article && leadTitle(article);
      if (title) story.title = title;
    });
  }
}
