/**
 * Finds role phrases attached to a person's name: before it ("Foreign Minister Jane Doe",
 * "Acme spokesman X") or in apposition after it ("Jane Doe, the company's chief executive,").
 */
import type { EntityType, Span } from '../../core/types.ts';
import { HONORIFICS, MAX_APPOSITION_TOKENS, MAX_PREFIX_ROLE_TOKENS, ROLE_HEADS, ROLE_MODIFIERS, ROLE_OPENERS } from './rules.ts';

/** A tokenised sentence with the entity type (if any) each token was tagged with. */
export interface TaggedSentence {
  tokens: Span[];
  types: (EntityType | undefined)[];
}

/** Function words that may sit inside a role phrase but never at its edge. */
const INNER_ONLY = new Set(['and', 'of', 'for', 'the', "'s", '’s']);

/** Punctuation that closes an apposition. */
const CLOSERS = new Set([',', '.', ';', ':', ')', '—', '–', '--', '!', '?']);

function wordAt(text: string, sentence: TaggedSentence, i: number): string {
  return text.slice(sentence.tokens[i]!.start, sentence.tokens[i]!.end);
}

/** True when a token may belong to a role phrase: a role word, a possessive, or a non-person name. */
function isRoleToken(text: string, sentence: TaggedSentence, i: number): boolean {
  const lower = wordAt(text, sentence, i).toLowerCase();
  const type = sentence.types[i];
  if (type === 'PER') return false;
  if (type !== undefined) return true;
  return ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower) || lower === "'s" || lower === '’s';
}

/** The role phrase right before a name starting at token `first`, if any. */
export function roleBefore(text: string, sentence: TaggedSentence, first: number): Span | undefined {
  let start = first;
  while (start > 0 && first - start < MAX_PREFIX_ROLE_TOKENS && isRoleToken(text, sentence, start - 1)) start--;
  while (start < first && (INNER_ONLY.has(wordAt(text, sentence, start).toLowerCase()) || HONORIFICS.has(wordAt(text, sentence, start).toLowerCase()))) start++;
  if (start === first) return undefined;
  const last = wordAt(text, sentence, first - 1).toLowerCase();
  if (INNER_ONLY.has(last)) return undefined;
  let hasHead = false;
  for (let i = start; i < first; i++) if (ROLE_HEADS.has(wordAt(text, sentence, i).toLowerCase())) hasHead = true;
  if (!hasHead) return undefined;
  return { start: sentence.tokens[start]!.start, end: sentence.tokens[first - 1]!.end };
}

/** The apposition after a name ending before token `end` (", the company's chief executive,"), if it is a role. */
export function roleAfter(text: string, sentence: TaggedSentence, end: number): Span | undefined {
  const n = sentence.tokens.length;
  if (end >= n || wordAt(text, sentence, end) !== ',') return undefined;
  const first = end + 1;
  let last = first;
  while (last < n && !CLOSERS.has(wordAt(text, sentence, last))) last++;
  if (last === first || last - first > MAX_APPOSITION_TOKENS) return undefined;
  const opener = wordAt(text, sentence, first).toLowerCase();
  const opens = ROLE_OPENERS.has(opener) || isRoleToken(text, sentence, first);
  if (!opens) return undefined;
  let hasHead = false;
  for (let i = first; i < last; i++) {
    if (sentence.types[i] === 'PER') return undefined;
    if (ROLE_HEADS.has(wordAt(text, sentence, i).toLowerCase())) hasHead = true;
  }
  if (!hasHead) return undefined;
  return { start: sentence.tokens[first]!.start, end: sentence.tokens[last - 1]!.end };
}

/** Normalises a role for comparison: lower case, leading determiner and possessive opener dropped. */
export function roleKey(role: string): string {
  return role
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(the|a|an|its|his|her|their|our)\s+/, '')
    .trim();
}
