import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../core/types.ts';
import type { Store } from './types.ts';

/** Builds a small article for store tests. */
export function sampleArticle(id: string, text: string, extra: Partial<Article['meta']> & { url?: string; outlet?: string } = {}): Article {
  return {
    id,
    source: { input: `${id}.txt`, url: extra.url, outlet: extra.outlet, fetchedAt: '2025-01-02T00:00:00.000Z' },
    meta: { title: extra.title ?? `Title ${id}`, authors: [], publishedAt: extra.publishedAt },
    text,
    layers: { paragraphs: [{ start: 0, end: text.length, kind: 'body' }] },
    messages: [],
  };
}

/** The contract every Store implementation passes; `open` returns a fresh, empty store. */
export function runStoreContract(name: string, open: () => Promise<Store>): void {
  const ingestedAt = '2025-01-02T00:00:00.000Z';

  test(`${name}: an article is stored once and read back intact`, async () => {
    const store = await open();
    const article = sampleArticle('aaaa1111', 'The harbour bridge reopened on Friday after repairs.', { url: 'https://news.test/a', outlet: 'News Test' });
    assert.equal(await store.putArticle(article, { ingestedAt, digest: { terms: ['bridge'] } }), 'stored');
    assert.equal(await store.putArticle(article, { ingestedAt }), 'duplicate');
    assert.equal(await store.countArticles(), 1);
    const back = await store.getArticle('aaaa');
    assert.equal(back?.text, article.text);
    assert.deepEqual(back?.layers, article.layers);
    assert.equal(back?.source.outlet, 'News Test');
    assert.ok(await store.hasUrl('https://news.test/a'));
    assert.deepEqual(await store.listDigests(), [{ id: 'aaaa1111', digest: { terms: ['bridge'] } }]);
    await store.close();
  });

  test(`${name}: stories replace the previous grouping and place each article`, async () => {
    const store = await open();
    await store.putArticle(sampleArticle('bbbb0001', 'Floods closed the valley road.'), { ingestedAt });
    await store.putArticle(sampleArticle('bbbb0002', 'Floods closed the valley road again.'), { ingestedAt });
    await store.replaceStories([{ id: 's1', title: 'Floods', articleIds: ['bbbb0001', 'bbbb0002'], duplicateOf: { bbbb0002: 'bbbb0001' }, copyMethod: { bbbb0002: { method: 'near', score: 0.9 } }, independentSources: 1, outlets: [], firstSeen: '2026-01-05T08:00:00.000Z', lastSeen: '2026-01-06T08:00:00.000Z', datedBy: 'ingested' }]);
    const story = await store.getStory('s1');
    assert.deepEqual(story?.articleIds, ['bbbb0001', 'bbbb0002']);
    assert.deepEqual([story?.firstSeen, story?.lastSeen, story?.datedBy], ['2026-01-05T08:00:00.000Z', '2026-01-06T08:00:00.000Z', 'ingested']);
    assert.equal((await store.getArticle('bbbb0002'))?.duplicateOf, 'bbbb0001');
    await store.replaceStories([]);
    assert.equal(await store.getStory('s1'), undefined);
    assert.equal((await store.getArticle('bbbb0002'))?.storyId, undefined);
    await store.close();
  });

  test(`${name}: full-text search ranks by bm25 and survives operator syntax`, async () => {
    const store = await open();
    await store.putArticle(sampleArticle('cccc0001', 'The central bank raised interest rates by half a point.'), { ingestedAt });
    await store.putArticle(sampleArticle('cccc0002', 'A football match ended in a draw.'), { ingestedAt });
    const hits = await store.search('interest rates');
    assert.deepEqual(hits.map((h) => h.articleId), ['cccc0001']);
    for (const hostile of ['"unbalanced', 'NEAR(', 'a AND OR', '*', '', '(((']) assert.ok(Array.isArray(await store.search(hostile)), hostile);
    await store.close();
  });

  test(`${name}: entities are replaced as a whole and filtered by article`, async () => {
    const store = await open();
    await store.replaceEntities([
      { id: 'per:ann-lee', type: 'PER', name: 'Ann Lee', aliases: ['Lee'], roles: [{ role: 'mayor', articleIds: ['x1'] }], members: [{ articleId: 'x1', key: 'PER:ann lee' }], mentionCount: 3 },
      { id: 'org:city-council', type: 'ORG', name: 'City Council', aliases: [], roles: [], members: [{ articleId: 'x2', key: 'ORG:city council' }], mentionCount: 1 },
    ]);
    assert.deepEqual((await store.listEntities({ articleIds: ['x1'] })).map((e) => e.name), ['Ann Lee']);
    assert.equal((await store.listEntities()).length, 2);
    await store.close();
  });
}
