import { MAX_QUERY_CHARS } from '../fts-query.ts';

/** Most positions PostgreSQL keeps for one lexeme in a tsvector. */
export const MAX_POSITIONS_PER_WORD = 256;
/** Highest word position a tsvector can hold; later words share it. */
export const MAX_WORD_POSITION = 16383;
/** Longest word indexed, in characters; longer runs are noise (hashes, base64) and risk the lexeme size limit. */
export const MAX_WORD_CHARS = 100;
/** Words in a search snippet, like the SQLite adapter's snippet(…, 16). */
export const SNIPPET_WORDS = 16;

/**
 * Folds a word the way the SQLite tokenizer (unicode61, remove_diacritics 2) does: lower case,
 * accents dropped. Done in JavaScript so results do not depend on the server's locale.
 */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of a text, split on anything that is not a letter or digit (as unicode61 does). */
export function splitWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
}

/** Words in title and body together: the document length bm25 normalises by. */
export function countWords(title: string | undefined, text: string): number {
  return splitWords(title ?? '').length + splitWords(text).length;
}

/**
 * Builds a tsvector literal from a title (weight A) and body (weight B), with our own word split
 * and folding, so indexing and querying tokenise exactly alike on any server locale.
 */
export function toTsVector(title: string | undefined, text: string): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  const add = (part: string, weight: 'A' | 'B') => {
    for (const raw of splitWords(part)) {
      position = Math.min(position + 1, MAX_WORD_POSITION);
      const word = foldWord(raw);
      if (!word || word.length > MAX_WORD_CHARS) continue;
      const list = positions.get(word) ?? [];
      if (list.length < MAX_POSITIONS_PER_WORD) list.push(`${position}${weight}`);
      positions.set(word, list);
    }
  };
  add(title ?? '', 'A');
  position += 1; // a gap, so no phrase matches across the title's end and the body's start
  add(text, 'B');
  // Folded words hold only letters, digits and marks, so single quotes cannot occur inside them.
  return [...positions].map(([word, list]) => `'${word}':${list.join(',')}`).join(' ');
}

/** One thing a query asks for: a word, or a phrase of words in a row; `prefix` lets the last word be a prefix. */
export interface QueryTerm {
  words: string[];
  prefix: boolean;
}

/**
 * Reads what a person typed with the SQLite adapter's meaning: "quoted phrases" stay phrases,
 * other words are separate terms (ANDed), a trailing * asks for a prefix; operators are just words.
 */
export function parseQuery(input: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  const text = input.slice(0, MAX_QUERY_CHARS);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[1] !== undefined) {
      const words = queryWords(match[1]);
      if (words.length > 0) terms.push({ words, prefix: false });
      continue;
    }
    const token = match[2]!;
    for (const word of queryWords(token)) terms.push({ words: [word], prefix: token.endsWith('*') });
  }
  return terms;
}

/** A safe tsquery literal for the query (see parseQuery); empty when nothing searchable is left. */
export function toTsQuery(input: string): string {
  return parseQuery(input)
    .map(({ words, prefix }) => {
      // Folded words hold only letters, digits and marks, so they need no escaping inside quotes.
      const lexemes = words.map((word, i) => `'${word}'${prefix && i === words.length - 1 ? ':*' : ''}`);
      return lexemes.length === 1 ? lexemes[0]! : `(${lexemes.join(' <-> ')})`;
    })
    .join(' & ');
}

function queryWords(text: string): string[] {
  return splitWords(text).map(foldWord).filter((word) => word && word.length <= MAX_WORD_CHARS);
}

/** FTS5 snippet's bonus for a window that starts a sentence. */
export const SENTENCE_START_BONUS = 100;
/** FTS5 snippet's bonus for a window that starts the text. */
export const TEXT_START_BONUS = 120;

interface Token { start: number; end: number; folded: string }
interface Instance { term: number; first: number; last: number }

