import { indexAt } from '../../core/span.ts';
import { defineStage } from '../../core/stage.ts';
import type { Claim, Quantity, Sentence } from '../../core/types.ts';
import { singular } from '../quantities/units.ts';
import { LINK_WORDS, NON_CLAIM_UNITS, TOPIC_GROUPS, TOPIC_WINDOW_WORDS } from './rules.ts';

const TOPIC_OF_WORD = new Map<string, string>();
for (const [topic, words] of Object.entries(TOPIC_GROUPS)) for (const word of words) if (!TOPIC_OF_WORD.has(word)) TOPIC_OF_WORD.set(word, topic);

/**
 * Finds checkable numeric claims: each quantity whose topic noun is near it becomes a claim keyed
 * "<topic>:<unit>", so the same fact can be compared across outlets.
 */
export function findClaims(text: string, sentences: readonly Sentence[], quantities: readonly Quantity[]): Claim[] {
  const claims: Claim[] = [];
  for (const quantity of quantities) {
    if (quantity.value === undefined) continue;
    if (NON_CLAIM_UNITS.has(singular(quantity.unit.toLowerCase().split(/\s+/).at(-1) ?? ''))) continue;
    const sentence = indexAt(sentences, quantity.start);
    if (sentence < 0) continue;
    const topic = findTopic(text, sentences[sentence]!, quantity);
    if (!topic) continue;
    const { unit, value } = normaliseUnit(quantity.unit, quantity.value);
    claims.push({ start: quantity.start, end: quantity.end, key: `${topic}:${unit}`, value: String(value), hedge: quantity.hedge, sentence });
  }
  return claims;
}

/**
 * The comparable unit: singular, with a counted topic noun dropped ("point plan" → "point",
 * "hour meeting" → "hour"). Units are not converted: "two days of meetings" and "a five-hour
 * meeting" are usually different meetings, so they get different keys.
 */
export function normaliseUnit(unit: string, value: number): { unit: string; value: number } {
  const words = unit.toLowerCase().split(/\s+/).map(singular);
  if (words.length === 2 && TOPIC_OF_WORD.has(words[1]!)) return { unit: words[0]!, value };
  return { unit: words.join(' '), value };
}


/** The topic of a quantity: the unit itself ("point plan"), else the nearest topic noun after it, else before it. */
function findTopic(text: string, sentence: Sentence, quantity: Quantity): string | undefined {
  const unitWords = quantity.unit.toLowerCase().split(/\s+/);
  for (const word of unitWords.slice(1)) {
    const topic = TOPIC_OF_WORD.get(word) ?? TOPIC_OF_WORD.get(`${word}s`);
    if (topic) return topic;
  }
  for (const word of words(text.slice(quantity.start, quantity.end))) {
    const topic = TOPIC_OF_WORD.get(word.toLowerCase());
    if (topic) return topic;
  }
  const after = words(text.slice(quantity.end, sentence.end)).slice(0, TOPIC_WINDOW_WORDS);
  for (const word of after) {
    const topic = TOPIC_OF_WORD.get(word.toLowerCase());
    if (topic) return topic;
    if (!LINK_WORDS.has(word) && !LINK_WORDS.has(word.toLowerCase()) && /^\p{Ll}/u.test(word) && after.indexOf(word) > 2) break;
  }
  const before = words(text.slice(sentence.start, quantity.start)).reverse().slice(0, TOPIC_WINDOW_WORDS);
  for (const word of before) {
    const topic = TOPIC_OF_WORD.get(word.toLowerCase());
    if (topic) return topic;
  }
  const unitTopic = TOPIC_OF_WORD.get(unitWords[0]!) ?? TOPIC_OF_WORD.get(`${unitWords[0]}s`);
  return unitTopic;
}

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}.'’-]+/u).map((w) => w.replace(/^[.'’-]+|[.'’-]+$/g, '')).filter(Boolean);
}

/** The claims stage: needs sentences and quantities. */
export const claimsStage = defineStage({
  name: 'claims',
  provides: 'claims',
  requires: ['sentences', 'quantities'],
  run: (article) => findClaims(article.text, article.layers.sentences ?? [], article.layers.quantities ?? []),
});
