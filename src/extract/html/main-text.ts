import { Readability } from '@mozilla/readability';
import { ARTICLE_BODY_SELECTORS } from '../rules/boilerplate-selectors.ts';
import { parseHTML } from 'linkedom';
import { collectBlocks, type DomNode } from './blocks.ts';
import { removeBoilerplate, type CleanElement } from './clean.ts';
import { filterBlocks, type CleanBlock } from './filter-blocks.ts';

/** Fewer characters than this from a candidate means it missed the article (250 → 500: F 0.9208 → 0.9220; 800 gave 0.9221). */
export const MIN_ARTICLE_CHARS = 500;
/**
 * Readability's output wins over the selector candidate when it is this many times longer (it found more sections).
 * On trafilatura-eval (npm run eval:extraction) F moved within ±0.002 between 1.1 and 3, so this is not sensitive.
 */
export const READABILITY_LONGER_FACTOR = 1.5;

/** A short candidate is still preferred to the whole page when it holds this share of the page's prose. */
export const MIN_SHARE_OF_PAGE = 0.2;

/** Blocks before the article body, inside its enclosing article, that may be a lead paragraph (3 → 6: F 0.9165 → 0.9171). */
export const MAX_LEAD_BLOCKS = 6;
/** A lead paragraph is prose of at least this many characters ending in sentence punctuation. */
export const MIN_LEAD_CHARS = 80;

/** Which method produced the main text. */
export type MainTextMethod = 'selector' | 'readability' | 'body' | 'json-ld' | 'noscript';

/** The chosen main-text blocks and how they were found. */
export interface MainText {
  blocks: CleanBlock[];
  method: MainTextMethod;
}

type Doc = Document;

/**
 * Picks the article's blocks from a parsed page (mutates it):
 * 1. remove boilerplate, 2. read the best article-body element, 3. run Readability,
 * 4. keep the better of the two, 5. fall back to the whole body's prose blocks.
 */
export function findMainText(document: Doc): MainText {
  // Pages that render their text with JavaScript often keep it only in <noscript> or JSON-LD articleBody; read both before cleaning.
  const hidden = hiddenTextSources(document);
  const found = findInDom(document);
  const length = totalLength(found.blocks);
  if (length >= MIN_ARTICLE_CHARS) return found;
  for (const candidate of hidden) {
    if (totalLength(candidate.blocks) >= Math.max(MIN_HIDDEN_TEXT_CHARS, length * THIN_FALLBACK_FACTOR)) return candidate;
  }
  return found;
}

/** Fewest characters a <noscript> or JSON-LD articleBody text needs to stand in for thin DOM text. */
export const MIN_HIDDEN_TEXT_CHARS = 200;
/** A hidden text source replaces thin DOM text only when it is this many times longer. */
export const THIN_FALLBACK_FACTOR = 2;

function hiddenTextSources(document: Doc): MainText[] {
  const sources: MainText[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const body = /"articleBody"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(script.textContent ?? '')?.[1];
    if (!body) continue;
    let text: string;
    try { text = JSON.parse(`"${body}"`) as string; } catch { continue; }
    // articleBody is sometimes HTML, sometimes plain text with newlines between paragraphs.
    const html = /<\/?(p|div|br)\b/i.test(text) ? text : text.split(/\n+/).map((line) => `<p>${escapeHtml(line)}</p>`).join('');
    sources.push({ blocks: blocksOfFragment(html), method: 'json-ld' });
  }
  const noscript = Array.from(document.querySelectorAll('noscript'), (n) => n.innerHTML ?? '').filter((t) => t.length >= MIN_HIDDEN_TEXT_CHARS).join('');
  if (noscript) sources.push({ blocks: blocksOfFragment(noscript), method: 'noscript' });
  return sources.sort((a, b) => totalLength(b.blocks) - totalLength(a.blocks));
}

function blocksOfFragment(html: string): CleanBlock[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return filterBlocks(collectBlocks(document.body as unknown as DomNode));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function findInDom(document: Doc): MainText {
  const bodies = findArticleBodies(document);
  removeBoilerplate(document as never, bodies.slice(0, 1) as unknown as CleanElement[]);
  const selected = widenSelection(bodies.filter((b) => b.isConnected !== false));
  // Readability guts the document it reads, so the whole-page fallback is read before it runs.
  const whole = filterBlocks(collectBlocks((document.body ?? document.documentElement) as unknown as DomNode));
  const readable = runReadability(document);
  const chosen = choose(selected, readable);
  if (chosen && totalLength(chosen.blocks) >= MIN_ARTICLE_CHARS) return chosen;
  if (chosen && totalLength(chosen.blocks) >= totalLength(whole) * MIN_SHARE_OF_PAGE) return chosen;
  return { blocks: whole, method: 'body' };
}

// The longest element for each article-body rule, most specific rule first.
function findArticleBodies(document: Doc): Element[] {
  const found: Element[] = [];
  for (const rule of ARTICLE_BODY_SELECTORS) {
    let best: Element | undefined;
    let bestLength = 0;
    for (const element of Array.from(document.querySelectorAll(rule.selector))) {
      const length = element.textContent?.length ?? 0;
      if (length > bestLength) { best = element; bestLength = length; }
    }
    if (best && bestLength >= MIN_ARTICLE_CHARS && !found.includes(best)) found.push(best);
  }
  return found;
}

// Article-body classes often leave out the lead paragraph that sits above them in the same <article>:
// prose blocks (not bylines, dates or teasers) just before the body are taken in.
function widenSelection(bodies: Element[]): CleanBlock[] {
  const [first, ...wider] = bodies;
  if (!first) return [];
  const blocks = filterBlocks(collectBlocks(first as unknown as DomNode));
  const container = wider.find((candidate) => candidate.contains(first));
  if (!container || blocks.length === 0) return blocks;
  const outer = filterBlocks(collectBlocks(container as unknown as DomNode));
  const start = outer.findIndex((b) => b.text === blocks[0]!.text);
  if (start <= 0) return blocks;
  const lead = outer.slice(Math.max(0, start - MAX_LEAD_BLOCKS), start).filter((b) => b.kind === 'body' && isProse(b.text));
  return [...lead, ...blocks];
}

function isProse(text: string): boolean {
  return text.length >= MIN_LEAD_CHARS && /[.!?…:"“”»«]$/.test(text);
}

function runReadability(document: Doc): CleanBlock[] {
  try {
    const reader = new Readability(document, { serializer: (element: Node) => element, charThreshold: 200 });
    const result = reader.parse();
    const content = result?.content as unknown as DomNode | undefined;
    return content ? filterBlocks(collectBlocks(content)) : [];
  } catch {
    return [];
  }
}

function choose(selected: CleanBlock[], readable: CleanBlock[]): MainText | undefined {
  const selectedLength = totalLength(selected);
  const readableLength = totalLength(readable);
  if (selectedLength < MIN_ARTICLE_CHARS && readableLength < MIN_ARTICLE_CHARS) {
    if (selectedLength === 0 && readableLength === 0) return undefined;
    return readableLength >= selectedLength ? { blocks: readable, method: 'readability' } : { blocks: selected, method: 'selector' };
  }
  if (selectedLength < MIN_ARTICLE_CHARS) return { blocks: readable, method: 'readability' };
  if (readableLength > selectedLength * READABILITY_LONGER_FACTOR && readableLength < selectedLength * 4) return { blocks: readable, method: 'readability' };
  return { blocks: selected, method: 'selector' };
}

function totalLength(blocks: readonly CleanBlock[]): number {
  return blocks.reduce((sum, b) => sum + b.text.length, 0);
}
