import { LEAD_RULES, NOT_LEAD } from '../rules/lead-selectors.ts';
import { normalizeText } from './blocks.ts';

/** How many ancestors above the article body are searched for a lead paragraph (TYPO3, Drupal and Arc pages need 2–4). */
export const MAX_LEAD_LEVELS = 4;
/** A lead shorter than this (characters) is a label or a kicker, not a paragraph. */
export const MIN_LEAD_TEXT_CHARS = 30;
/** A lead longer than this (characters) is a section of its own, not a standfirst. */
export const MAX_LEAD_TEXT_CHARS = 1000;

/** A lead with more than this share of its characters in links is a teaser list. */
export const MAX_LEAD_LINK_SHARE = 0.5;

/** The element shape lead finding needs (linkedom and jsdom elements). */
export interface LeadElement {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  contains(other: unknown): boolean;
  querySelectorAll(selector: string): ArrayLike<LeadElement>;
  textContent: string | null;
  parentElement: LeadElement | null;
}

const MARK = 'data-dossier-body';

/** True when one of the element's class or id tokens names a lead paragraph. */
export function isLeadElement(element: Pick<LeadElement, 'getAttribute'>): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (NOT_LEAD.test(names)) return false;
  return names.split(/\s+/).filter(Boolean).some((name) => {
    // BEM parts ("article-header__lead") are tested one by one, compound names ("teaser-text") as neighbouring pairs.
    const parts = name.split(/__|--|[-_]/);
    const candidates = [name, ...parts, ...parts.slice(1).map((part, i) => `${parts[i]}-${part}`)];
    return candidates.some((part) => LEAD_RULES.some((rule) => rule.token.test(part)));
  });
}

/**
 * Finds lead paragraphs that sit just before the article body, outside it (a standfirst in the header,
 * TYPO3's "teaser-text" beside "news-text-wrap"): the texts, in page order, that the body does not already hold.
 */
export function findLeadTexts(body: LeadElement): string[] {
  const bodyText = normalizeText(body.textContent ?? '');
  let scope: LeadElement | null = body;
  for (let level = 0; level < MAX_LEAD_LEVELS && scope?.parentElement; level++) scope = scope.parentElement;
  if (!scope || scope === body) return [];
  body.setAttribute(MARK, '');
  const found: LeadElement[] = [];
  try {
    // Elements come back in page order, so everything before the marked body precedes it.
    for (const element of Array.from(scope.querySelectorAll(`[class], [id], [${MARK}]`))) {
      if (element === body) break;
      if (element.contains(body) || found.some((f) => f.contains(element)) || !isLeadElement(element)) continue;
      const text = normalizeText(element.textContent ?? '');
      if (text.length < MIN_LEAD_TEXT_CHARS || text.length > MAX_LEAD_TEXT_CHARS || bodyText.includes(text)) continue;
      if (linkedLength(element) > text.length * MAX_LEAD_LINK_SHARE) continue;
      found.push(element);
    }
  } finally {
    body.removeAttribute(MARK);
  }
  return found.map((element) => normalizeText(element.textContent ?? ''));
}

function linkedLength(element: LeadElement): number {
  let length = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) length += normalizeText(link.textContent ?? '').length;
  return length;
}
