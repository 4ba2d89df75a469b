/** Guesses whether the verb governing a time expression is past or future, from cue words in its sentence. */
import type { Span } from '../../core/types.ts';
import { DEADLINE_WORDS, FUTURE_CUES, NOT_PAST_ED, PAST_VERBS, SPEECH_VERBS } from './rules.ts';

/** Tense of the clause around an expression; 'none' when the sentence gives no cue. */
export type Tense = 'past' | 'future' | 'none';

const FUTURE = new Set(FUTURE_CUES.filter((cue) => !cue.includes(' ')));
const FUTURE_PHRASES = FUTURE_CUES.filter((cue) => cue.includes(' '));
const PAST = new Set(PAST_VERBS);
const NOT_PAST = new Set(NOT_PAST_ED);
const SPEECH = new Set(SPEECH_VERBS);
/** Characters between a speech verb and a date for the verb to govern it: "said on " is 8. */
const SPEECH_VERB_REACH = 12;
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
    if (FUTURE.has(word) || word.endsWith("'ll")) cues.push({ offset: match.index, tense: 'future' });
    // A participle after "be" ("will be signed", "is to be held") takes its tense from the auxiliary before it.
    else if (REGULAR_PAST.test(word) && /\bbe\s+$/i.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    else if (PAST.has(word) || (REGULAR_PAST.test(word) && !NOT_PAST.has(word))) cues.push({ offset: match.index, tense: 'past' });
  }
  const lower = text.slice(sentence.start, sentence.end).toLowerCase();
  for (const phrase of FUTURE_PHRASES) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
      cues.push({ offset: sentence.start + at, tense: 'future' });
    }
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
