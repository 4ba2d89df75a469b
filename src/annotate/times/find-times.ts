/** Scans text with the time rules, drops matches inside names, keeps the longest non-overlapping ones and resolves them. */
import type { Sentence, Span, TimeExpression } from '../../core/types.ts';
import { indexAt } from '../../core/span.ts';
import type { CalendarDay } from './calendar.ts';
import { DATE_RULES } from './date-rules.ts';
import { DURATION_RULES } from './duration-rules.ts';
import { PERIOD_RULES } from './period-rules.ts';
import type { TimeRule } from './time-rule.ts';
import { DATE_LEAD_WORDS, NAME_HEADS_AFTER, NAME_MODIFIERS_BEFORE } from './rules.ts';
import { followsDeadlineWord, followsSince, followsUntil, tenseAround } from './tense.ts';

/** Every rule in priority order: on equal length, the earlier rule wins. */
export const TIME_RULES: readonly TimeRule[] = [...DATE_RULES, ...PERIOD_RULES, ...DURATION_RULES];

/**
 * Characters before the sentence that resolvers may read for topic cues (a quarter under discussion), about two
 * sentences. npm run eval:time value accuracy: 0 → 0.845, 150 → 0.849, 400 → 0.850, 800 → 0.850.
 */
export const CONTEXT_BEFORE_CHARS = 400;

/** A time expression together with the rule that found it (for reports and debugging). */
export interface FoundTime extends TimeExpression {
  rule: string;
}

interface Candidate extends Span {
  rule: TimeRule;
  groups: Record<string, string | undefined>;
}

const LEAD_WORDS = new Set(DATE_LEAD_WORDS);
const NAME_HEADS = new Set(NAME_HEADS_AFTER);
const NAME_MODIFIERS = new Set(NAME_MODIFIERS_BEFORE);
/** Date words that are also given names or titles: bare, after a capitalised word, they are names ("Theresa May", "USA Today"). */
const NAME_PRONE = /^(?:April|May|June|August|Today|Tonight|Now|Tomorrow|Yesterday)$/;
/** Months that are also given names: bare and before a capitalised word with no lead word, they are names ("April Ryan said"). */
const NAME_PRONE_MONTHS = /^(?:April|May|June|August)$/;
/** Capitalised words that start most date expressions; only these are checked for being part of a name. */
const NAME_CHECKED = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tomorrow|Yesterday|Tonight|Now|Christmas|Thanksgiving|Halloween|Independence)\b/;

/** True when the match is glued to letters, digits or hyphens, i.e. part of a longer word ("Mar-a-Lago", "know"). */
function isInsideWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  const lastIsDot = text[end - 1] === '.';
  return /[\p{L}\p{N}_-]/u.test(before) || (!lastIsDot && /[\p{L}\p{N}_]/u.test(after)) || (after === '-' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? ''));
}

/**
 * True when a capitalised date word is part of a name: "Theresa May", "India Today", "Good Friday Agreement".
 * A capitalised word before a weekday is not enough ("Iran Saturday condemned" is wire style), so weekdays
 * are only checked against the name lists.
 */
function isInsideName(text: string, start: number, end: number): boolean {
  const matched = text.slice(start, end);
  if (!NAME_CHECKED.test(matched)) return false;
  const previous = /([\p{L}.'’]+) $/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const next = /^ (\p{Lu}[\p{L}]*)/u.exec(text.slice(end, end + 30))?.[1];
  if (next && NAME_HEADS.has(next)) return true;
  if (previous && NAME_MODIFIERS.has(previous)) return true;
  const afterCapitalised = previous !== undefined && /^\p{Lu}/u.test(previous) && !LEAD_WORDS.has(previous.toLowerCase()) && !previous.endsWith('.');
  const leadBefore = previous !== undefined && LEAD_WORDS.has(previous.toLowerCase());
  // "April Ryan", "June Carter": a name-like month followed by a capitalised word and with no lead word before it.
  if (NAME_PRONE.test(matched) && afterCapitalised) return true;
  if (NAME_PRONE_MONTHS.test(matched) && next !== undefined && !leadBefore && !NAME_CHECKED.test(next)) return true;
  // "May" is a month only next to a day, a year or a lead word ("in May"), never as a name or modal.
  if (matched === 'May') return !(previous && LEAD_WORDS.has(previous.toLowerCase()));
  return false;
}

function collectCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const rule of TIME_RULES) {
    // matchAll works on a copy of the regex, so the shared rule patterns never carry lastIndex state between calls.
    for (const match of text.matchAll(rule.pattern)) {
      if (match[0].length === 0) continue;
      const groups: Record<string, string | undefined> = { ...match.groups, 0: match[0] };
      const whole = { start: match.index!, end: match.index! + match[0].replace(/\s+$/, '').length };
      const { start, end } = rule.extent ? rule.extent(text, whole, groups) : whole;
      if (isInsideWord(text, start, end) || isInsideName(text, start, end)) continue;
      if (rule.accept && !rule.accept(text, start, end, groups)) continue;
      candidates.push({ start, end, rule, groups });
    }
  }
  return candidates;
}

/** Keeps the longest candidates that do not overlap; ties go to the earlier rule, then the earlier start. */
function selectLongest(candidates: Candidate[], length: number): Candidate[] {
  const order = new Map(TIME_RULES.map((rule, index) => [rule, index]));
  const ranked = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || order.get(a.rule)! - order.get(b.rule)! || a.start - b.start);
  // One flag per character keeps the overlap check linear in the matched text, even with thousands of candidates.
  const taken = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    if (taken.subarray(candidate.start, candidate.end).some((flag) => flag === 1)) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Splits text into rough sentences when no sentence layer is given (only used for tense cues). */
export function roughSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  // "Roe vs. Wade": a lowercase "vs." does not end a sentence either.
  const boundary = /(?<!\b[A-Z][a-z]{0,3}|\b[A-Z]\.[A-Z]|\bvs)[.!?]["')\]”’]*\s+(?=["'(“‘]?[A-Z0-9])|\s*\n\s*/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].trimEnd().length;
    if (end > start) sentences.push({ start, end });
    start = match.index + match[0].length;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

/** Finds and resolves every time expression in a text against an optional anchor day. */
export function scanTimes(text: string, anchor: CalendarDay | undefined, sentences: readonly Sentence[]): FoundTime[] {
  const found: FoundTime[] = [];
  let previousDate: string | undefined;
  for (const candidate of selectLongest(collectCandidates(text), text.length)) {
    const index = indexAt(sentences, candidate.start);
    const sentence = index >= 0 ? sentences[index]! : { start: 0, end: text.length };
    const tense = followsSince(text, candidate) ? 'past' : followsDeadlineWord(text, candidate) ? 'none' : tenseAround(text, sentence, candidate);
    const context = { tense, sentence: text.slice(Math.max(0, sentence.start - CONTEXT_BEFORE_CHARS), sentence.end), previousDate, until: followsUntil(text, candidate) };
    const resolution = candidate.rule.resolve(candidate.groups, anchor ? { ...context, anchor } : context);
    if (!resolution) continue;
    if ((resolution.type ?? candidate.rule.type) === 'DATE' && /^\d{4}(?:-\d{2})?/.test(resolution.value)) previousDate = resolution.value;
    found.push({
      start: candidate.start, end: candidate.end, type: resolution.type ?? candidate.rule.type,
      value: resolution.value, anchor: resolution.anchor, rule: candidate.rule.name,
    });
  }
  return found;
}
