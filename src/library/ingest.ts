import type { Pipeline } from '../core/pipeline.ts';
import type { Article } from '../core/types.ts';
import { digestArticle } from '../cluster/digest.ts';
import { extractArticle } from '../extract/index.ts';
import { readInputs } from '../ingest/index.ts';
import type { IngestItem, IngestOptions } from '../ingest/types.ts';
import type { Store } from '../store/types.ts';

/** What happened to one input. */
export type IngestEvent =
  | { kind: 'stored'; input: string; articleId: string; title?: string; warnings: string[] }
  | { kind: 'duplicate'; input: string; articleId: string }
  | { kind: 'failed'; input: string; reason: string };

/** Counts and failures of one ingest run. */
export interface IngestSummary {
  stored: number;
  duplicates: number;
  failed: { input: string; reason: string }[];
  articleIds: string[];
}

/** Options of one ingest run. */
export interface IngestRunOptions extends IngestOptions {
  /** Character encoding of plain-text inputs, when not UTF-8. */
  encoding?: string;
  onEvent?: (event: IngestEvent) => void;
}

/**
 * Reads inputs, extracts and annotates each article and stores it, one transaction per article.
 * A bad input becomes a failure in the summary; the others go on. Stories are not updated here:
 * call organiseStore afterwards.
 */
export async function ingestInputs(store: Store, pipeline: Pipeline, inputs: string[], options: IngestRunOptions = {}): Promise<IngestSummary> {
  const knownUrls = new Set<string>();
  return ingestItems(store, pipeline, readInputs(inputs, { ...options, isKnownUrl: (url) => knownUrls.has(url) }), options, knownUrls);
}

/** Extracts, annotates and stores already-read documents (from readInputs, or built by the API). */
export async function ingestItems(store: Store, pipeline: Pipeline, items: AsyncIterable<IngestItem> | Iterable<IngestItem>, options: IngestRunOptions = {}, knownUrls = new Set<string>()): Promise<IngestSummary> {
  const summary: IngestSummary = { stored: 0, duplicates: 0, failed: [], articleIds: [] };
  const emit = options.onEvent ?? (() => {});
  const fail = (input: string, reason: string) => {
    summary.failed.push({ input, reason });
    emit({ kind: 'failed', input, reason });
  };
  for await (const item of items) {
    if (item.kind === 'failure') {
      fail(item.input, item.reason);
      continue;
    }
    try {
      const extraction = extractArticle(item.document, { encoding: options.encoding });
      if (!extraction.ok) {
        fail(extraction.input, extraction.reason);
        continue;
      }
      const { article } = extraction;
      if (await store.hasArticle(article.id)) {
        summary.duplicates++;
        emit({ kind: 'duplicate', input: article.source.input, articleId: article.id });
        continue;
      }
      const annotated = pipeline.run(article);
      const ingestedAt = new Date().toISOString();
      const result = await store.putArticle(annotated, { ingestedAt, digest: digestArticle(digestInput(annotated, ingestedAt)) });
      if (result === 'duplicate') {
        summary.duplicates++;
        emit({ kind: 'duplicate', input: article.source.input, articleId: article.id });
      } else {
        summary.stored++;
        summary.articleIds.push(article.id);
        if (article.source.url) knownUrls.add(article.source.url);
        const warnings = article.messages.filter((m) => m.level === 'warning' && m.stage === 'extract').map((m) => m.reason);
        emit({ kind: 'stored', input: article.source.input, articleId: article.id, title: article.meta.title, warnings });
      }
    } catch (error) {
      fail(item.document.input, `internal error while processing: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return summary;
}

/** What clustering needs from an annotated article. */
export function digestInput(article: Article, ingestedAt: string) {
  const mentions = article.layers.entities?.mentions ?? [];
  const numbers = (article.layers.claims ?? []).map((c) => `${c.key}=${c.value}`);
  return {
    id: article.id,
    text: article.text,
    title: article.meta.title,
    publishedAt: article.meta.publishedAt,
    ingestedAt,
    outlet: article.source.outlet,
    language: article.meta.language,
    entityKeys: [...new Set(mentions.filter((m) => m.type !== 'MISC').map((m) => m.key))],
    numbers,
  };
}
