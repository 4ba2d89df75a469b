import type { Lexeme } from './lexer.ts';
import type { NumberMatch } from './numbers.ts';
import {
  COMPOUND_HEADS,
  CURRENCY_WORDS,
  IRREGULAR_PLURALS,
  MONTHS,
  NOT_NOUNS,
  NUMBER_WORDS,
  ORDINAL_NOUN_STOPS,
  SINGULAR_UNITS,
  SKIPPABLE_ADJECTIVES,
  UNIT_ALIASES,
} from './rules.ts';

/** The unit read after a number: its name and the index of the first lexeme after it. */
export interface UnitMatch {
  unit: string;
  next: number;
}

/** Endings of words that modify rather than name ("economic", "regional", "massive"). */
const ADJECTIVE_ENDING = /(ic|al|ive|ous|ary|ful|less|ian|ese)$/;

const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'all', 'a', 'an']);

/** Reads what a number measures or counts, by the kind of number; undefined when nothing is counted. */
export function readUnit(lexemes: readonly Lexeme[], number: NumberMatch): UnitMatch | undefined {
  const k = number.next;
  if (number.kind === 'fraction' || number.kind === 'vague') {
    if (lexemes[k]?.lower !== 'of') return undefined;
    const head = readNounPhrase(lexemes, k + 1, number.kind === 'fraction');
    if (head === undefined) return undefined;
    const noun = lexemes[head]!.lower;
    return { unit: number.kind === 'fraction' ? 'percent' : (CURRENCY_WORDS.get(noun) ?? singular(noun)), next: head + 1 };
  }
  if (number.kind === 'ordinal') return readOrdinalNoun(lexemes, k);
  return readCompound(lexemes, k) ?? readSymbolOrAlias(lexemes, k) ?? readCountedNoun(lexemes, k, number.value);
}

/** "20-point plan", "three-hour meeting", "five-year-old": the unit after the hyphen, plus the noun it modifies. */
function readCompound(lexemes: readonly Lexeme[], k: number): UnitMatch | undefined {
  const dash = lexemes[k];
  const word = lexemes[k + 1];
  if (!dash?.glued || dash.text !== '-' || !word?.glued || !isNounCandidate(word)) return undefined;
  let unit = alias(word.lower);
  let next = k + 2;
  while (lexemes[next]?.glued && lexemes[next]!.text === '-' && lexemes[next + 1]?.glued && lexemes[next + 1]!.kind === 'word') {
    unit += `-${lexemes[next + 1]!.lower}`;
    next += 2;
  }
  // Ages ("a 23-year-old unarmed man") keep the age alone: the words after it are rarely the counted thing.
  if (unit.endsWith('-old')) return { unit, next };
  const head = lexemes[next];
  if (!head || head.glued || !isNounCandidate(head) || !/^\p{Ll}/u.test(head.text)) return { unit, next };
  if (lexemes[next + 1]?.glued && lexemes[next + 1]!.text === '-') return { unit, next };
  // "20-point peace plan": a known head noun one word further wins over its modifier.
  const further = lexemes[next + 1];
  const adjectival = (ADJECTIVE_ENDING.test(head.lower) || SKIPPABLE_ADJECTIVES.has(head.lower) || /ed$/.test(head.lower)) && further !== undefined && isNounCandidate(further) && /^\p{Ll}/u.test(further.text);
  if (further && !further.glued && (COMPOUND_HEADS.has(further.lower) || adjectival)) return { unit: `${unit} ${singular(further.lower)}`, next: next + 2 };
  return { unit: `${unit} ${singular(head.lower)}`, next: next + 1 };
}

/** "%", "percent", "per cent", "percentage points", "km", "dollars", "euros". */
function readSymbolOrAlias(lexemes: readonly Lexeme[], k: number): UnitMatch | undefined {
  const one = lexemes[k];
  if (!one) return undefined;
  const two = lexemes[k + 1];
  const pair = two && two.kind === 'word' ? `${one.lower} ${two.lower}` : '';
  if (UNIT_ALIASES.has(pair)) return { unit: UNIT_ALIASES.get(pair)!, next: k + 2 };
  const three = lexemes[k + 2];
  const triple = pair && three?.kind === 'word' ? `${pair} ${three.lower}` : '';
  if (CURRENCY_WORDS.has(triple)) return { unit: CURRENCY_WORDS.get(triple)!, next: k + 3 };
  if (CURRENCY_WORDS.has(pair)) return { unit: CURRENCY_WORDS.get(pair)!, next: k + 2 };
  if (one.lower === 'percent') return { unit: 'percent', next: k + 1 };
  if (UNIT_ALIASES.has(one.lower)) return { unit: UNIT_ALIASES.get(one.lower)!, next: k + 1 };
  if (CURRENCY_WORDS.has(one.lower)) return { unit: CURRENCY_WORDS.get(one.lower)!, next: k + 1 };
  return undefined;
}

