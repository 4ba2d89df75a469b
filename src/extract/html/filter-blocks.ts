import { BOILERPLATE_LINES, TAIL_MARKERS } from '../rules/boilerplate-text.ts';
import { normalizeText, type TextBlock } from './blocks.ts';
import { noteDropped, type ExtractionTrace } from './trace.ts';

/** Blocks longer than this are prose even if they contain a boilerplate phrase. */
export const MAX_BOILERPLATE_LINE_CHARS = 160;
/** A block whose share of linked characters exceeds this is a link list (menus, "related" teasers). */
export const MAX_LINK_DENSITY = 0.5;
/** Link-dense blocks at least this long are kept: long linked passages are usually prose with citations. */
export const MIN_LINKED_PROSE_CHARS = 400;
/** A tail marker only ends the article once this share of the text precedes it (earlier ones are table-of-contents noise). */
export const TAIL_MIN_SHARE = 0.4;
/** Tail markers are headings or short lines; longer blocks are prose. */
export const MAX_TAIL_MARKER_CHARS = 80;

/** A block after normalisation, ready to become a paragraph. */
export interface CleanBlock {
  text: string;
  kind: 'heading' | 'body';
}

/** Normalises blocks and drops boilerplate lines, link lists and exact repeats; returns what survives. */
export function filterBlocks(blocks: readonly TextBlock[], trace?: ExtractionTrace): CleanBlock[] {
  const kept: CleanBlock[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    const text = normalizeText(block.text);
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    // A paragraph that is only a spelled-out URL is the article pointing somewhere, not a teaser.
    const reason = boilerplateReason(text, /^(https?:\/\/|www\.)\S+$/.test(text) ? 0 : block.linkChars);
    if (reason) { noteDropped(trace, 'line', reason, text); continue; }
    // Repeated short lines are page furniture (sticky headers, repeated bylines); long ones are quoted twice on purpose.
    if (seen.has(text) && text.length < MAX_BOILERPLATE_LINE_CHARS) continue;
    seen.add(text);
    kept.push({ text, kind: block.kind });
  }
  return trimTrailingHeadings(cutTail(dropKicker(kept, trace), trace));
}

/** A first line this short (characters), of one or two words, is a section label or kicker above the headline. */
export const MAX_KICKER_CHARS = 20;

// "Politics", "Community", "Artikel": the section label over the headline is navigation, not text.
function dropKicker(blocks: CleanBlock[], trace?: ExtractionTrace): CleanBlock[] {
  const first = blocks[0];
  if (!first || blocks.length < 3 || first.kind !== 'body' || first.text.length > MAX_KICKER_CHARS) return blocks;
  if (first.text.split(' ').length > 2 || /[.!?:,;]/.test(first.text)) return blocks;
  noteDropped(trace, 'line', 'kicker above the headline', first.text);
  return blocks.slice(1);
}

/** True when a normalised line looks like boilerplate: a known pattern or a short link list. */
export function isBoilerplate(text: string, linkChars = 0): boolean {
  return boilerplateReason(text, linkChars) !== undefined;
}

/** The reason a normalised line is boilerplate, or undefined when it is kept. */
export function boilerplateReason(text: string, linkChars = 0): string | undefined {
  const letters = text.replace(/\s+/g, '').length || 1;
  if (linkChars / letters > MAX_LINK_DENSITY && text.length < MIN_LINKED_PROSE_CHARS) return 'link list (link density)';
  const short = text.length <= MAX_BOILERPLATE_LINE_CHARS;
  return BOILERPLATE_LINES.find((rule) => (short || rule.anyLength) && rule.pattern.test(text))?.reason;
}

// Everything after "Related articles", "Comments", a feedback poll or a tag list is furniture.
function cutTail(blocks: CleanBlock[], trace?: ExtractionTrace): CleanBlock[] {
  const total = blocks.reduce((sum, b) => sum + b.text.length, 0);
  let before = 0;
  for (const [index, block] of blocks.entries()) {
    const marker = before >= total * TAIL_MIN_SHARE && block.text.length <= MAX_TAIL_MARKER_CHARS ? TAIL_MARKERS.find((r) => r.pattern.test(block.text)) : undefined;
    if (marker) {
      if (trace) noteDropped(trace, 'tail', `${marker.reason} ("${block.text}")`, blocks.slice(index).map((b) => b.text).join(' '));
      return blocks.slice(0, index);
    }
    before += block.text.length;
  }
  return blocks;
}

// A heading with nothing after it introduces a removed box ("Related stories", "Comments").
function trimTrailingHeadings(blocks: CleanBlock[]): CleanBlock[] {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1]!.kind === 'heading') end--;
  return blocks.slice(0, end);
}
