/** Row-to-record mapping shared by the SQLite and PostgreSQL adapters (both select the same column names). */
import type { ArticleSummary } from './types.ts';

/** A database NULL (or a missing column) as undefined, anything else as a string. */
export const optional = (value: unknown): string | undefined => (value === null || value === undefined ? undefined : (value as string));

/** An ArticleSummary from a row of the article-list query. */
export function articleSummaryFromRow(row: Record<string, unknown>): ArticleSummary {
  return {
    id: row.id as string,
    title: optional(row.title),
    outlet: optional(row.outlet),
    url: optional(row.url),
    input: row.input as string,
    publishedAt: optional(row.published_at),
    ingestedAt: row.ingested_at as string,
    language: optional(row.language),
    storyId: optional(row.story_id),
    duplicateOf: optional(row.duplicate_of),
    characters: row.characters as number,
  };
}
