import { sampleArticle } from '../contract.ts';
import type { Store } from '../types.ts';

/** The ingest time every scenario article gets. */
const ingestedAt = '2025-01-02T00:00:00.000Z';

/** The same writes on any store; returns what each put reported. */
export async function writeParityScenario(store: Store): Promise<unknown[]> {
  const articles = [
    sampleArticle('pari0001', 'The central bank raised interest rates by half a point on Tuesday.', { title: 'Rates rise', outlet: 'Daily', url: 'https://daily.test/1', publishedAt: '2025-01-01' }),
    sampleArticle('pari0002', 'Officials in Zürich said the tram line opens in spring; the bank agreed.', { title: 'Tram news', outlet: 'Weekly' }),
    sampleArticle('pari0003', 'Interest in the football final was high, officials said.', { title: 'Final' }),
    sampleArticle('pari0005', 'Banking news: the bank, the bank and the banks said rates, rates and more rates would hold.', { title: 'Bank says rates hold' }),
    sampleArticle('pari0004', 'The central bank raised interest rates by half a point.', { title: 'Rates rise again', outlet: 'Copy Wire' }),
  ];
  const puts = [];
  for (const [i, article] of articles.entries()) puts.push(await store.putArticle(article, { ingestedAt, digest: i === 2 ? undefined : { n: i } }));
  puts.push(await store.putArticle(articles[0]!, { ingestedAt }));
  await store.replaceStories([
    { id: 'story-b', title: 'Tram', articleIds: ['pari0002'], duplicateOf: {}, copyMethod: {}, independentSources: 1, outlets: ['Weekly'], lastSeen: '2025-01-03' },
    { id: 'story-a', title: 'Rates', articleIds: ['pari0001', 'pari0004'], duplicateOf: { pari0004: 'pari0001' }, copyMethod: { pari0004: { method: 'exact', score: 1 } }, independentSources: 1, outlets: ['Daily', 'Copy Wire'], datedBy: 'published' },
    { id: 'story-c', title: 'Final', articleIds: ['pari0003'], duplicateOf: {}, copyMethod: {}, independentSources: 1, outlets: [], lastSeen: '2025-01-03' },
  ]);
  await store.replaceEntities([
    { id: 'org:bank', type: 'ORG', name: 'central bank', aliases: [], roles: [], members: [{ articleId: 'pari0004', key: 'ORG:bank' }, { articleId: 'pari0001', key: 'ORG:bank' }], mentionCount: 2 },
    { id: 'org:bank-2', type: 'ORG', name: 'Bank', aliases: ['bank'], roles: [{ role: 'lender', articleIds: ['pari0002'] }], members: [{ articleId: 'pari0001', key: 'ORG:bank' }, { articleId: 'pari0002', key: 'ORG:bank' }], mentionCount: 2 },
    { id: 'loc:zurich', type: 'LOC', name: 'Zürich', aliases: [], roles: [], members: [{ articleId: 'pari0002', key: 'LOC:zurich' }], mentionCount: 1 },
  ]);
  return puts;
}

/** Every read the Store offers apart from search. */
export async function readParityScenario(store: Store): Promise<unknown[]> {
  return [
    await store.countArticles(), await store.hasArticle('pari0002'), await store.hasUrl('https://daily.test/1'),
    await store.getArticle('pari0003'), await store.getArticle('pari'), await store.getArticles(['pari0004', 'none', 'pari0001', 'pari0004']),
    await store.listArticles(), await store.listArticles({ storyId: 'story-a', limit: 1, offset: 1 }), await store.listArticles({ limit: -1, offset: 2 }), await store.listDigests(),
    await store.listStories(), await store.getStory('story-a'), await store.getStory('stor'),
    await store.listEntities(), await store.listEntities({ articleIds: ['pari0002'] }),
  ];
}

/** Queries run on both stores, covering words, phrases, prefixes, accents and operator words. */
export const PARITY_QUERIES = ['bank', 'interest rates', '"half a point"', 'zurich', 'offic*', 'football OR tram', 'said', 'rates', 'bank*', '"central bank" rates', 'the', 'rat* "the bank"'];

/**
 * Each query's hits: in rank order with scores rounded to 6 decimals when `ranked`, else without
 * scores and sorted by id (the part that must match even where ranking were allowed to differ).
 */
export async function searchParityScenario(store: Store, ranked: boolean): Promise<unknown[]> {
  const out = [];
  for (const query of PARITY_QUERIES) {
    const hits = await store.search(query);
    if (ranked) out.push(query, hits.map((hit) => ({ ...hit, score: Number(hit.score.toFixed(6)) })));
    else out.push(query, hits.map(({ score: _score, ...hit }) => hit).sort((a, b) => a.articleId.localeCompare(b.articleId)));
  }
  return out;
}
