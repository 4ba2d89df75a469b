/**
 * A distributional lexicon learned from unlabelled text: for each frequent word, the word most often
 * seen just before it and just after it. Words sharing a typical context ("Mr _", "_ said", "in _")
 * share a feature, a cheap stand-in for word clusters that reaches words the labelled data never showed.
 */

/** Lower-cased word → [most frequent left neighbour, most frequent right neighbour]. */
export type ContextLexicon = ReadonlyMap<string, readonly [string, string]>;

/** Fewest sightings of a word before its typical context is trusted. */
export const MIN_CONTEXT_SIGHTINGS = 4;

/** Pseudo-words standing for the sentence edges. */
const START = '<s>';
const END = '</s>';

/** The most frequent key of a count map (ties: the first seen). */
function topOf(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [key, count] of counts) if (count > bestCount) [best, bestCount] = [key, count];
  return best;
}

/** Counts left and right neighbours (lower-cased) of every word over tokenised sentences and keeps the top ones. */
export function buildContextLexicon(sentences: Iterable<readonly string[]>): ContextLexicon {
  const left = new Map<string, Map<string, number>>();
  const right = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const bump = (table: Map<string, Map<string, number>>, word: string, neighbour: string): void => {
    let counts = table.get(word);
    if (!counts) table.set(word, (counts = new Map()));
    counts.set(neighbour, (counts.get(neighbour) ?? 0) + 1);
  };
  for (const words of sentences) {
    const lowers = words.map((w) => w.toLowerCase());
    for (let i = 0; i < lowers.length; i++) {
      const word = lowers[i]!;
      totals.set(word, (totals.get(word) ?? 0) + 1);
      bump(left, word, i > 0 ? lowers[i - 1]! : START);
      bump(right, word, i + 1 < lowers.length ? lowers[i + 1]! : END);
    }
  }
  const lexicon = new Map<string, readonly [string, string]>();
  for (const [word, total] of totals) {
    if (total < MIN_CONTEXT_SIGHTINGS) continue;
    lexicon.set(word, [topOf(left.get(word)!), topOf(right.get(word)!)]);
  }
  return lexicon;
}
