/** The story index's articles stored by column: scalars in growable typed columns, term vectors and fingerprints in chunk pools, so a million articles are a few hundred buffers rather than millions of objects. */
import { ChunkPool, TypedColumn } from '../dedupe/chunk-pool.ts';

/** How an article was recognised as a copy. */
export type CopyMethod = 'exact' | 'near' | 'rewrite' | 'translation';
const COPY_METHODS: readonly CopyMethod[] = ['exact', 'near', 'rewrite', 'translation'];

/** One article's fields when it is added. */
export interface ArticleRow {
  id: string;
  title?: string;
  outlet?: string;
  language?: string;
  publishedAt?: number;
  ingestedAt: number;
  /** Term numbers and raw weights of the article's content terms. */
  terms: Int32Array;
  weights: Float32Array;
  /** Term numbers and weights of the article's name-like terms. */
  names: Int32Array;
  nameWeights: Float32Array;
  /** Sentence fingerprints packed end to end, 0 between sentences. */
  sentences: Uint32Array;
  /** Story-wide anchors of this article, ignored when aligning rewrites. */
  commonAnchors: ArrayLike<number>;
}

/** Strings seen many times (outlets, languages, terms) stored once, referred to by number. */
export class StringTable {
  private readonly numbers = new Map<string, number>();
  readonly values: string[] = [];

  numberOf(value: string): number {
    let number = this.numbers.get(value);
    if (number === undefined) {
      number = this.values.length;
      this.numbers.set(value, number);
      this.values.push(value);
    }
    return number;
  }
}

/** Columns of all added articles, indexed by article number. */
export class ArticleTable {
  /** Article ids by number. */
  readonly ids: string[] = [];
  private readonly outlets = new StringTable();
  private readonly languages = new StringTable();
  private readonly outlet = new TypedColumn(Int32Array, -1);
  private readonly language = new TypedColumn(Int32Array, -1);
  private readonly published = new TypedColumn(Float64Array, NaN);
  private readonly ingested = new TypedColumn(Float64Array);
  private readonly story = new TypedColumn(Int32Array, -1);
  private readonly original = new TypedColumn(Int32Array, -1);
  private readonly copyMethod = new TypedColumn(Int32Array, -1);
  private readonly copyScore = new TypedColumn(Float64Array);
  /** Copies of an original as a linked list in insertion order: first, last and next copy (-1: none). */
  private readonly firstCopy = new TypedColumn(Int32Array, -1);
  private readonly lastCopy = new TypedColumn(Int32Array, -1);
  private readonly nextCopy = new TypedColumn(Int32Array, -1);
  /** Titles as UTF-16 code units (any string round-trips), and offsets/lengths into the pools below. */
  private readonly titles = new ChunkPool(Uint16Array);
  private readonly titleAt = new TypedColumn(Float64Array, -1);
  private readonly titleLength = new TypedColumn(Int32Array);
  private readonly terms = new ChunkPool(Int32Array);
  private readonly weights = new ChunkPool(Float32Array);
  private readonly termsAt = new TypedColumn(Float64Array);
  private readonly termCount = new TypedColumn(Int32Array);
  private readonly names = new ChunkPool(Int32Array);
  private readonly nameWeights = new ChunkPool(Float32Array);
  private readonly namesAt = new TypedColumn(Float64Array);
  private readonly nameCount = new TypedColumn(Int32Array);
  private readonly sentences = new ChunkPool(Uint32Array);
  private readonly sentencesAt = new TypedColumn(Float64Array);
  private readonly sentenceLength = new TypedColumn(Int32Array);
  private readonly anchors = new ChunkPool(Uint32Array);
  private readonly anchorsAt = new TypedColumn(Float64Array);
  private readonly anchorCount = new TypedColumn(Int32Array);

  /** Articles stored. */
  get length(): number {
    return this.ids.length;
  }

  /** Stores an article (story unset, no original) and returns its number. */
  add(row: ArticleRow): number {
    const n = this.ids.length;
    this.ids.push(row.id);
    if (row.outlet !== undefined) this.outlet.set(n, this.outlets.numberOf(row.outlet));
    if (row.language !== undefined) this.language.set(n, this.languages.numberOf(row.language));
    if (row.publishedAt !== undefined) this.published.set(n, row.publishedAt);
    this.ingested.set(n, row.ingestedAt);
    if (row.title !== undefined) {
      const units = new Uint16Array(row.title.length);
      for (let i = 0; i < units.length; i++) units[i] = row.title.charCodeAt(i);
      this.titleAt.set(n, this.titles.append(units));
      this.titleLength.set(n, units.length);
    }
    this.termsAt.set(n, this.terms.append(row.terms));
    this.weights.append(row.weights);
    this.termCount.set(n, row.terms.length);
    this.namesAt.set(n, this.names.append(row.names));
    this.nameWeights.append(row.nameWeights);
    this.nameCount.set(n, row.names.length);
    this.sentencesAt.set(n, this.sentences.append(row.sentences));
    this.sentenceLength.set(n, row.sentences.length);
    this.anchorsAt.set(n, this.anchors.append(row.commonAnchors));
    this.anchorCount.set(n, row.commonAnchors.length);
    return n;
  }

