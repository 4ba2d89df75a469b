/**
 * A lexicon learned from unlabelled text: how often each word is written capitalised away from the
 * start of a sentence. "Barack" is always capitalised, "despite" almost never: a strong hint for
 * words the labelled data never showed, and for sentence-initial or headline words.
 */
import { tokenize } from './tokenize.ts';

/** Lower-cased word → casing bucket: "L" (<5% capitalised), "l" (<50%), "c" (<95%), "C" (≥95%). */
export type CasingLexicon = ReadonlyMap<string, string>;

/** Fewest sightings away from a sentence start before a word's casing is trusted. */
export const MIN_CASING_SIGHTINGS = 3;

/** Tokens after which the next word starts a sentence or a quote, so its capital says nothing. */
const OPENERS = new Set(['.', '!', '?', ':', '"', '“', '‘', "'", '(', '-', '—', '–']);

/** Counts capitalised and lower-case sightings of each word over many texts and buckets them. */
export function buildCasingLexicon(texts: Iterable<string>): CasingLexicon {
  const counts = new Map<string, [number, number]>();
  for (const text of texts) {
    for (const line of text.split(/\n+/)) {
      const words = tokenize(line).map((t) => line.slice(t.start, t.end));
      const shouting = words.filter((w) => /[A-Z]/.test(w) && w === w.toUpperCase()).length > words.length / 2;
      if (shouting) continue;
      for (let i = 1; i < words.length; i++) {
        const word = words[i]!;
        if (!/^\p{L}/u.test(word) || OPENERS.has(words[i - 1]!)) continue;
        const lower = word.toLowerCase();
        let entry = counts.get(lower);
        if (!entry) counts.set(lower, (entry = [0, 0]));
        if (word === lower) entry[1]++;
        else entry[0]++;
      }
    }
  }
  const lexicon = new Map<string, string>();
  for (const [word, [capital, lower]] of counts) {
    const total = capital + lower;
    if (total < MIN_CASING_SIGHTINGS) continue;
    const ratio = capital / total;
    lexicon.set(word, ratio < 0.05 ? 'L' : ratio < 0.5 ? 'l' : ratio < 0.95 ? 'c' : 'C');
  }
  return lexicon;
}

/** Reads the article bodies of a CSV whose last column is quoted text (FNC-1 style "id,body"). */
export function readCsvBodies(csv: string): string[] {
  const bodies: string[] = [];
  const pattern = /^\d+,"((?:[^"]|"")*)"/gm;
  for (const match of csv.matchAll(pattern)) bodies.push(match[1]!.replace(/""/g, '"'));
  return bodies;
}
