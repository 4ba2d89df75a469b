/** The values ingest produces: raw documents (bytes plus where they came from) and failures. */

/** Fields a container (JSONL line, feed item) states about one document. */
export interface DocumentFields {
  title?: string;
  /** As stated by the source; feed dates are normalised to ISO 8601 when they parse. */
  published?: string;
  outlet?: string;
  url?: string;
  authors?: string[];
}

/** How the bytes should be read by the extractor. */
export type DocumentFormat = 'text' | 'markdown' | 'html';

/** One document as read, before any interpretation of its content. */
export interface RawDocument {
  /** What the user gave, plus a locator for items inside it (e.g. "dump.jsonl:17", a feed item URL). */
  input: string;
  /** Decompressed content, not decoded: character decoding is the extractor's job. */
  bytes: Uint8Array;
  format: DocumentFormat;
  /** The HTTP Content-Type header, when fetched. */
  contentType?: string;
  /** The document's URL: the final one after redirects when fetched, or as a dump line states it. */
  url?: string;
  /** The feed the document was listed in. */
  feedUrl?: string;
  fields?: DocumentFields;
  /** ISO 8601 time the bytes were read. */
  fetchedAt: string;
}

/** One result of reading inputs: a document, or a failure a person can act on. */
export type IngestItem =
  | { kind: 'document'; document: RawDocument }
  | { kind: 'failure'; input: string; reason: string };

/** Limits and hooks for reading inputs; every field has a safe default. */
export interface IngestOptions {
  /** Largest document accepted, in bytes (after decompression). Default 20 MiB. */
  maxBytes?: number;
  /** Allow requests to loopback, private and other non-public addresses (tests, intranets). */
  allowPrivate?: boolean;
  /** Time limit for one HTTP request including its body, in milliseconds. Default 20 s. */
  timeoutMs?: number;
  userAgent?: string;
  /** Stream read for the input "-". Default process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** The fetch implementation. Default: a node:http transport that re-checks addresses when connecting. */
  fetch?: typeof fetch;
  /** Fetch feed items even where the site's robots.txt disallows it. Default false. */
  ignoreRobots?: boolean;
  /** Feed items whose URL this returns true for are skipped (the store already has them). */
  isKnownUrl?: (url: string) => boolean;
  /** Cancels requests in flight and stops reading further inputs. */
  signal?: AbortSignal;
}

/** Options with every default filled in. */
export type ResolvedOptions = Required<Omit<IngestOptions, 'isKnownUrl' | 'signal'>> & Pick<IngestOptions, 'isKnownUrl' | 'signal'>;

/** A failure while reading one input; its message is written for the person running the command. */
export class IngestError extends Error {
  /** Creates an error with a reason a person can act on. */
  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'IngestError';
  }
}
