/** Asks each host's robots.txt before Dossier fetches pages on its own (feed items), and spaces requests by its crawl-delay. */
import { fetchGuarded } from './fetch-guarded.ts';
import { ALLOW_ALL, isAllowed, parseRobots, type RobotsRules } from './robots.ts';
import type { ResolvedOptions } from './types.ts';

/** Largest robots.txt read (Google reads 500 KiB). */
export const MAX_ROBOTS_BYTES = 500 * 1024;
/** Longest crawl-delay honoured, in seconds: a site asking for more still gets one request this often. */
export const MAX_CRAWL_DELAY_SECONDS = 10;

/** The robots.txt check and pacing for one run. */
export interface RobotsPolicy {
  /** Undefined when the page may be fetched, else the reason it may not. */
  refusal(url: string): Promise<string | undefined>;
  /** Resolves when the host's crawl-delay allows the next request. */
  pace(url: string): Promise<void>;
}

/**
 * A policy that reads robots.txt once per origin. A missing, unreachable or unreadable robots.txt
 * allows everything (as RFC 9309 says for 4xx answers; for failures we favour the user who asked).
 */
export function createRobotsPolicy(options: ResolvedOptions): RobotsPolicy {
  const rules = new Map<string, Promise<RobotsRules>>();
  const nextSlot = new Map<string, number>();
  const rulesFor = (origin: string): Promise<RobotsRules> => {
    let pending = rules.get(origin);
    if (!pending) {
      const limits = { ...options, maxBytes: Math.min(options.maxBytes, MAX_ROBOTS_BYTES) };
      pending = fetchGuarded(`${origin}/robots.txt`, limits, { accept: 'text/plain' })
        .then((resource) => parseRobots(Buffer.from(resource.bytes).toString('utf8')))
        .catch(() => ALLOW_ALL);
      rules.set(origin, pending);
    }
    return pending;
  };
  return {
    async refusal(url) {
      if (options.ignoreRobots) return undefined;
      const target = new URL(url);
      const found = await rulesFor(target.origin);
      if (isAllowed(found, `${target.pathname}${target.search}`)) return undefined;
      return `robots.txt of ${target.host} does not allow Dossier to fetch this page (pass --ignore-robots to fetch it anyway)`;
    },
    async pace(url) {
      if (options.ignoreRobots) return;
      const origin = new URL(url).origin;
      const delay = Math.min((await rulesFor(origin)).crawlDelay ?? 0, MAX_CRAWL_DELAY_SECONDS) * 1000;
      if (delay === 0) return;
      const now = Date.now();
      const slot = Math.max(now, nextSlot.get(origin) ?? 0);
      nextSlot.set(origin, slot + delay);
      if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
    },
  };
}
