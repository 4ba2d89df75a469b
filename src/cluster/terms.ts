/** Picks an article's salient content terms with raw weights (tf and position boosts; idf is applied by the index). */
import { foldToken, splitSentences, tokenize } from '../dedupe/text.ts';
import { STOPWORDS } from './stopwords.ts';

/** Content terms kept per article; more adds recall of weak links but costs index memory. */
export const MAX_TERMS = 40;
/** Shortest word taken as a content term. */
const MIN_TERM_LENGTH = 3;
/** Boost for a word written with a capital inside a sentence (likely a name). */
const NAME_BOOST = 1.5;
/** Boost for words in the title or the lead: the lead says who, what, where and when, which is what tells one event from a similar one (ECB+ sub-events; 1.5 → 2.5 moved ECB+ odd/even topics 0.898/0.935 → 0.918/0.939, WikiRef 0.904 → 0.888 at merge 0.25). */
const LEAD_BOOST = 2.5;
/** Characters of body text counted as the lead. */
const LEAD_CHARACTERS = 600;
/** Boost for caller-supplied entity keys (prefixed "@"). */
export const ENTITY_BOOST = 2;
/** Boost for numbers (prefixed "#"): counts and years separate otherwise similar events. */
export const NUMBER_BOOST = 1;

/** A weighted content term. */
export type WeightedTerm = [term: string, weight: number];

/** Reduces an English plural or possessive to a stem so that "talks" and "talk" meet (deliberately crude). */
function stem(word: string): string {
  if (word.endsWith("'s")) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** Folded number key, the same in any locale: "1,200", "1.200", "1 200" and "1200" meet, "4,75" is "4.75", and a unit glued on ("240-metre") is dropped. */
export function numberKey(value: string): string {
  const number = /\d(?:[\d.,'\s\u00a0\u202f]*\d)?/u.exec(value)?.[0];
  if (number === undefined) return '#' + value.toLowerCase();
  if (/^\d{1,3}(?:[.,'\s\u00a0\u202f]\d{3})+$/u.test(number)) return '#' + number.replace(/\D/g, '');
  return '#' + number.replace(/[\s\u00a0\u202f']/gu, '').replace(',', '.');
}

/** Names kept per article for the confirmation test. */
export const MAX_NAMES = 20;
/** Capitalised calendar words and honorifics: written like names but shared by unrelated events. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december mr mrs ms dr'.split(' '),
);
/** Mentions credited to a caller-supplied entity key in the name list (they are the surest names). */
const ENTITY_NAME_COUNT = 3;
/** Share of capitalised words above which a line is a Title Case headline whose capitals say nothing about names. */
const TITLE_CASE_SHARE = 0.6;

function addTokens(weights: Map<string, number>, text: string, boost: number, names?: Map<string, number>): void {
  for (const sentence of splitSentences(text)) addSentence(weights, sentence, boost, names);
}

function addSentence(weights: Map<string, number>, sentence: string, boost: number, names?: Map<string, number>): void {
  let sentenceStart = true;
  // Digit groups split by spaces ("18 000", French and German style) are one number.
  const tokens = tokenize(sentence.replace(/(?<!\d)(\d{1,3})(?:[ \u00a0\u202f](\d{3}))(?!\d)/gu, '$1$2'));
  const words = tokens.filter((token) => !/\p{N}/u.test(token));
  const capitals = words.filter((token) => /^\p{Lu}/u.test(token)).length;
  const titleCase = words.length >= 3 && capitals >= words.length * TITLE_CASE_SHARE;
  for (const token of tokens) {
    const folded = foldToken(token);
    if (/\p{N}/u.test(token)) {
      if (/^\d{1,2}$/.test(token)) continue; // day numbers and small counts are too common to link on
      const key = numberKey(token);
      weights.set(key, (weights.get(key) ?? 0) + boost * NUMBER_BOOST);
    } else if (folded.length >= MIN_TERM_LENGTH && !STOPWORDS.has(folded)) {
      const nameLike = !sentenceStart && !titleCase && /^\p{Lu}/u.test(token);
      const key = stem(folded);
      if (names && !sentenceStart && !titleCase && !CALENDAR_WORDS.has(key)) names.set(key, (names.get(key) ?? 0) + (nameLike ? 1 : -1));
      weights.set(key, (weights.get(key) ?? 0) + boost * (nameLike ? NAME_BOOST : 1));
    }
    sentenceStart = false;
  }
}

/** Content terms of an article written as names (capitalised inside sentences more often than not, outside Title Case lines) with log-scaled mention counts, most frequent first; entity keys count as names. */
export function pickNames(text: string, entityKeys: readonly string[] = []): WeightedTerm[] {
  const balance = new Map<string, number>();
  addTokens(new Map(), text, 1, balance);
  return rankNames(balance, entityKeys);
}

function rankNames(balance: Map<string, number>, entityKeys: readonly string[]): WeightedTerm[] {
  const names = [...balance].filter(([, count]) => count > 0);
  for (const key of new Set(entityKeys)) names.push(['@' + key.toLowerCase(), ENTITY_NAME_COUNT]);
  names.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return names.slice(0, MAX_NAMES).map(([name, count]) => [name, Math.round((1 + Math.log(count)) * 1000) / 1000]);
}

/** Top content terms of an article with raw weights: log-scaled boosted counts plus entity and number keys. */
export function pickTerms(text: string, title: string | undefined, entityKeys: readonly string[] = [], numbers: readonly string[] = []): WeightedTerm[] {
  return pickTermsAndNames(text, title, entityKeys, numbers).terms;
}

/** Every content term of a text (title and lead not boosted), as digestArticle spells them: what a background document-frequency table counts. */
export function listTerms(text: string): Set<string> {
  const counts = new Map<string, number>();
  addTokens(counts, text, 1);
  return new Set(counts.keys());
}

/** pickTerms and pickNames in one pass over the text (what digestArticle uses). */
export function pickTermsAndNames(
  text: string,
  title: string | undefined,
  entityKeys: readonly string[] = [],
  numbers: readonly string[] = [],
): { terms: WeightedTerm[]; names: WeightedTerm[] } {
  const counts = new Map<string, number>();
  const balance = new Map<string, number>();
  if (title) addTokens(counts, title, LEAD_BOOST);
  addTokens(counts, text.slice(0, LEAD_CHARACTERS), LEAD_BOOST, balance);
  addTokens(counts, text.slice(LEAD_CHARACTERS), 1, balance);
  for (const key of new Set(entityKeys)) counts.set('@' + key.toLowerCase(), (counts.get('@' + key.toLowerCase()) ?? 0) + ENTITY_BOOST);
  for (const value of new Set(numbers)) {
    const key = numberKey(value);
    counts.set(key, (counts.get(key) ?? 0) + NUMBER_BOOST);
  }
  const terms: WeightedTerm[] = [...counts].map(([term, count]) => [term, Math.round((1 + Math.log(count)) * 1000) / 1000]);
  terms.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { terms: terms.slice(0, MAX_TERMS), names: rankNames(balance, entityKeys) };
}
