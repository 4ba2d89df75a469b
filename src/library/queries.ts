import { buildBriefing, type Briefing } from '../brief/index.ts';
import { compareClaims, type ClaimComparison } from '../compare/index.ts';
import type { EntityRecord, Store, StoredArticle, StoryRecord } from '../store/types.ts';

/** A requested thing that does not exist; the shells turn it into "not found". */
export class NotFoundError extends Error {
  /** Creates an error naming what was looked for. */
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** Finds the corpus entity an article-level entity key belongs to. */
function memberLookup(entities: readonly EntityRecord[]): (articleId: string, key: string) => EntityRecord | undefined {
  const byMember = new Map<string, EntityRecord>();
  for (const entity of entities) for (const m of entity.members) byMember.set(`${m.articleId}\u0000${m.key}`, entity);
  return (articleId, key) => byMember.get(`${articleId}\u0000${key}`);
}

/** The story with this id or prefix, or the largest story when none is given. */
export async function findStory(store: Store, idOrPrefix?: string): Promise<StoryRecord> {
  if (idOrPrefix) {
    const story = await store.getStory(idOrPrefix);
    if (!story) throw new NotFoundError(`no story "${idOrPrefix}" (list them with: dossier stories)`);
    return story;
  }
  const [largest] = await store.listStories();
  if (!largest) throw new NotFoundError('the database has no stories yet (add articles with: dossier ingest PATH)');
  return largest;
}

/** A story with its articles, claim comparison and entity lookup, read once. */
export async function loadStory(store: Store, idOrPrefix?: string): Promise<{ story: StoryRecord; articles: StoredArticle[]; comparisons: ClaimComparison[]; entities: EntityRecord[] }> {
  const story = await findStory(store, idOrPrefix);
  const articles = await store.getArticles(story.articleIds);
  const comparisons = compareClaims(articles, story.duplicateOf);
  const entities = await store.listEntities({ articleIds: story.articleIds });
  return { story, articles, comparisons, entities };
}

/** Builds the cited briefing of a story (the largest when no id is given). */
export async function briefStory(store: Store, idOrPrefix?: string): Promise<Briefing> {
  const { story, articles, comparisons, entities } = await loadStory(store, idOrPrefix);
  const entityOf = memberLookup(entities);
  return buildBriefing({
    story,
    articles,
    comparisons,
    lookupEntity: (articleId, key) => {
      const entity = entityOf(articleId, key);
      return entity ? { id: entity.id, name: entity.name } : undefined;
    },
  });
}

/** An article by id or prefix. */
export async function findArticle(store: Store, idOrPrefix: string): Promise<StoredArticle> {
  const article = await store.getArticle(idOrPrefix);
  if (!article) throw new NotFoundError(`no article "${idOrPrefix}" (ids are shown by: dossier stories --json, dossier search)`);
  return article;
}

/** One quote as listed to a user. */
export interface QuoteView {
  articleId: string;
  outlet?: string;
  speaker?: string;
  entityId?: string;
  direct: boolean;
  text: string;
  cue: string;
  publishedAt?: string;
}

/** Quotes of the whole store or one story, optionally of one speaker (name or alias, case-insensitive). */
export async function listQuotes(store: Store, options: { storyId?: string; speaker?: string } = {}): Promise<QuoteView[]> {
  const ids = options.storyId ? (await findStory(store, options.storyId)).articleIds : (await store.listArticles()).map((a) => a.id);
  const articles = await store.getArticles(ids);
  const entities = await store.listEntities({ articleIds: ids });
  const entityOf = memberLookup(entities);
  const wanted = options.speaker?.toLowerCase();
  const views: QuoteView[] = [];
  for (const article of articles) {
    for (const quote of article.layers.quotes ?? []) {
      const entity = quote.speakerKey ? entityOf(article.id, quote.speakerKey) : undefined;
      const speaker = entity?.name ?? (quote.source ? article.text.slice(quote.source.start, quote.source.end) : undefined);
      if (wanted && !(speaker?.toLowerCase().includes(wanted) || entity?.aliases.some((a) => a.toLowerCase().includes(wanted)))) continue;
      views.push({
        articleId: article.id,
        outlet: article.source.outlet,
        speaker,
        entityId: entity?.id,
        direct: quote.direct,
        text: quote.content.map((c) => article.text.slice(c.start, c.end)).join(' … '),
        cue: article.text.slice(quote.cue.start, quote.cue.end),
        publishedAt: article.meta.publishedAt,
      });
    }
  }
  return views;
}
