/** Guesses whether the verb governing a time expression is past or future, from cue words in its sentence. */
import type { Span } from '../../core/types.ts';
import { DEADLINE_WORDS, FUTURE_CUES, NOT_PAST_ED, PAST_VERBS, SPEECH_VERBS } from './rules.ts';

/** Tense of the clause around an expression; 'none' when the sentence gives no cue. */
export type Tense = 'past' | 'future' | 'none';

const FUTURE = new Set(FUTURE_CUES.filter((cue) => !cue.includes(' ')));
const FUTURE_PHRASE_PATTERN = new RegExp(`\\b(?:${FUTURE_CUES.filter((cue) => cue.includes(' ')).join('|')})\\b`, 'gi');
const PAST = new Set(PAST_VERBS);
const NOT_PAST = new Set(NOT_PAST_ED);
const SPEECH = new Set(SPEECH_VERBS);
/** Characters between a speech verb and a date for the verb to govern it: "said on " is 8. */
const SPEECH_VERB_REACH = 12;
/** Words before a plan word that put the plan in the past ("previously planned", "had been scheduled"). */
const PLAN_IN_PAST = /\b(?:previously|originally|had|had been)\s+$/i;
/** Plan words after "was"/"were" that make the pair point ahead ("were planning", "was due to"). */
const PLAN_AFTER_AUXILIARY = /^\s+(?:planning|scheduled|expected|due|set to|going to|about to|to)\b/i;
/** An auxiliary right before a participle that makes it passive present or future ("is heard", "will be paid"). */
const PASSIVE_AUXILIARY = /\b(?:be|is|are|am|being)\s+$/i;
/** A word whose "-ed" ending marks a regular past tense (at least three letters before it). */
const REGULAR_PAST = /^[a-z]{3,}ed$/;

interface Cue {
  offset: number;
  tense: Exclude<Tense, 'none'>;
}

function cuesIn(text: string, sentence: Span, expression: Span): Cue[] {
  const cues: Cue[] = [];
  const words = /[A-Za-z']+/g;
  words.lastIndex = sentence.start;
  for (let match = words.exec(text); match && match.index < sentence.end; match = words.exec(text)) {
    if (match.index >= expression.start && match.index < expression.end) continue;
    const word = match[0].toLowerCase();
    const gap = match.index < expression.start ? expression.start - (match.index + word.length) : match.index - expression.end;
    if (SPEECH.has(word) && gap > SPEECH_VERB_REACH) continue;
    // "resume Tuesday, he said.": an attribution closing the clause says nothing of the tense of what was said.
    if (SPEECH.has(word) && match.index >= expression.end && /[,"'”’`]/.test(text.slice(expression.end, match.index))
      && /^\s*(?:[.;:!?,"'”’]|$)/.test(text.slice(match.index + word.length, sentence.end))) continue;
    // A plan already carried out or overtaken: "as previously planned", "had been scheduled to expire".
    if (FUTURE.has(word) && PLAN_IN_PAST.test(text.slice(Math.max(0, match.index - 20), match.index))) cues.push({ offset: match.index, tense: 'past' });
    else if (FUTURE.has(word) || word.endsWith("'ll")) cues.push({ offset: match.index, tense: 'future' });
    // "were planning", "was due", "was set to": the auxiliary belongs to a plan, which points ahead.
    else if ((word === 'was' || word === 'were') && PLAN_AFTER_AUXILIARY.test(text.slice(match.index + word.length, match.index + word.length + 14))) continue;
    // "set to resume", "set for April" are plans that point ahead, not a past "set".
    else if (word === 'set' && /^\s+(?:to|for)\b/i.test(text.slice(match.index + 3, match.index + 8))) cues.push({ offset: match.index, tense: 'future' });
    // A participle after "be", "is" or "are" ("will be paid", "is heard", "are scheduled") is passive: its tense is the auxiliary's.
    else if ((REGULAR_PAST.test(word) || PAST.has(word)) && PASSIVE_AUXILIARY.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    // "un-…-ed" words are adjectives ("a still unspecified date", "undisclosed terms"), not verbs.
    else if (/^un[a-z]{3,}ed$/.test(word)) continue;
    // "agreed to purchase … in February": the date belongs to the infinitive, which the past verb looks ahead to.
    else if (match.index < expression.start && /^\s+to\s+[a-z]+/.test(text.slice(match.index + word.length, match.index + word.length + 20)) && (PAST.has(word) || REGULAR_PAST.test(word)) && word !== 'used') continue;
    else if (PAST.has(word) || (REGULAR_PAST.test(word) && !NOT_PAST.has(word))) cues.push({ offset: match.index, tense: 'past' });
  }
  // Phrases match whole words only: "his top" must not read as "is to".
  for (const match of text.slice(sentence.start, sentence.end).matchAll(FUTURE_PHRASE_PATTERN)) {
    cues.push({ offset: sentence.start + match.index, tense: 'future' });
  }
  return cues;
}

const DEADLINE = new Set(DEADLINE_WORDS);

/** True when the word right before the expression marks a deadline or term ("payable Jan. 2"), which tense does not place. */
export function followsDeadlineWord(text: string, expression: Span): boolean {
  const previous = /([A-Za-z]+)\s+(?:on\s+)?$/.exec(text.slice(Math.max(0, expression.start - 24), expression.start))?.[1];
  return previous !== undefined && DEADLINE.has(previous.toLowerCase());
}

/** Returns the tense of the cue nearest to the expression in its sentence (ties go to the cue before it). */
export function tenseAround(text: string, sentence: Span, expression: Span): Tense {
  let best: Cue | undefined;
  let bestDistance = Infinity;
  for (const cue of cuesIn(text, sentence, expression)) {
    const distance = cue.offset < expression.start ? expression.start - cue.offset : cue.offset - expression.end + 0.5;
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  return best?.tense ?? 'none';
}

/**
 * True when "until" or "till" comes right before the expression inside a clause: a deadline yet to come ("postponed
 * until Tuesday"). A leading "Until Thursday, they had not…" looks back, so the capitalised form does not count.
 */
export function followsUntil(text: string, expression: Span): boolean {
  return /\b(?:until|till)\s+$/.test(text.slice(Math.max(0, expression.start - 8), expression.start));
}

/** True when "since" comes right before the expression: whatever the clause's tense, the date lies behind ("on patrol since March"). */
export function followsSince(text: string, expression: Span): boolean {
  return /\b[Ss]ince\s+$/.test(text.slice(Math.max(0, expression.start - 8), expression.start));
}
