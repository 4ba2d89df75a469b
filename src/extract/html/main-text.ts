import { Readability } from '@mozilla/readability';
import { ARTICLE_BODY_SELECTORS } from '../rules/boilerplate-selectors.ts';
import { parseHTML } from 'linkedom';
import { collectBlocks, type DomNode } from './blocks.ts';
import { removeBoilerplate, type CleanElement } from './clean.ts';
import { filterBlocks, type CleanBlock } from './filter-blocks.ts';
import type { ExtractionTrace } from './trace.ts';
import { findLeadTexts, type LeadElement } from './lead.ts';
import { findBodyParts, type PartElement } from './split-body.ts';

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
export function findMainText(document: Doc, trace?: ExtractionTrace): MainText {
  // Pages that render their text with JavaScript often keep it only in <noscript> or JSON-LD articleBody; read both before cleaning.
  const hidden = hiddenTextSources(document);
  const found = findInDom(document, trace);
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

function findInDom(document: Doc, trace?: ExtractionTrace): MainText {
  const bodies = findArticleBodies(document);
  removeBoilerplate(document as never, bodies.slice(0, 1) as unknown as CleanElement[], trace);
  // Each candidate keeps its own notes; only the chosen one's are passed on.
  const notes = { selector: newTrace(trace), readability: newTrace(trace), body: newTrace(trace) };
  const connected = bodies.filter((b) => b.isConnected !== false);
  const parts = connected[0] ? findBodyParts(document as never, connected[0] as unknown as PartElement) as unknown as Element[] : [];
  const selected = widenSelection(connected, parts, notes.selector);
  const leads = connected[0] ? findLeadTexts(connected[0] as unknown as LeadElement) : [];
  // Readability guts the document it reads, so the whole-page fallback is read before it runs.
  const whole = filterBlocks(collectBlocks((document.body ?? document.documentElement) as unknown as DomNode), notes.body);
  const readable = runReadability(document, notes.readability);
  let chosen = choose(selected, readable);
  if (!chosen || (totalLength(chosen.blocks) < MIN_ARTICLE_CHARS && totalLength(chosen.blocks) < totalLength(whole) * MIN_SHARE_OF_PAGE)) chosen = { blocks: whole, method: 'body' };
  else chosen = { ...chosen, blocks: addLeads(chosen.blocks, leads, selected) };
  if (trace) trace.dropped.push(...(notes[chosen.method as keyof typeof notes]?.dropped ?? []));
  return chosen;
}

// A lead found beside the article body is put first, unless the chosen text already holds it
// or the chosen text is not that body's (Readability picked another part of the page).
function addLeads(blocks: CleanBlock[], leads: readonly string[], selected: readonly CleanBlock[]): CleanBlock[] {
  if (leads.length === 0 || blocks.length === 0) return blocks;
  const text = blocks.map((b) => b.text).join(' ');
  const anchor = selected.find((b) => b.kind === 'body')?.text.slice(0, LEAD_ANCHOR_CHARS);
  if (blocks !== selected && (!anchor || !text.includes(anchor))) return blocks;
  const missing = leads.filter((lead) => !text.includes(lead));
  return [...missing.map((lead) => ({ text: lead, kind: 'body' as const })), ...blocks];
}

/** Characters of the article body's first paragraph that must appear in Readability's text before a lead is added to it. */
export const LEAD_ANCHOR_CHARS = 80;

function newTrace(trace: ExtractionTrace | undefined): ExtractionTrace | undefined {
  return trace ? { dropped: [] } : undefined;
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
function widenSelection(bodies: Element[], parts: Element[], trace?: ExtractionTrace): CleanBlock[] {
  const [first, ...wider] = bodies;
  if (!first) return [];
  const blocks = filterBlocks(parts.flatMap((part) => collectBlocks(part as unknown as DomNode)), trace);
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

function runReadability(document: Doc, trace?: ExtractionTrace): CleanBlock[] {
  try {
    const reader = new Readability(document, { serializer: (element: Node) => element, charThreshold: 200 });
    const result = reader.parse();
    const content = result?.content as unknown as DomNode | undefined;
    return content ? filterBlocks(collectBlocks(content), trace) : [];
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
