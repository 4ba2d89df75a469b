import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { renderHtml } from '../brief/render-html.ts';
import { renderMarkdown } from '../brief/render-markdown.ts';
import type { Pipeline } from '../core/pipeline.ts';
import { briefStory, findArticle, ingestItems, listQuotes, loadStory, NotFoundError, organiseStore } from '../library/index.ts';
import type { Store } from '../store/types.ts';
import { renderStoryList, renderStoryPage } from '../web/pages.ts';
import { ingestBodySchema, toIngestItem } from './schemas.ts';

/** Largest request body accepted by POST endpoints, in bytes. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(50), offset: z.coerce.number().int().min(0).default(0) });

/** Builds the HTTP app (JSON API under /api, dashboard pages at / and /stories/:id) over one store. */
export function createApp(store: Store, options: { pipeline?: () => Pipeline } = {}): Hono {
  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof NotFoundError) return c.json({ error: error.message }, 404);
    if (error instanceof z.ZodError) return c.json({ error: `invalid request: ${error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}` }, 400);
    if (error instanceof HTTPException) return c.json({ error: error.message }, error.status);
    return c.json({ error: `internal error: ${error.message}` }, 500);
  });
  app.notFound((c) => c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404));

  app.get('/api/stories', async (c) => c.json(await store.listStories()));
  app.get('/api/stories/:id', async (c) => {
    const { story, articles, comparisons } = await loadStory(store, c.req.param('id'));
    return c.json({ story, articles: articles.map((a) => ({ id: a.id, title: a.meta.title, outlet: a.source.outlet, url: a.source.url, publishedAt: a.meta.publishedAt, duplicateOf: story.duplicateOf[a.id] })), comparisons });
  });
  app.get('/api/stories/:id/briefing', async (c) => {
    const format = z.enum(['json', 'md', 'html']).default('json').parse(c.req.query('format'));
    const briefing = await briefStory(store, c.req.param('id'));
    if (format === 'md') return c.text(renderMarkdown(briefing), 200, { 'content-type': 'text/markdown; charset=utf-8' });
    if (format === 'html') return c.html(renderHtml(briefing));
    return c.json(briefing);
  });
  app.get('/api/articles', async (c) => {
    const { limit, offset } = listQuery.parse(c.req.query());
    return c.json(await store.listArticles({ limit, offset }));
  });
  app.get('/api/articles/:id', async (c) => c.json(await findArticle(store, c.req.param('id'))));
  app.get('/api/search', async (c) => {
    const q = z.string().trim().min(1, 'q is required').max(500).parse(c.req.query('q') ?? '');
    const { limit } = listQuery.parse(c.req.query());
    return c.json(await store.search(q, { limit }));
  });
  app.get('/api/entities', async (c) => {
    const storyId = c.req.query('story');
    const articleIds = storyId ? (await loadStory(store, storyId)).story.articleIds : undefined;
    return c.json(await store.listEntities({ articleIds }));
  });
  app.get('/api/quotes', async (c) => c.json(await listQuotes(store, { storyId: c.req.query('story'), speaker: c.req.query('speaker') })));

  app.post('/api/articles', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: `request body over ${MAX_BODY_BYTES} bytes` }, 413) }), async (c) => {
    if (!options.pipeline) throw new HTTPException(405, { message: 'this server is read-only' });
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new HTTPException(400, { message: 'invalid request: body is not valid JSON' });
    }
    const article = ingestBodySchema.parse(body);
    const summary = await ingestItems(store, options.pipeline(), [toIngestItem(article)]);
    await organiseStore(store);
    const status = summary.failed.length > 0 ? 422 : summary.stored > 0 ? 201 : 200;
    return c.json(summary, status);
  });

  app.get('/', async (c) => c.html(renderStoryList(await store.listStories())));
  app.get('/stories/:id', async (c) => {
    try {
      return c.html(renderStoryPage(await briefStory(store, c.req.param('id'))));
    } catch (error) {
      if (error instanceof NotFoundError) return c.html(renderStoryList(await store.listStories(), error.message), 404);
      throw error;
    }
  });
  return app;
}
