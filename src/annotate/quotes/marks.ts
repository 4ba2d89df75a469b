import type { Message, Span } from '../../core/types.ts';
import { MAX_DIRECT_QUOTE_CHARS, MAX_QUOTE_PARAGRAPHS, QUOTE_MARK_PAIRS, type QuoteMarkPair } from './rules.ts';

/** A stretch of text between quotation marks (marks included), within one paragraph. */
export interface QuotedSegment extends Span {
  /** Index of the paragraph it lies in. */
  paragraph: number;
  /** True when this segment carries on a quote opened in the previous paragraph. */
  continuation: boolean;
  /** True when a closing mark ends it (false when it runs to the paragraph end). */
  closed: boolean;
  /** Where the quotation really ends when `end` was cut short for length. */
  markEnd?: number;
}

const OPENERS = new Map<string, QuoteMarkPair>(QUOTE_MARK_PAIRS.map((pair) => [pair.open, pair]));
const LETTER = /[\p{L}\p{N}]/u;
const SPACE_OR_START = /[\s([{\u2014\u2013\-\/:]/;

/** Splits a text into paragraphs at line breaks, skipping blank lines. */
export function paragraphsOf(text: string): Span[] {
  const paragraphs: Span[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].trim()) paragraphs.push({ start: match.index, end: match.index + match[0].length });
  }
  return paragraphs;
}

/** The quotation mark starting at `i`, if any (one character, or two apostrophes). */
function markAt(text: string, i: number): string {
  return text.startsWith("''", i) ? "''" : text[i]!;
}

function isOpening(text: string, i: number, start: number): boolean {
  const mark = markAt(text, i);
  if (!OPENERS.has(mark)) return false;
  const before = i > start ? text[i - 1]! : ' ';
  const after = text[i + mark.length] ?? ' ';
  if (/\s/.test(after)) return false;
  // An inch or foot mark follows a digit (6'2", 15"), and ’/‘ inside words are apostrophes.
  if (mark === '"' || mark === '‘' || mark === "''") return SPACE_OR_START.test(before) || OPENERS.has(before);
  return !LETTER.test(before) || mark === '«' || mark === '「' || mark === '„';
}

function isClosing(text: string, i: number, pair: QuoteMarkPair): boolean {
  const mark = markAt(text, i);
  if (!pair.close.includes(mark)) return false;
  // ’ followed by a letter is an apostrophe ("don’t"), not a closing mark.
  if (mark === '’') return !LETTER.test(text[i + 1] ?? ' ');
  return true;
}

/** True when the paragraph starts (after spaces) with the same opening mark: a quote carried on. */
function reopens(text: string, paragraph: Span | undefined, pair: QuoteMarkPair): boolean {
  if (!paragraph) return false;
  const rest = text.slice(paragraph.start, paragraph.end).trimStart();
  const first = rest.startsWith("''") ? "''" : rest[0];
  return first === pair.open || (pair.open === '“' && first === '"') || (pair.open === '"' && first === '“');
}

/** Finds quoted segments paragraph by paragraph; unbalanced or over-long quotes are capped and reported. */
export function findQuotedSegments(text: string, paragraphs: readonly Span[], report: (message: Omit<Message, 'stage'>) => void): QuotedSegment[] {
  const segments: QuotedSegment[] = [];
  let carried: { pair: QuoteMarkPair; paragraphs: number } | undefined;
  paragraphs.forEach((paragraph, index) => {
    let open: { pair: QuoteMarkPair; start: number; continuation: boolean } | undefined;
    let i = paragraph.start;
    if (carried) {
      while (i < paragraph.end && /\s/.test(text[i]!)) i++;
      open = { pair: carried.pair, start: i, continuation: true };
      const mark = markAt(text, i);
      i += OPENERS.has(mark) ? mark.length : 0;
    }
    for (; i < paragraph.end; i++) {
      if (!open) {
        if (isOpening(text, i, paragraph.start)) {
          open = { pair: OPENERS.get(markAt(text, i))!, start: i, continuation: false };
          i += open.pair.open.length - 1;
        }
      } else if (isClosing(text, i, open.pair)) {
        const end = i + markAt(text, i).length;
        segments.push(capLength({ start: open.start, end, paragraph: index, continuation: open.continuation, closed: true }, report));
        open = undefined;
        i = end - 1;
      }
    }
    const runs = carried ? carried.paragraphs + 1 : 1;
    carried = undefined;
    if (!open) return;
    const end = trimEnd(text, paragraph);
    if (reopens(text, paragraphs[index + 1], open.pair) && runs < MAX_QUOTE_PARAGRAPHS) {
      carried = { pair: open.pair, paragraphs: runs };
      segments.push(capLength({ start: open.start, end, paragraph: index, continuation: open.continuation, closed: false }, report));
    } else if (open.start === firstNonSpace(text, paragraph) || /[:,]\s*$/.test(text.slice(paragraph.start, open.start)) || open.continuation) {
      report({ level: 'warning', rule: 'unclosed-quote', reason: `expected a closing ${open.pair.close.join(' or ')} before the paragraph end, found none; quote ends at the paragraph`, span: { start: open.start, end } });
      segments.push(capLength({ start: open.start, end, paragraph: index, continuation: open.continuation, closed: false }, report));
    } else {
      report({ level: 'info', rule: 'stray-quote-mark', reason: `found an opening ${open.pair.open} mid-paragraph with no closing mark; ignored`, span: { start: open.start, end: open.start + 1 } });
    }
  });
  return segments;
}

function firstNonSpace(text: string, span: Span): number {
  let i = span.start;
  while (i < span.end && /\s/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function capLength(segment: QuotedSegment, report: (message: Omit<Message, 'stage'>) => void): QuotedSegment {
  if (segment.end - segment.start <= MAX_DIRECT_QUOTE_CHARS) return segment;
  report({ level: 'warning', rule: 'quote-too-long', reason: `expected a quote of at most ${MAX_DIRECT_QUOTE_CHARS} characters, found ${segment.end - segment.start}; cut`, span: { start: segment.start, end: segment.end } });
  return { ...segment, end: segment.start + MAX_DIRECT_QUOTE_CHARS, markEnd: segment.end };
}
