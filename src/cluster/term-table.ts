/** The story index's vocabulary by term number: spelling, article counts, background counts, recent stories per term, and idf cached per article in typed columns (no string lookups on the hot path). */
import { TypedColumn } from '../dedupe/chunk-pool.ts';
import { StringTable } from './article-table.ts';
import { backgroundCount, backgroundDocuments, blendedIdf, type BackgroundFrequency } from './background.ts';
import { yearOfTerm } from './years.ts';

/** Stories kept per term (most recent); caps lookup cost whatever the corpus size. */
export const MAX_POSTINGS = 48;

/** Term numbers and everything kept per term; one per story index. */
export class TermTable {
  private readonly spellings = new StringTable();
  /** Term text by number. */
  readonly names: readonly string[] = this.spellings.values;
  /** Indexed articles using each term. */
  private readonly counts = new TypedColumn(Int32Array);
  /** Background documents using each term (looked up once, when the term is first numbered). */
  private readonly backgroundCounts = new TypedColumn(Float64Array);
  /** 1 for numbers ("#…" terms). */
  private readonly numberFlags = new TypedColumn(Int32Array);
  /** The year a number term names (see years.ts), 0 for none. */
  private readonly years = new TypedColumn(Int32Array);
  /** Term number → stories recently joined by an article with that term, oldest first. */
  private readonly postings: (number[] | undefined)[] = [];
  /** Idf values of the current article's pass and the pass each was computed in. */
  private readonly idfValues = new TypedColumn(Float64Array);
  private readonly idfPass = new TypedColumn(Int32Array, -1);
  private pass = -1;
  private total = 0;
  private readonly backgroundDocuments: number;

  constructor(private readonly background: BackgroundFrequency | undefined) {
    this.backgroundDocuments = backgroundDocuments(background);
  }

  /** Number of a term, adding it when new. */
  numberOf(term: string): number {
    const known = this.names.length;
    const number = this.spellings.numberOf(term);
    if (number === known) {
      this.postings.push(undefined);
      this.backgroundCounts.set(number, backgroundCount(this.background, term));
      if (term.startsWith('#')) {
        this.numberFlags.set(number, 1);
        this.years.set(number, yearOfTerm(term) ?? 0);
      }
    }
    return number;
  }

  /** True for a number term (numbers read the same in every language). */
  isNumber(term: number): boolean {
    return this.numberFlags.get(term) === 1;
  }

  /** The year a term names ("#2013"), or undefined. */
  yearOf(term: number): number | undefined {
    return this.years.get(term) || undefined;
  }

  /** Counts one more article using each of `terms`. */
  countArticle(terms: ArrayLike<number>): void {
    for (let i = 0; i < terms.length; i++) this.counts.set(terms[i]!, this.counts.get(terms[i]!) + 1);
  }

  /**
   * Starts an idf pass over `total` indexed articles: within one pass a term's idf is computed once and kept, even if
   * counts change during the pass (an article's own terms are counted before its merges and splits are scored).
   */
  beginPass(total: number): void {
    this.pass += 1;
    this.total = total;
  }

  /** Idf of a term in the current pass, the stream's counts blended with the background's. */
  readonly idf = (term: number): number => {
    if (this.idfPass.get(term) === this.pass) return this.idfValues.get(term);
    const value = blendedIdf(this.total, this.counts.get(term), this.backgroundDocuments, this.backgroundCounts.get(term));
    this.idfValues.set(term, value);
    this.idfPass.set(term, this.pass);
    return value;
  };

  /** The stories posted under a term, oldest first. */
  storiesOf(term: number): readonly number[] {
    return this.postings[term] ?? NO_STORIES;
  }

  /** Posts `story` under each term (once), dropping the oldest story of a full list. */
  post(terms: ArrayLike<number>, story: number): void {
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      const list = this.postings[term];
      if (list === undefined) this.postings[term] = [story];
      else if (!list.includes(story)) {
        list.push(story);
        if (list.length > MAX_POSTINGS) list.shift();
      }
    }
  }
}

const NO_STORIES: readonly number[] = Object.freeze([]);