/**
 * The SQLite adapter's FTS5 snippet, rebuilt: the window of `size` words that best covers the query's
 * terms (preferring one that starts a sentence), each match in [brackets], "…" where the text was cut.
 */
export function makeSnippet(text: string, terms: readonly QueryTerm[], size = SNIPPET_WORDS): string {
  const tokens: Token[] = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: foldWord(m[0]) }));
  if (tokens.length === 0) return '';
  const instances: Instance[] = [];
  for (let i = 0; i < tokens.length; i++) {
    terms.forEach((term, t) => {
      if (matchesAt(tokens, i, term)) instances.push({ term: t, first: i, last: i + term.words.length - 1 });
    });
  }
  const from = bestWindowStart(text, tokens, instances, terms.length, size);
  const to = Math.min(tokens.length, from + size) - 1;
  let out = from > 0 ? '…' : '';
  let cursor = from > 0 ? tokens[from]!.start : 0;
  for (const run of coalesce(instances.filter((instance) => instance.first >= from && instance.first <= to))) {
    const last = Math.min(run.last, to);
    out += `${text.slice(cursor, tokens[run.first]!.start)}[${text.slice(tokens[run.first]!.start, tokens[last]!.end)}]`;
    cursor = tokens[last]!.end;
  }
  out += to >= tokens.length - 1 ? text.slice(cursor) : `${text.slice(cursor, tokens[to]!.end)}…`;
  return out;
}

/** First word of the best window, scored as FTS5 does: 1000 per distinct term, 1 per repeat, sentence starts favoured. */
function bestWindowStart(text: string, tokens: readonly Token[], instances: readonly Instance[], termCount: number, size: number): number {
  const sentenceStarts = tokens.map((token, i) => i).filter((i) => i === 0 || /[.:][ \t\n\r]+$/.test(text.slice(0, tokens[i]!.start)));
  let best = { score: 0, start: 0 };
  for (const instance of instances) {
    const window = scoreWindow(instances, termCount, instance.first, size);
    let start = window.first - Math.trunc((size - (window.end - window.first)) / 2);
    if (start + size > tokens.length) start = tokens.length - size;
    if (window.score > best.score) best = { score: window.score, start: Math.max(0, start) };
    if (tokens.length <= size) continue;
    const sentence = sentenceStarts.filter((s) => s <= instance.first).at(-1)!;
    if (sentence >= instance.first) continue;
    const score = scoreWindow(instances, termCount, sentence, size).score + (sentence === 0 ? TEXT_START_BONUS : SENTENCE_START_BONUS);
    if (score > best.score) best = { score, start: sentence };
  }
  return best.start;
}

function scoreWindow(instances: readonly Instance[], termCount: number, from: number, size: number): { score: number; first: number; end: number } {
  const seen = new Array<boolean>(termCount).fill(false);
  let score = 0;
  let first = -1;
  let end = 0;
  for (const instance of instances) {
    if (instance.first < from || instance.first >= from + size) continue;
    score += seen[instance.term] ? 1 : 1000;
    seen[instance.term] = true;
    if (first < 0) first = instance.first;
    end = instance.last + 1;
  }
  return { score, first, end };
}

/** Overlapping matches merged into one bracketed run, as FTS5 highlights them. */
function coalesce(instances: readonly Instance[]): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  for (const instance of [...instances].sort((a, b) => a.first - b.first || a.last - b.last)) {
    const open = runs.at(-1);
    if (open && instance.first <= open.last) open.last = Math.max(open.last, instance.last);
    else runs.push({ first: instance.first, last: instance.last });
  }
  return runs;
}

function matchesAt(words: readonly { folded: string }[], index: number, term: QueryTerm): boolean {
  return term.words.every((word, k) => {
    const candidate = words[index + k]?.folded;
    if (candidate === undefined) return false;
    return term.prefix && k === term.words.length - 1 ? candidate.startsWith(word) : candidate === word;
  });
}
