import { z } from 'zod';
import type { IngestItem } from '../ingest/types.ts';

/** Largest article accepted in one POST, in characters. */
export const MAX_ARTICLE_CHARS = 2_000_000;

/** The body of POST /api/articles: one article, as a JSONL dump line would give it. */
export const ingestBodySchema = z
  .object({
    text: z.string().max(MAX_ARTICLE_CHARS).optional(),
    html: z.string().max(MAX_ARTICLE_CHARS).optional(),
    title: z.string().max(1000).optional(),
    url: z.string().url().max(4000).optional(),
    outlet: z.string().max(200).optional(),
    published: z.string().max(100).optional(),
    authors: z.array(z.string().max(200)).max(50).optional(),
  })
  .strict()
  .refine((body) => Boolean(body.text) !== Boolean(body.html), { message: 'give exactly one of text or html' });

/** Turns a validated body into one ingest item. */
export function toIngestItem(body: z.infer<typeof ingestBodySchema>, input = 'POST /api/articles'): IngestItem {
  const content = body.html ?? body.text ?? '';
  return {
    kind: 'document',
    document: {
      input: body.url ?? input,
      bytes: new TextEncoder().encode(content),
      format: body.html ? 'html' : 'text',
      url: body.url,
      fields: { title: body.title, published: body.published, outlet: body.outlet, url: body.url, authors: body.authors },
      fetchedAt: new Date().toISOString(),
    },
  };
}
