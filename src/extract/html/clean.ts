import { ALWAYS_REMOVED, BOILERPLATE_ATTRIBUTES } from '../rules/boilerplate-selectors.ts';
import { noteDropped, type ExtractionTrace } from './trace.ts';

/** Largest share of the page's text an element may hold and still be removed as boilerplate by class/id. */
export const MAX_REMOVED_SHARE = 0.25;
/** Elements whose class/id matched a boilerplate rule are kept when their text is this long and mostly unlinked prose. */
export const MIN_PROTECTED_CHARS = 1500;

/** The element shape cleaning needs (linkedom and jsdom elements). */
export interface CleanElement {
  tagName: string;
  getAttribute(name: string): string | null;
  textContent: string | null;
  remove(): void;
  contains(other: unknown): boolean;
}

/** A note on what cleaning removed, for debugging rules. */
export interface Removal {
  reason: string;
  tag: string;
}

/**
 * Removes boilerplate from a parsed document in place: first elements that never hold prose,
 * then elements whose class or id names boilerplate, unless they hold much of the page's text.
 */
export function removeBoilerplate(document: { querySelectorAll(selector: string): ArrayLike<CleanElement>; body: CleanElement | null }, protect: readonly CleanElement[] = [], trace?: ExtractionTrace): Removal[] {
  const removals: Removal[] = [];
  const total = Math.max(1, textLength(document.body));
  for (const rule of ALWAYS_REMOVED) {
    for (const element of Array.from(document.querySelectorAll(rule.selector))) {
      if (isProtected(element, protect)) continue;
      // ASP.NET pages wrap everything in one <form>; some themes hide-then-show the whole page.
      if (rule.guarded && textLength(element) / total > MAX_REMOVED_SHARE) continue;
      if (trace) noteDropped(trace, 'selector', rule.reason, element.textContent ?? '');
      element.remove();
      removals.push({ reason: rule.reason, tag: element.tagName });
    }
  }
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    const tag = element.tagName.toLowerCase();
    if (tag === 'html' || tag === 'body' || tag === 'article' || tag === 'main') continue;
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    const rule = BOILERPLATE_ATTRIBUTES.find((r) => r.pattern.test(names));
    if (!rule || isProtected(element, protect)) continue;
    const length = textLength(element);
    // Themes put words like "related" or "comment" on wrappers of the whole article: keep big blocks.
    if (length / total > MAX_REMOVED_SHARE || length >= MIN_PROTECTED_CHARS) continue;
    if (trace) noteDropped(trace, 'attribute', `${rule.reason} (${names.trim()})`, element.textContent ?? '');
    element.remove();
    removals.push({ reason: rule.reason, tag });
  }
  return removals;
}

function isProtected(element: CleanElement, protect: readonly CleanElement[]): boolean {
  return protect.some((p) => p === element || element.contains(p));
}

function textLength(element: CleanElement | null): number {
  return element?.textContent?.replace(/\s+/g, ' ').length ?? 0;
}
