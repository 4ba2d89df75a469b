/**
 * robots.txt as RFC 9309 reads it: groups of user-agent lines with allow/disallow rules, the
 * group naming our product token first, else "*"; the longest matching rule wins, allow on ties;
 * "*" matches any run of characters and "$" ends a rule. Crawl-delay (not in the RFC, widely used)
 * is read too.
 */

/** The product token Dossier looks for in user-agent lines. */
export const ROBOTS_TOKEN = 'dossier';

/** One allow or disallow rule. */
export interface RobotsRule {
  allow: boolean;
  pattern: string;
}

/** The rules that apply to Dossier on one host. */
export interface RobotsRules {
  rules: RobotsRule[];
  /** Seconds to wait between requests, when the site asks. */
  crawlDelay?: number;
}

/** Nothing disallowed: a missing or unreadable robots.txt. */
export const ALLOW_ALL: RobotsRules = { rules: [] };

interface Group {
  agents: string[];
  rules: RobotsRule[];
  crawlDelay?: number;
}

/** Parses robots.txt text into the rules for `token` (falling back to the "*" group). */
export function parseRobots(text: string, token = ROBOTS_TOKEN): RobotsRules {
  const groups: Group[] = [];
  let current: Group | undefined;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (field === 'allow' || field === 'disallow') {
      if (value === '') continue; // "Disallow:" with nothing allows everything
      current.rules.push({ allow: field === 'allow', pattern: value });
    } else if (field === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelay = seconds;
    }
  }
  const own = groups.filter((g) => g.agents.some((a) => a !== '*' && token.toLowerCase().startsWith(a)));
  const chosen = own.length > 0 ? own : groups.filter((g) => g.agents.includes('*'));
  if (chosen.length === 0) return ALLOW_ALL;
  const delays = chosen.flatMap((g) => (g.crawlDelay === undefined ? [] : [g.crawlDelay]));
  return { rules: chosen.flatMap((g) => g.rules), ...(delays.length > 0 ? { crawlDelay: Math.max(...delays) } : {}) };
}

/** True when the rules let Dossier fetch this path (path plus query, as in the URL). */
export function isAllowed(rules: RobotsRules, pathAndQuery: string): boolean {
  if (pathAndQuery === '/robots.txt') return true;
  let best: RobotsRule | undefined;
  let bestLength = -1;
  for (const rule of rules.rules) {
    if (!matches(rule.pattern, pathAndQuery)) continue;
    const length = rule.pattern.length;
    if (length > bestLength || (length === bestLength && rule.allow && !best?.allow)) {
      best = rule;
      bestLength = length;
    }
  }
  return best === undefined || best.allow;
}

/** Matches a robots pattern ("*" any run, "$" at the end anchors) against the start of a path. */
function matches(pattern: string, path: string): boolean {
  return toRegex(pattern).test(path) || toRegex(decodeSafely(pattern)).test(decodeSafely(path));
}

function toRegex(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  return new RegExp(`^${body.split('*').map(escapeRegex).join('.*')}${anchored ? '$' : ''}`);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function decodeSafely(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
