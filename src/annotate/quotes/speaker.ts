import type { EntityLayer, Mention, Span } from '../../core/types.ts';
import { CUE_AUXILIARIES, MAX_SOURCE_WORDS, NOT_SOURCE_START, SOURCE_STOP_WORDS, SPEAKER_PRONOUNS } from './rules.ts';

/** A word or punctuation token with its span. */
export interface Token extends Span {
  text: string;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|\.(?=\p{L}\.)|\.(?=\s*\p{Ll}))*\.?|[^\s\p{L}\p{N}]/gu;

/** Splits a range of text into word and punctuation tokens. */
export function tokensOf(text: string, range: Span): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(range.start, range.end);
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(slice); match; match = TOKEN.exec(slice)) {
    let value = match[0];
    // A word-final period is sentence punctuation unless the word is an initial or a known abbreviation.
    if (value.length > 2 && value.endsWith('.') && !/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|Sgt|Capt|U\.S|U\.N|U\.K|E\.U)\.$/.test(value)) value = value.slice(0, -1);
    tokens.push({ start: range.start + match.index, end: range.start + match.index + value.length, text: value });
    if (value.length < match[0].length) tokens.push({ start: range.start + match.index + value.length, end: range.start + match.index + match[0].length, text: '.' });
  }
  return tokens;
}

/** Longest appositive or relative clause (tokens) skipped between a speaker and a cue: "Smith, who …, said". */
const APPOSITIVE_MAX_TOKENS = 30;

/** Subject pronouns that start a clause inside a longer phrase. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** True for words that sit between a speaker and the verb and join the cue: auxiliaries and -ly adverbs. */
function isAuxiliary(word: string): boolean {
  return CUE_AUXILIARIES.has(word.toLowerCase()) || /^\p{Ll}{3,}ly$/u.test(word);
}

/** Relative pronouns that can be a speaker ("officials, who said …", "a group that has refused"). */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);

/** Particles between a governing verb and an infinitive cue ("goes on to say"). */
const PARTICLES = new Set(['on', 'up', 'out']);

/** Words that open an adverbial phrase, never a speaker phrase. */
const PREPOSITIONS = new Set(['for', 'in', 'on', 'at', 'with', 'by', 'from', 'to', 'after', 'before', 'during', 'under', 'over', 'into', 'about', 'among', 'despite']);

/** How far (characters) from a cue a speaker phrase is looked for; bounds the work on run-on sentences. */
const SOURCE_LOOKAROUND_CHARS = 400;

/** Longest parenthesis (tokens) kept inside a speaker phrase. */
const PARENTHESIS_MAX_TOKENS = 8;

const isWord = (token: Token): boolean => /[\p{L}\p{N}]/u.test(token.text);
const TIME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|earlier|later|recently|night|morning|afternoon|evening|week|month|year|last|this|on|late|early)$/i;

/** The speaker phrase ending right before a cue, and where the cue really starts (auxiliaries join the cue). */
export interface SourceBefore {
  source?: Span;
  cueStart: number;
}

/** Walks back from a cue verb over auxiliaries and time words to the noun phrase that says it. */
export function findSourceBefore(text: string, limit: number, cueStart: number): SourceBefore {
  const tokens = tokensOf(text, { start: Math.max(limit, cueStart - SOURCE_LOOKAROUND_CHARS), end: cueStart });
  let k = tokens.length - 1;
  let start = cueStart;
  while (k >= 0 && isAuxiliary(tokens[k]!.text)) start = tokens[k--]!.start;
  // "strategists have been reluctant to reveal", "the email goes on to say": the governing word joins the cue.
  if (k >= 2 && tokens[k]!.text === 'to') {
    let j = k - 1;
    if (PARTICLES.has(tokens[j]!.text)) j--;
    const head = tokens[j];
    if (head && /^\p{Ll}[\p{Ll}-]+$/u.test(head.text) && !SOURCE_STOP_WORDS.has(head.text) && !PREPOSITIONS.has(head.text) && !SUBJECT_PRONOUNS.has(head.text)) {
      k = j - 1;
      start = head.start;
      while (k >= 0 && isAuxiliary(tokens[k]!.text)) start = tokens[k--]!.start;
    }
  }
  while (k >= 0 && TIME_WORD.test(tokens[k]!.text)) k--;
  // "Smith, the party's leader, said": take the phrase before the appositive and the appositive itself.
  let end = k >= 0 ? tokens[k]!.end : start;
  if (k >= 0 && tokens[k]!.text === ',') {
    let comma = k - 1;
    while (comma >= 0 && tokens[comma]!.text !== ',' && k - comma <= APPOSITIVE_MAX_TOKENS) comma--;
    if (comma < 1 || tokens[comma]!.text !== ',') return { cueStart: start };
    const opener = tokens[comma + 1]!.text.toLowerCase();
    let head = collectBack(tokens, comma - 1);
    // "Smith, 56, who has served …, told": an age between commas belongs to the name before it.
    if (head.first === comma - 1 && /^\d{1,3}$/.test(tokens[comma - 1]!.text) && comma >= 3 && tokens[comma - 2]!.text === ',') head = collectBack(tokens, comma - 3);
    // "Smith, for his part, indicated …, stating": a phrase opening with a preposition is no speaker.
    if (head.first < 0 || PREPOSITIONS.has(tokens[head.first]!.text.toLowerCase())) return { cueStart: start };
    end = opener === 'who' || opener === 'which' ? tokens[comma - 1]!.end : tokens[k - 1]!.end;
    return { source: { start: tokens[head.first]!.start, end }, cueStart: start };
  }
  const phrase = collectBack(tokens, k);
  if (phrase.first >= 0) {
    // "the progress he cited": an embedded subject pronoun is the speaker; "By supporting": a lone preposition is not.
    for (let i = phrase.first + 1; i <= k; i++) if (SUBJECT_PRONOUNS.has(tokens[i]!.text.toLowerCase())) phrase.first = i;
    while (phrase.first <= k && PREPOSITIONS.has(tokens[phrase.first]!.text.toLowerCase())) phrase.first++;
    if (phrase.first > k) phrase.first = -1;
  }
  // "…, who said …" / "which the bank detailed": the relative pronoun stands for the speaker, as PolNeAR marks it.
  if (phrase.first < 0 && k >= 0 && RELATIVE_PRONOUNS.has(tokens[k]!.text.toLowerCase())) return { source: { start: tokens[k]!.start, end: tokens[k]!.end }, cueStart: start };
  if (phrase.first < 0) return { cueStart: start };
  return { source: { start: tokens[phrase.first]!.start, end }, cueStart: start };
}

