/**
 * CoNLL-2003 reading and conlleval-compatible scoring: phrase-level precision, recall and F1,
 * exact match of span and type, for IOB1, IOB2 (BIO) and IOBES tag sequences.
 */

/** One token of a CoNLL file: its word, gold tag (last column) and the raw line. */
export interface ConllToken {
  word: string;
  tag: string;
  line: string;
}

/** A CoNLL document: the sentences between two -DOCSTART- lines. */
export interface ConllDocument {
  sentences: ConllToken[][];
}

/** A labelled phrase over token indices [start, end). */
export interface Chunk {
  start: number;
  end: number;
  type: string;
}

/** Precision, recall and F1 for one type or overall, with the counts behind them. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

/** Parses CoNLL text into documents of sentences; a file without -DOCSTART- is one document. */
export function parseConll(text: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let document: ConllDocument = { sentences: [] };
  let sentence: ConllToken[] = [];
  const endSentence = (): void => {
    if (sentence.length > 0) document.sentences.push(sentence);
    sentence = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const columns = line.trim().split(/\s+/);
    if (columns[0] === '-DOCSTART-') {
      endSentence();
      if (document.sentences.length > 0) documents.push(document);
      document = { sentences: [] };
      continue;
    }
    sentence.push({ word: columns[0]!, tag: columns.length > 1 ? columns[columns.length - 1]! : 'O', line });
  }
  endSentence();
  if (document.sentences.length > 0) documents.push(document);
  return documents;
}

/** Splits a tag like "B-PER" into its prefix ("B") and type ("PER"); "O" has no type. */
function splitTag(tag: string): { prefix: string; type: string } {
  if (tag === 'O' || tag === '') return { prefix: 'O', type: '' };
  const dash = tag.indexOf('-');
  if (dash < 0) return { prefix: 'I', type: tag };
  return { prefix: tag.slice(0, dash), type: tag.slice(dash + 1) };
}

/** Extracts phrases from a tag sequence with conlleval's start/end-of-chunk rules. */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let open: Chunk | undefined;
  let prev = { prefix: 'O', type: '' };
  for (let i = 0; i <= tags.length; i++) {
    const cur = i < tags.length ? splitTag(tags[i]!) : { prefix: 'O', type: '' };
    const ends =
      prev.prefix === 'E' || prev.prefix === 'S' ||
      ((prev.prefix === 'B' || prev.prefix === 'I') && (cur.prefix === 'B' || cur.prefix === 'S' || cur.prefix === 'O')) ||
      (prev.prefix !== 'O' && prev.type !== cur.type);
    const starts =
      cur.prefix === 'B' || cur.prefix === 'S' ||
      (prev.prefix === 'E' && (cur.prefix === 'E' || cur.prefix === 'I')) ||
      (prev.prefix === 'S' && (cur.prefix === 'E' || cur.prefix === 'I')) ||
      (prev.prefix === 'O' && (cur.prefix === 'E' || cur.prefix === 'I')) ||
      (cur.prefix !== 'O' && prev.type !== cur.type);
    if (open && ends) {
      open.end = i;
      chunks.push(open);
      open = undefined;
    }
    if (starts && cur.prefix !== 'O') open = { start: i, end: i + 1, type: cur.type };
    prev = cur;
  }
  return chunks;
}

/** Converts any IOB1/IOB2 tag sequence to IOB2 (every phrase starts with B-). */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = tags.map(() => 'O');
  for (const chunk of chunksOf(tags)) {
    for (let i = chunk.start; i < chunk.end; i++) out[i] = (i === chunk.start ? 'B-' : 'I-') + chunk.type;
  }
  return out;
}

/** Counts gold, predicted and correct phrases per type over many sentences. */
export class ConllScorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  /** Adds one sentence's gold and predicted tags. */
  add(gold: readonly string[], predicted: readonly string[]): void {
    const goldChunks = chunksOf(gold);
    const predictedChunks = chunksOf(predicted);
    const goldKeys = new Set(goldChunks.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of goldChunks) this.entry(c.type).gold++;
    for (const c of predictedChunks) {
      const entry = this.entry(c.type);
      entry.predicted++;
      if (goldKeys.has(`${c.start}:${c.end}:${c.type}`)) entry.correct++;
    }
  }

  /** Returns the overall score and one per type, as conlleval computes them. */
  result(): { overall: Score; types: Record<string, Score> } {
    const types: Record<string, Score> = {};
    const total = { gold: 0, predicted: 0, correct: 0 };
    for (const type of [...this.counts.keys()].sort()) {
      const c = this.counts.get(type)!;
      types[type] = scoreOf(c);
      total.gold += c.gold;
      total.predicted += c.predicted;
      total.correct += c.correct;
    }
    return { overall: scoreOf(total), types };
  }

  private entry(type: string): { gold: number; predicted: number; correct: number } {
    let entry = this.counts.get(type);
    if (!entry) this.counts.set(type, (entry = { gold: 0, predicted: 0, correct: 0 }));
    return entry;
  }
}

/** Precision, recall and F1 from counts (0 when undefined). */
function scoreOf(c: { gold: number; predicted: number; correct: number }): Score {
  const precision = c.predicted === 0 ? 0 : c.correct / c.predicted;
  const recall = c.gold === 0 ? 0 : c.correct / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1), ...c };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
