import type { Span } from './types.ts';

/** Returns the text a span covers. */
export function textOf(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** Finds the span of the nth (0-based) occurrence of `needle` in `text`; throws when absent (for tests). */
export function spanOf(text: string, needle: string, occurrence = 0): Span {
  let from = 0;
  for (let i = 0; ; i++) {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`spanOf: "${needle}" occurrence ${occurrence} not found`);
    if (i === occurrence) return { start, end: start + needle.length };
    from = start + 1;
  }
}

/** True when span `inner` lies within span `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True when two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Returns the span with leading and trailing whitespace removed. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Index of the span in a sorted list that contains `offset`, or -1. Binary search. */
export function indexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Checks that a span is well-formed for a text of the given length. */
export function isValidSpan(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}
