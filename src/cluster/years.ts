/** Years an article mentions, as a hint in the split step: two reports of a tight event story that name different latest years are probably about two sibling events (last year's earthquake, this year's). */

/** Earliest number read as a year. */
export const EARLIEST_YEAR = 1900;
/** Latest number read as a year. */
export const LATEST_YEAR = 2099;
/** Factor on the split's member cosine when both members name the same latest year; swept 1–2.5 with YEAR_DISAGREE_FACTOR on ECB+ odd topics (5 orders): 1 → 0.931, 2 → 0.943 at 0.3; WikiRef unchanged (nearly all its stories are below the split's cohesion floor). */
export const YEAR_AGREE_FACTOR = 2;
/** Factor on the split's member cosine when both members name a year but their latest years differ; swept 0–1 with YEAR_AGREE_FACTOR 2 on ECB+ odd topics: 0: 0.940, 0.3: 0.943, 0.6: 0.939, 1: 0.931. */
export const YEAR_DISAGREE_FACTOR = 0.3;

/** The year a number term names (spelled "#2013", as digests write numbers), or undefined. A count such as "2,000" reads as a year too: a known limitation. */
export function yearOfTerm(term: string): number | undefined {
  if (!/^#\d{4}$/.test(term)) return undefined;
  const year = Number(term.slice(1));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR ? year : undefined;
}

/** The latest year among an article's terms (read by `yearOf`, spellings by default), or undefined when it names none. */
export function latestYear(terms: Iterable<string>): number | undefined;
export function latestYear<T>(terms: Iterable<T>, yearOf: (term: T) => number | undefined): number | undefined;
export function latestYear<T>(terms: Iterable<T>, yearOf: (term: T) => number | undefined = yearOfTerm as (term: T) => number | undefined): number | undefined {
  let latest: number | undefined;
  for (const term of terms) {
    const year = yearOf(term);
    if (year !== undefined && (latest === undefined || year > latest)) latest = year;
  }
  return latest;
}

/** Factor on the similarity of two members by their latest years: agreeing years pull them together, different ones apart, and a member without a year is neutral. */
export function yearFactor(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined) return 1;
  return a === b ? YEAR_AGREE_FACTOR : YEAR_DISAGREE_FACTOR;
}
