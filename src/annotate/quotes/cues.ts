import type { Span } from '../../core/types.ts';
import { CUE_TRAILING_TIME, NOUN_CUE_PATTERN, SOURCE_AFTER_CUES, STRONG_CUE_VERBS, WEAK_CUE_VERBS } from './rules.ts';

/** A cue word or phrase found in the text. */
export interface CueMatch extends Span {
  /** The cue as written, lower-cased ("said", "according to"). */
  word: string;
  /** True for cues whose source follows them ("according to the ministry"). */
  sourceAfter: boolean;
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const ALTERNATIVES = [...new Set([...SOURCE_AFTER_CUES, ...STRONG_CUE_VERBS, ...WEAK_CUE_VERBS])].sort((a, b) => b.length - a.length).map(escape).join('|');
const CUE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${ALTERNATIVES})(?![\\p{L}\\p{N}'’-])`, 'giu');
const SOURCE_AFTER = new Set(SOURCE_AFTER_CUES);

/** Finds every cue word in a range of text, in order. */
export function findCues(text: string, range: Span): CueMatch[] {
  const cues: CueMatch[] = [];
  const slice = text.slice(range.start, range.end);
  CUE_PATTERN.lastIndex = 0;
  for (let match = CUE_PATTERN.exec(slice); match; match = CUE_PATTERN.exec(slice)) {
    const word = match[0].toLowerCase().replace(/\s+/g, ' ');
    const start = range.start + match.index;
    cues.push({ start, end: start + match[0].length, word, sourceAfter: SOURCE_AFTER.has(word) });
  }
  return cues;
}

/** Extends a cue over trailing time words and noun cues ("said Monday in a statement"); returns the new end. */
export function extendCue(text: string, end: number, limit: number): number {
  for (let step = 0; step < 3; step++) {
    const rest = text.slice(end, limit);
    const match = CUE_TRAILING_TIME.exec(rest) ?? NOUN_CUE_PATTERN.exec(rest);
    if (!match || !match[0].trim()) break;
    end += match[0].length;
  }
  return end;
}
