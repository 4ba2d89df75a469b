/** Fetches a URL safely: http(s) only, public addresses only, manual redirects, a time limit and a size cap. */
import { assertPublicHost } from './address-guard.ts';
import { formatBytes, MAX_REDIRECTS } from './limits.ts';
import { readCapped } from './read-capped.ts';
import { IngestError, type ResolvedOptions } from './types.ts';

/** What a successful fetch returns: the final URL after redirects, the body and its declared type. */
export interface FetchedResource {
  url: string;
  bytes: Uint8Array;
  contentType?: string;
  fetchedAt: string;
  /** True for a 304 answer to a conditional request; bytes are then empty. */
  notModified?: boolean;
  /** Cache validators to send on the next request for the same URL. */
  validators?: Validators;
}

/** HTTP cache validators of a response, for conditional requests. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** Extra request settings: the Accept header, and validators that make the request conditional. */
export interface FetchRequest {
  accept?: string;
  validators?: Validators;
}

const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** HTTP statuses that redirect and carry a Location header. */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches `url` following at most MAX_REDIRECTS redirects, checking each hop's scheme and every
 * address its host resolves to, under one time limit for the whole exchange (all hops and the body).
 */
export async function fetchGuarded(url: string, options: ResolvedOptions, request: FetchRequest = {}): Promise<FetchedResource> {
  const headers: Record<string, string> = { 'user-agent': options.userAgent, accept: request.accept ?? DEFAULT_ACCEPT };
  if (request.validators?.etag) headers['if-none-match'] = request.validators.etag;
  if (request.validators?.lastModified) headers['if-modified-since'] = request.validators.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([controller.signal, options.signal]) : controller.signal;
  const seen: string[] = [];
  try {
    let current = parseUrl(url);
    for (;;) {
      signal.throwIfAborted();
      await untilAborted(checkTarget(current, options), signal); // DNS lookups ignore signals
      seen.push(current.href);
      const response = await options.fetch(current.href, {
        redirect: 'manual',
        signal,
        headers,
      });
      const validators = readValidators(response.headers);
      if (response.status === 304 && request.validators) {
        await response.body?.cancel();
        return { url: current.href, bytes: new Uint8Array(), fetchedAt: new Date().toISOString(), notModified: true, validators };
      }
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel();
        current = nextHop(current, response.headers.get('location'), seen);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new IngestError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${current.href}`);
      }
      const declared = Number(response.headers.get('content-length'));
      if (declared > options.maxBytes) {
        await response.body?.cancel();
        throw new IngestError(`response is ${formatBytes(declared)}, over the ${formatBytes(options.maxBytes)} limit (maxBytes)`);
      }
      const bytes = response.body ? await readCapped(response.body, options.maxBytes, 'response') : new Uint8Array();
      return {
        url: current.href,
        bytes,
        contentType: response.headers.get('content-type') ?? undefined,
        fetchedAt: new Date().toISOString(),
        validators,
      };
    }
  } catch (error) {
    if (options.signal?.aborted) throw new IngestError('cancelled', { cause: error });
    if (controller.signal.aborted) {
      throw new IngestError(`timed out after ${formatSeconds(options.timeoutMs)} (timeoutMs)`, { cause: error });
    }
    if (error instanceof IngestError) throw error;
    throw new IngestError(`request failed: ${describeFetchError(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** Parses a URL the user gave, with an error that says what was found. */
function parseUrl(text: string): URL {
  try {
    return new URL(text);
  } catch (error) {
    throw new IngestError(`not a valid URL: ${JSON.stringify(text)}`, { cause: error });
  }
}

/** Throws unless the URL is http(s) and its host is public (or private addresses are allowed). */
async function checkTarget(url: URL, options: ResolvedOptions): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError(`only http and https URLs are fetched, not ${url.protocol.slice(0, -1)} (${url.href})`);
  }
  if (!options.allowPrivate) await assertPublicHost(url.hostname);
}

/** The ETag and Last-Modified headers of a response, when present. */
function readValidators(headers: Headers): Validators | undefined {
  const etag = headers.get('etag') ?? undefined;
  const lastModified = headers.get('last-modified') ?? undefined;
  return etag || lastModified ? { etag, lastModified } : undefined;
}

/** Settles like `promise`, or rejects as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The URL a redirect points to, refusing loops and chains longer than MAX_REDIRECTS. */
function nextHop(from: URL, location: string | null, seen: string[]): URL {
  if (!location) throw new IngestError(`redirect from ${from.href} has no Location header`);
  let next: URL;
  try {
    next = new URL(location, from);
  } catch (error) {
    throw new IngestError(`redirect from ${from.href} to an invalid URL: ${JSON.stringify(location)}`, { cause: error });
  }
  next.hash = '';
  if (seen.includes(next.href)) throw new IngestError(`redirect loop: ${[...seen, next.href].join(' → ')}`);
  if (seen.length > MAX_REDIRECTS) {
    throw new IngestError(`too many redirects (more than ${MAX_REDIRECTS}), starting at ${seen[0]}`);
  }
  return next;
}

/** The most telling part of a fetch error: undici hides the system error in `cause`. */
function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
  return (error as Error).message ?? String(error);
}

/** Milliseconds as a short duration: "20 s", "0.2 s". */
function formatSeconds(milliseconds: number): string {
  return `${+(milliseconds / 1000).toFixed(2)} s`;
}
