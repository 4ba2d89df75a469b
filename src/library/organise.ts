import { linkEntities } from '../annotate/entities/link.ts';
import { addArticle, createStoryIndex, listStories } from '../cluster/index.ts';
import type { ArticleDigest } from '../cluster/digest.ts';
import type { Store, StoryRecord } from '../store/types.ts';

/** Articles read per batch when linking entities across the store. */
export const ENTITY_BATCH = 500;

/**
 * Regroups the store: rebuilds the story index from stored digests in arrival order (copies,
 * rewrites, stories) and links entities across all articles, then saves both decisions.
 */
export async function organiseStore(store: Store): Promise<{ stories: number; entities: number }> {
  const index = createStoryIndex();
  for (const { digest } of await store.listDigests()) addArticle(index, digest as ArticleDigest);
  const stories: StoryRecord[] = listStories(index);
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
