import { ARTICLE_BODY_SELECTORS } from '../rules/boilerplate-selectors.ts';
import { normalizeText } from './blocks.ts';

/** How many ancestors up two parts of one article body may meet (sections of one article, columns of one page). */
export const MAX_PART_LEVELS = 3;
/** A sibling part needs this many characters of text to count as more of the article (empty wrappers and labels do not). */
export const MIN_PART_CHARS = 100;
/** A sibling part with more than this share of its characters in links is a teaser card, not article text. */
export const MAX_PART_LINK_SHARE = 0.5;

/** The element shape part finding needs (linkedom and jsdom elements). */
export interface PartElement {
  tagName: string;
  getAttribute(name: string): string | null;
  contains(other: unknown): boolean;
  matches(selector: string): boolean;
  querySelectorAll(selector: string): ArrayLike<PartElement>;
  textContent: string | null;
  parentElement: PartElement | null;
}

/**
 * Finds the parts of an article body that a CMS split across sibling containers with the same tag and class
 * (one `section.article-section` per chapter, one text module per paragraph group): all parts in page order, the body included.
 */
export function findBodyParts(document: { querySelectorAll(selector: string): ArrayLike<PartElement> }, body: PartElement): PartElement[] {
  const rule = ARTICLE_BODY_SELECTORS.find((r) => safeMatches(body, r.selector));
  if (!rule) return [body];
  const scope = ancestor(body, MAX_PART_LEVELS);
  const parts: PartElement[] = [];
  for (const element of Array.from(document.querySelectorAll(rule.selector))) {
    if (element === body) { parts.push(element); continue; }
    if (element.tagName !== body.tagName || element.getAttribute('class') !== body.getAttribute('class')) continue;
    if (!scope || !scope.contains(element) || element.contains(body) || body.contains(element) || parts.some((p) => p.contains(element))) continue;
    if (hasOwnTitle(element, scope)) continue;
    const text = normalizeText(element.textContent ?? '');
    if (text.length < MIN_PART_CHARS || linkedLength(element) > text.length * MAX_PART_LINK_SHARE) continue;
    parts.push(element);
  }
  return parts;
}

// On a blog or news listing each post body sits in its own wrapper beside its own title: that is another item, not a part.
function hasOwnTitle(part: PartElement, scope: PartElement): boolean {
  let branch = part;
  while (branch.parentElement && branch.parentElement !== scope) branch = branch.parentElement;
  if (branch === part) return false;
  return Array.from(branch.querySelectorAll('h1, h2')).some((heading) => !part.contains(heading));
}

function ancestor(element: PartElement, levels: number): PartElement | null {
  let current: PartElement | null = element;
  for (let i = 0; i < levels && current; i++) current = current.parentElement;
  return current;
}

function safeMatches(element: PartElement, selector: string): boolean {
  try { return element.matches(selector); } catch { return false; }
}

function linkedLength(element: PartElement): number {
  let length = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) length += normalizeText(link.textContent ?? '').length;
  return length;
}
