import type { Span } from '../../core/types.ts';
import lexicon from '../../../models/quotes/cue-lexicon.json' with { type: 'json' };
import { CUE_TRAILING_TIME, NOUN_CUE_PATTERN, SOURCE_AFTER_CUES, STRONG_CUE_VERBS, WEAK_CUE_VERBS } from './rules.ts';

/** A cue word or phrase found in the text. */
export interface CueMatch extends Span {
  /** The cue as written, lower-cased ("said", "according to"). */
  word: string;
  /** True for cues whose source follows them ("according to the ministry"). */
  sourceAfter: boolean;
  /** True for cues known only from the learned lexicon (models/quotes/cue-lexicon.json), not the hand lists. */
  learned: boolean;
  /** True for cues from the reliable list (STRONG_CUE_VERBS), the only ones that invert ("…, said the minister"). */
  strong: boolean;
  /** True for words known only as noun cues ("his assertion that …"), which count in no other frame. */
  nounOnly: boolean;
}

const LISTED = new Set([...SOURCE_AFTER_CUES, ...STRONG_CUE_VERBS, ...WEAK_CUE_VERBS].flatMap((cue) => cue.split(' ')));

/** Words PolNeAR train marks as cues often enough (share and count thresholds in the file) that no hand list holds. */
export const LEARNED_CUES: ReadonlySet<string> = new Set(lexicon.words.map((row) => row.word).filter((word) => !LISTED.has(word)));

/** Nouns that PolNeAR train marks as cues after a possessor ("his criticism of …"); used only in that frame. */
export const NOUN_CUES: ReadonlySet<string> = new Set(lexicon.nouns.map((row) => row.word).filter((word) => !/(?:ed|ly)$/.test(word) && !SOURCE_AFTER_CUES.some((cue) => cue.startsWith(word))));

const NOUN_ONLY = new Set([...NOUN_CUES].filter((word) => !LISTED.has(word) && !LEARNED_CUES.has(word)));

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const ALTERNATIVES = [...new Set([...SOURCE_AFTER_CUES, ...STRONG_CUE_VERBS, ...WEAK_CUE_VERBS, ...LEARNED_CUES, ...NOUN_CUES])].sort((a, b) => b.length - a.length).map(escape).join('|');
const CUE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${ALTERNATIVES})(?![\\p{L}\\p{N}'’-])`, 'giu');
const SOURCE_AFTER = new Set(SOURCE_AFTER_CUES);
const STRONG = new Set(STRONG_CUE_VERBS);

/** Finds every cue word in a range of text, in order. */
export function findCues(text: string, range: Span): CueMatch[] {
  const cues: CueMatch[] = [];
  const slice = text.slice(range.start, range.end);
  CUE_PATTERN.lastIndex = 0;
  for (let match = CUE_PATTERN.exec(slice); match; match = CUE_PATTERN.exec(slice)) {
    const word = match[0].toLowerCase().replace(/\s+/g, ' ');
    const start = range.start + match.index;
    cues.push({ start, end: start + match[0].length, word, sourceAfter: SOURCE_AFTER.has(word), learned: LEARNED_CUES.has(word), strong: STRONG.has(word), nounOnly: NOUN_ONLY.has(word) });
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