/** "1,200 troops", "20 new cases", "five Ukrainian soldiers": a plural noun after at most two adjectives. */
function readCountedNoun(lexemes: readonly Lexeme[], k: number, value: number): UnitMatch | undefined {
  for (let skipped = 0; skipped <= 2; skipped++) {
    const word = lexemes[k + skipped];
    if (!word || word.glued || !isNounCandidate(word)) return undefined;
    const lower = word.lower;
    const isLower = /^\p{Ll}/u.test(word.text);
    // "one" takes a singular noun ("one hour"), any other number a plural ("five hours"); "no one gives" is neither.
    if (isLower && (value === 1 ? SINGULAR_UNITS.has(lower) : isPlural(lower))) return { unit: singular(lower), next: k + skipped + 1 };
    const following = lexemes[k + skipped + 1];
    const nounFollows = following !== undefined && !following.glued && isNounCandidate(following) && /^\p{Ll}/u.test(following.text) && isPlural(following.lower);
    // A capitalised plural with no lower-case noun after it is the counted noun itself ("12 Americans").
    if (!isLower && !nounFollows && isPlural(lower) && /^\p{Lu}\p{Ll}+$/u.test(word.text)) return { unit: singular(lower), next: k + skipped + 1 };
    // A modifier is skipped only before a plural noun ("20 new cases", "32 death claims", "five Ukrainian soldiers").
    if (!nounFollows && !SKIPPABLE_ADJECTIVES.has(lower)) return undefined;
  }
  return undefined;
}

/** "sixth round", "third consecutive day": the noun an ordinal ranks; set phrases and names are skipped. */
function readOrdinalNoun(lexemes: readonly Lexeme[], k: number): UnitMatch | undefined {
  let at = k;
  if (lexemes[at] && SKIPPABLE_ADJECTIVES.has(lexemes[at]!.lower) && /^\p{Ll}/u.test(lexemes[at]!.text)) at++;
  const word = lexemes[at];
  if (!word || word.glued || !isNounCandidate(word) || !/^\p{Ll}/u.test(word.text) || ORDINAL_NOUN_STOPS.has(word.lower)) return undefined;
  // "second anti-abortion activist", "first raised": a prefix or a verb, not the ranked noun.
  if (lexemes[at + 1]?.glued && lexemes[at + 1]!.text === '-') return undefined;
  if (/(ed|ly)$/.test(word.lower)) return undefined;
  return { unit: singular(word.lower), next: at + 1 };
}

/** Index of the head noun of "of ..." ("of Ukrainian territory" → territory), or undefined. */
function readNounPhrase(lexemes: readonly Lexeme[], k: number, allowName: boolean): number | undefined {
  let at = k;
  if (DETERMINERS.has(lexemes[at]?.lower ?? '')) at++;
  let head: number | undefined;
  for (let taken = 0; taken < 4; taken++, at++) {
    const word = lexemes[at];
    if (!word || !isNounCandidate(word)) break;
    const capitalised = /^\p{Lu}/u.test(word.text);
    const modifier = capitalised || SKIPPABLE_ADJECTIVES.has(word.lower) || /['’]s$/.test(word.lower);
    const following = lexemes[at + 1];
    const followingIsNoun = following !== undefined && isNounCandidate(following);
    const followingIsPlural = followingIsNoun && /^\p{Ll}/u.test(following.text) && isPlural(following.lower);
    // A capitalised plural is itself the head ("thousands of Cubans marched"); "Cuban women" goes on.
    const goesOn = followingIsNoun && (capitalised ? !isPlural(word.lower) : modifier || (followingIsPlural && !isPlural(word.lower)));
    if (capitalised && !allowName && !goesOn && !isPlural(word.lower)) break;
    head = at;
    if (!goesOn) break;
  }
  return head;
}

/** A word that could be a noun: letters only, not a function word, month or number word. */
function isNounCandidate(lexeme: Lexeme): boolean {
  return lexeme.kind === 'word' && !NOT_NOUNS.has(lexeme.lower) && !MONTHS.has(lexeme.lower) && !NUMBER_WORDS.has(lexeme.lower);
}

/** True for a plural-looking noun ("troops", "people", "casualties"). */
export function isPlural(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  if (/['’]s$/.test(word)) return false;
  return word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word);
}

/** Lower-case singular of an English noun ("casualties" → "casualty", "people" → "person"). */
export function singular(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (IRREGULAR_PLURALS.has(lower)) return IRREGULAR_PLURALS.get(lower)!;
  if (!isPlural(lower)) return lower;
  if (/ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(ss|ch|sh|x|zz)es$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

/** The unit name for a word after a hyphen ("hour", "km" → "kilometer"). */
function alias(word: string): string {
  return UNIT_ALIASES.get(word) ?? singular(word);
}
