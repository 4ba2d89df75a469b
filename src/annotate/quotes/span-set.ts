import type { Span } from '../../core/types.ts';

/** A set of text positions stored as sorted, disjoint spans, queried by binary search. */
export class SpanSet {
  private readonly spans: Span[];

  /** Builds the set from spans in any order; overlapping or touching spans are merged. */
  constructor(spans: readonly Span[]) {
    const sorted = spans.filter((s) => s.end > s.start).map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
    const merged: Span[] = [];
    for (const span of sorted) {
      const last = merged[merged.length - 1];
      if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
      else merged.push(span);
    }
    this.spans = merged;
  }

  /** Index of the first stored span ending after `offset`. */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** True when the span shares at least one position with the set. */
  overlaps(span: Span): boolean {
    const next = this.spans[this.firstEndingAfter(span.start)];
    return next !== undefined && next.start < span.end;
  }

  /** True when the span lies strictly inside one stored span (not touching its ends). */
  strictlyInside(span: Span): boolean {
    const next = this.spans[this.firstEndingAfter(span.start)];
    return next !== undefined && next.start < span.start && span.end < next.end;
  }

  /** True when the span lies within one stored span (ends may touch). */
  covers(span: Span): boolean {
    const next = this.spans[this.firstEndingAfter(span.start)];
    return next !== undefined && next.start <= span.start && span.end <= next.end;
  }

  /** The parts of `span` outside the set. */
  subtract(span: Span): Span[] {
    const pieces: Span[] = [];
    let start = span.start;
    for (let i = this.firstEndingAfter(span.start); i < this.spans.length && this.spans[i]!.start < span.end; i++) {
      const stored = this.spans[i]!;
      if (stored.start > start) pieces.push({ start, end: stored.start });
      start = Math.max(start, stored.end);
    }
    if (start < span.end) pieces.push({ start, end: span.end });
    return pieces;
  }
}