  /** Id of article n. */
  idOf(n: number): string {
    return this.ids[n]!;
  }

  /** Title of article n, if it had one. */
  titleOf(n: number): string | undefined {
    const at = this.titleAt.get(n);
    if (at < 0) return undefined;
    const units = this.titles.view(at, this.titleLength.get(n));
    let title = '';
    // In slices: String.fromCharCode takes its code units as arguments.
    for (let i = 0; i < units.length; i += 4096) title += String.fromCharCode(...units.subarray(i, i + 4096));
    return title;
  }

  /** Outlet of article n, if known. */
  outletOf(n: number): string | undefined {
    const number = this.outlet.get(n);
    return number < 0 ? undefined : this.outlets.values[number];
  }

  /** Primary language subtag of article n, if known. */
  languageOf(n: number): string | undefined {
    const number = this.language.get(n);
    return number < 0 ? undefined : this.languages.values[number];
  }

  /** Publication time of article n (ms), if known. */
  publishedAtOf(n: number): number | undefined {
    const time = this.published.get(n);
    return Number.isNaN(time) ? undefined : time;
  }

  /** Ingestion time of article n (ms). */
  ingestedAtOf(n: number): number {
    return this.ingested.get(n);
  }

  /** Story number of article n. */
  storyOf(n: number): number {
    return this.story.get(n);
  }

  /** Sets the story number of article n. */
  setStory(n: number, story: number): void {
    this.story.set(n, story);
  }

  /** Article number of n's original when n is a copy. */
  originalOf(n: number): number | undefined {
    const original = this.original.get(n);
    return original < 0 ? undefined : original;
  }

  /** Sets the original of copy n. */
  setOriginal(n: number, original: number): void {
    this.original.set(n, original);
  }

  /** How article n was recognised as a copy (kept on an original that was promoted over its copy). */
  copyMethodOf(n: number): { method: CopyMethod; score: number } | undefined {
    const method = this.copyMethod.get(n);
    return method < 0 ? undefined : { method: COPY_METHODS[method]!, score: this.copyScore.get(n) };
  }

  /** Sets how article n was recognised as a copy. */
  setCopyMethod(n: number, copy: { method: CopyMethod; score: number }): void {
    this.copyMethod.set(n, COPY_METHODS.indexOf(copy.method));
    this.copyScore.set(n, copy.score);
  }

  /** Copies of original n, in the order they were linked. */
  copiesOf(n: number): number[] {
    const copies: number[] = [];
    for (let copy = this.firstCopy.get(n); copy >= 0; copy = this.nextCopy.get(copy)) copies.push(copy);
    return copies;
  }

  /** Appends `copy` to the copies of original n. */
  addCopy(n: number, copy: number): void {
    const last = this.lastCopy.get(n);
    if (last < 0) this.firstCopy.set(n, copy);
    else this.nextCopy.set(last, copy);
    this.lastCopy.set(n, copy);
    this.nextCopy.set(copy, -1);
  }

  /** Makes `from` and its copies (in that order) the copies of `to`, which had none. */
  moveCopies(from: number, to: number): void {
    const first = this.firstCopy.get(from);
    this.nextCopy.set(from, first);
    this.firstCopy.set(to, from);
    this.lastCopy.set(to, first < 0 ? from : this.lastCopy.get(from));
    this.firstCopy.set(from, -1);
    this.lastCopy.set(from, -1);
  }

  /** Content term numbers of article n (a view). */
  termsOf(n: number): Int32Array {
    return this.terms.view(this.termsAt.get(n), this.termCount.get(n));
  }

  /** Raw weights of article n's content terms, aligned with termsOf. */
  weightsOf(n: number): Float32Array {
    return this.weights.view(this.termsAt.get(n), this.termCount.get(n));
  }

  /** Name term numbers of article n. */
  namesOf(n: number): Int32Array {
    return this.names.view(this.namesAt.get(n), this.nameCount.get(n));
  }

  /** Weights of article n's names, aligned with namesOf. */
  nameWeightsOf(n: number): Float32Array {
    return this.nameWeights.view(this.namesAt.get(n), this.nameCount.get(n));
  }

  /** Packed sentence fingerprints of article n. */
  sentencesOf(n: number): Uint32Array {
    return this.sentences.view(this.sentencesAt.get(n), this.sentenceLength.get(n));
  }

  /** Story-wide anchors of article n. */
  commonAnchorsOf(n: number): Uint32Array {
    return this.anchors.view(this.anchorsAt.get(n), this.anchorCount.get(n));
  }
}
