/** Ingest: read files, directories, stdin, JSONL dumps, URLs and feeds into raw documents. */
export type { DocumentFields, DocumentFormat, IngestItem, IngestOptions, RawDocument } from './types.ts';
export { IngestError } from './types.ts';
export { countInputs, isUrlInput, readInputs } from './read-inputs.ts';
export { pollFeeds } from './poll-feeds.ts';
export { fetchGuarded, type FetchedResource } from './fetch-guarded.ts';
export { findBlockedRange } from './address-guard.ts';
export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, MAX_REDIRECTS, USER_AGENT, resolveOptions } from './limits.ts';
