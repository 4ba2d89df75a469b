/** Function words ignored when sentences are compared; general English, no topic words. */
export const STOPWORDS = new Set(
  ('a an the and or but if then so of to in on at by for with from as into about over after before between during ' +
    'is are was were be been being has have had do does did will would can could should may might must shall ' +
    'it its this that these those he she they them his her their we our you your i me my not no nor also than too very ' +
    'said says say told according which who whom whose what when where while there here more most some any all both each ' +
    'other such only own same just up out off again further once one two').split(' '),
);

/** Lower-cased content words of a text, without function words or one-letter tokens. */
export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !STOPWORDS.has(word));
}

/** Jaccard overlap of two word sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