/** True for an "and" joining two speakers ("Bush and his rivals", "he and Brafman"): a name or pronoun before it. */
function joinsNames(tokens: readonly Token[], k: number, first: number): boolean {
  const before = tokens[k - 1];
  return tokens[k]!.text === 'and' && first >= 0 && before !== undefined && (/^\p{Lu}/u.test(before.text) || SUBJECT_PRONOUNS.has(before.text.toLowerCase()));
}

/** Collects words backwards from index `last` until punctuation, a clause word or the word limit. */
function collectBack(tokens: readonly Token[], last: number): { first: number } {
  let first = -1;
  let words = 0;
  for (let k = last; k >= 0 && words < MAX_SOURCE_WORDS; k--) {
    const token = tokens[k]!;
    if (token.text === ')') {
      // A party or place tag belongs to the name: "Sen. Claire McCaskill (D-Mo.) said".
      let open = k - 1;
      while (open >= 0 && tokens[open]!.text !== '(' && k - open <= PARENTHESIS_MAX_TOKENS) open--;
      if (open < 0 || tokens[open]!.text !== '(') break;
      k = open;
      first = open;
      continue;
    }
    if (!isWord(token) && !/^['’&/-]$/.test(token.text)) break;
    if (SOURCE_STOP_WORDS.has(token.text.toLowerCase()) && !joinsNames(tokens, k, first)) break;
    if (isWord(token)) words++;
    first = k;
  }
  // A phrase never starts with a possessive mark or dangling punctuation.
  while (first >= 0 && first <= last && !isWord(tokens[first]!)) first++;
  return { first: first > last ? -1 : first };
}

/** Possessive determiners that may open a speaker phrase after "according to" ("according to their attorneys"). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/** The speaker phrase right after an inverted cue (`," said the minister.`), ending at a comma or sentence end. */
export function findSourceAfter(text: string, from: number, limit: number, maxWords = MAX_SOURCE_WORDS, possessive = false): Span | undefined {
  const tokens = tokensOf(text, { start: from, end: Math.min(limit, from + SOURCE_LOOKAROUND_CHARS) });
  const first = tokens[0]?.text.toLowerCase() ?? '';
  if (!tokens.length || !isWord(tokens[0]!) || (NOT_SOURCE_START.has(first) && !(possessive && POSSESSIVE_DETERMINERS.has(first)))) return undefined;
  let words = 0;
  let last = -1;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.text === '(') {
      let close = k + 1;
      while (close < tokens.length && tokens[close]!.text !== ')' && close - k <= PARENTHESIS_MAX_TOKENS) close++;
      if (tokens[close]?.text !== ')') break;
      k = close;
      last = close;
      continue;
    }
    // A slash joins words inside a name phrase ("9/11 widow Jane Roe"), as in collectBack.
    if (!isWord(token) && !/^['’&/-]$/.test(token.text)) break;
    if (isWord(token) && ++words > maxWords) return undefined;
    last = k;
  }
  if (last < 0) return undefined;
  const next = tokens[last + 1];
  // The phrase must end the clause; otherwise this is "said the talks were …", not an inverted speaker.
  if (next && !/^[,.;:!?)\u2014–]$/.test(next.text)) return undefined;
  return { start: tokens[0]!.start, end: tokens[last]!.end };
}

/** The speaker of the quote just before, for carrying pronouns over. */
export interface PreviousSpeaker {
  key: string;
  /** End offset of that quote's last span. */
  end: number;
}

/** How far (characters) after a quote a pronoun may still point back to its speaker. */
const PRONOUN_CARRY_CHARS = 600;

/** Resolves a speaker phrase to an entity key: by name mention, pronoun, or role phrase (mentions sorted by start). */
export function resolveSpeaker(text: string, source: Span, entities: EntityLayer | undefined, previous?: PreviousSpeaker): string | undefined {
  if (!entities || !entities.mentions.length) return undefined;
  const mentions = entities.mentions;
  const from = firstEndingAfter(mentions, source.start);
  const inside: Mention[] = [];
  for (let i = from; i < mentions.length && mentions[i]!.start < source.end; i++) if (mentions[i]!.end > source.start) inside.push(mentions[i]!);
  const named = pickMention(inside.filter((m) => m.kind !== 'pronoun'));
  // A person named in the phrase, or a name at its head, is the speaker; a name used as a modifier
  // ("the Ministry spokeswoman") yields to a role match below.
  const headEnd = source.start + text.slice(source.start, source.end).replace(/[\s,]+$/, '').length;
  if (named && (named.type === 'PER' || named.end >= headEnd)) return named.key;
  const phrase = text.slice(source.start, source.end).toLowerCase().trim();
  const pronoun = SPEAKER_PRONOUNS[phrase];
  if (pronoun) {
    const pronounMention = inside.find((m) => m.kind === 'pronoun');
    if (pronounMention) return pronounMention.key;
    const type = pronoun === 'ANY' ? undefined : pronoun;
    const nearest = nearestBefore(entities.mentions, source.start, (m) => m.kind !== 'pronoun' && (type ? m.type === type : m.type === 'PER' || m.type === 'ORG'));
    // "Smith said … He added …": a pronoun soon after a quote keeps its speaker when nobody else was named since.
    if (previous && source.start - previous.end <= PRONOUN_CARRY_CHARS && (!nearest || nearest.end <= previous.end || nearest.key === previous.key)) return previous.key;
    return nearest?.key;
  }
  const bare = phrase.replace(/^(?:the|a|an)\s+/, '');
  const byRole = entities.entities.filter((e) => e.roles.some((role) => {
    const r = role.toLowerCase();
    return r.length > 2 && (bare.includes(r) || r.includes(bare));
  }));
  if (byRole.length === 1) return byRole[0]!.key;
  if (byRole.length > 1) {
    const keys = new Set(byRole.map((e) => e.key));
    return nearestBefore(entities.mentions, source.start, (m) => keys.has(m.key))?.key ?? byRole[0]!.key;
  }
  return named?.key;
}

/** Prefers a person, then the last mention in the phrase (its head: "the ministry's adviser Anna Berg"). */
function pickMention(mentions: readonly Mention[]): Mention | undefined {
  const people = mentions.filter((m) => m.type === 'PER');
  const pool = people.length ? people : mentions;
  return pool.length ? pool.reduce((a, b) => (b.start > a.start ? b : a)) : undefined;
}

/** The closest mention ending before `offset` that `accept` takes; mentions are sorted by start. */
function nearestBefore(mentions: readonly Mention[], offset: number, accept: (m: Mention) => boolean): Mention | undefined {
  for (let i = firstEndingAfter(mentions, offset) - 1; i >= 0; i--) if (mentions[i]!.end <= offset && accept(mentions[i]!)) return mentions[i];
  return undefined;
}

/** Index of the first mention (sorted by start, not overlapping) that ends after `offset`. */
function firstEndingAfter(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An introductory phrase before a sentence's subject ("On Thursday, however, …"). */
const SUBJECT_INTRO = /^(?:(?:On|In|At|After|Before|During|Since|Last|This|Earlier|Later|Meanwhile|However|But|And|Yet|Still|Also|Instead|Then|Now|Separately)\b[^,]{0,60},\s*)?(?:however,\s*|meanwhile,\s*)?/;

/** The subject a sentence opens with: "The Republican nominee", "The senator, who …" (up to the comma), "Mrs. Clinton", "He". */
const SUBJECT = /^(?:(?:The|A|An)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+(?=\s+(?:has|have|had|is|was|were|are|also|will|would|then|later|spoke|said|told|wrote|made|gave|took|went|met|began|sought|came|left|saw|held|sent|brought|thought|knew|felt|kept|\p{Ll}+ed|\p{Ll}+s)\b)|(?:The|A|An)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+(?=,)|(?:He|She|They|We|I|It)\b|(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})/u;

/** Guesses the subject of the sentence starting at `start`, as the speaker of a later coordinated or participle cue. */
export function guessSubject(text: string, start: number, limit: number): Span | undefined {
  // Leading spaces (a sentence start taken right after the previous sentence's end) are not part of the subject.
  while (start < limit && /\s/.test(text[start]!)) start++;
  const slice = text.slice(start, limit);
  const intro = SUBJECT_INTRO.exec(slice)![0];
  const match = SUBJECT.exec(slice.slice(intro.length));
  if (!match) return undefined;
  const begin = start + intro.length;
  return { start: begin, end: begin + match[0].replace(/[\s.]+$/, '').length };
}
