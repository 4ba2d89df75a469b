/** One piece of text that cleaning or filtering dropped, with the rule that dropped it. */
export interface TraceEntry {
  step: 'selector' | 'attribute' | 'line' | 'tail' | 'candidate';
  reason: string;
  text: string;
}

/** Collects what extraction dropped and why, for error listings; pass one in, read it after. */
export interface ExtractionTrace {
  dropped: TraceEntry[];
}

/** Records a dropped text when a trace is being collected. */
export function noteDropped(trace: ExtractionTrace | undefined, step: TraceEntry['step'], reason: string, text: string): void {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (trace && clean) trace.dropped.push({ step, reason, text: clean });
}
