/** Cross-language evidence: a cheap language guess from function words, and the language-independent anchors (names and numbers) that link a translation or a foreign-language report to its story. */
import { tokenize, foldToken } from '../dedupe/text.ts';

/** Frequent function words per language; an article's language is the one whose words it uses most. */
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the and of to in is that for was with on as by at from has have said were are this which will after but its not',
  de: 'der die das und ist nicht mit sich auf für von dem den des ein eine einer zu im als auch wird werden hat haben sind war nach bei',
  fr: 'le la les et des du un une est pour que qui dans sur au aux avec par pas plus ont été sont cette ses elle ils',
  es: 'el la los las del que en por con para una es su sus al lo como más pero fue ha han según este esta tras',
  it: 'il di che della dei delle nel alla gli sono una per non con anche più come stato ha hanno questo dopo',
  nl: 'de het een van en dat niet op te zijn voor met ook als er maar bij om werd heeft hebben naar door',
  pt: 'os um uma do da dos das em no na nos nas não mais foi são com para pela pelo disse ao após',
};
/** Function word (folded) → the languages that use it. */
const LANGUAGES_OF_WORD: ReadonlyMap<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
    for (const word of words.split(' ')) {
      const folded = foldToken(word);
      map.set(folded, [...(map.get(folded) ?? []), language]);
    }
  }
  return map;
})();
/** Function-word hits the best language needs before a guess is made (short texts say too little). */
export const MIN_LANGUAGE_HITS = 5;
/** How many times more hits the best language needs than the runner-up. */
export const LANGUAGE_MARGIN = 1.5;
/** Characters read from the start of a text for the guess: enough for a stable answer, bounded cost. */
const LANGUAGE_SAMPLE_CHARACTERS = 2000;

/** Guesses the language (ISO 639-1) of a text from its function words; undefined when the evidence is thin or split. */
export function guessLanguage(text: string): string | undefined {
  const hits = new Map<string, number>();
  for (const token of tokenize(text.slice(0, LANGUAGE_SAMPLE_CHARACTERS))) {
    const languages = LANGUAGES_OF_WORD.get(foldToken(token));
    if (languages) for (const language of languages) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [best, runnerUp] = ranked;
  if (!best || best[1] < MIN_LANGUAGE_HITS || (runnerUp && best[1] < runnerUp[1] * LANGUAGE_MARGIN)) return undefined;
  return best[0];
}

/** Primary subtag of a language tag, lower-cased ("en-GB" → "en"). */
export function baseLanguage(tag: string | undefined): string | undefined {
  return tag === undefined || tag === '' ? undefined : tag.toLowerCase().split(/[-_]/)[0];
}

/** Anchor sets of two articles compared across languages. */
export interface AnchorOverlap {
  shared: number;
  sharedNumbers: number;
  /** shared / the anchors of the article they were counted from. */
  containment: number;
  /** Shared numbers / numbers of either article: a translation keeps every number, an independent report adds its own. */
  numberJaccard: number;
}

/** An article's language-independent side: its anchors (names and numbers) and all its terms (names of a German text hide among its capitalised nouns, so the other side's anchors are looked up in all of them). */
export interface AnchorSet {
  anchors: ReadonlySet<number>;
  terms: ReadonlySet<number>;
}

/** Counts the anchors of one article found among the other's terms, in the direction that finds the larger share. */
export function compareAnchors(a: AnchorSet, b: AnchorSet, isNumber: (term: number) => boolean): AnchorOverlap {
  const look = (from: AnchorSet, into: AnchorSet): { shared: number; sharedNumbers: number; containment: number } => {
    let shared = 0;
    let sharedNumbers = 0;
    for (const term of from.anchors) {
      if (!into.terms.has(term) && !into.anchors.has(term)) continue;
      shared += 1;
      if (isNumber(term)) sharedNumbers += 1;
    }
    return { shared, sharedNumbers, containment: from.anchors.size === 0 ? 0 : shared / from.anchors.size };
  };
  const forward = look(a, b);
  const backward = look(b, a);
  const best = forward.containment >= backward.containment ? forward : backward;
  const numbersA = [...a.anchors].filter(isNumber);
  const numbersB = new Set([...b.anchors].filter(isNumber));
  const sharedNumbers = numbersA.filter((term) => numbersB.has(term)).length;
  const union = numbersA.length + numbersB.size - sharedNumbers;
  return { ...best, numberJaccard: union === 0 ? 0 : sharedNumbers / union };
}

/** Bar an anchor overlap must clear. */
export interface AnchorBar {
  minShared: number;
  minNumbers: number;
  minContainment: number;
  minNumberJaccard: number;
}

/** A translation shares most of its names and numbers with the original (test/fixtures/rewrites/cross-language). */
export const TRANSLATION_BAR: AnchorBar = { minShared: 5, minNumbers: 2, minContainment: 0.6, minNumberJaccard: 0.75 };
/** A report in another language about the same event shares several names and numbers with one of the story's articles. */
export const CROSS_LANGUAGE_STORY_BAR: AnchorBar = { minShared: 4, minNumbers: 1, minContainment: 0.35, minNumberJaccard: 0 };

/** True when an overlap clears a bar. */
export function clearsBar(overlap: AnchorOverlap, bar: AnchorBar): boolean {
  return overlap.shared >= bar.minShared && overlap.sharedNumbers >= bar.minNumbers && overlap.containment >= bar.minContainment && overlap.numberJaccard >= bar.minNumberJaccard;
}
