/**
 * Evaluates src/annotate/quotes on PolNeAR (brat standoff: Source / Cue / Content spans linked by an
 * Attribution event). Usage: npm run eval:quotes -- [DIR] [--split dev|train|test] [--limit N]
 *   [--show-speaker-errors [all]] [--cue-stats [--write models/quotes/cue-lexicon.json]] (learn the cue lexicon from train)
 * DIR is PolNeAR's data/ folder (holding train/, dev/, test/) or one split folder (holding text/, attributions/);
 * it defaults to ../shared/data/quotes/polnear/data next to the project.
 *
 * Matching (after PolNeAR's and PARC's strict / partial agreement): each role of an attribution is the union of
 * its fragments. A predicted and a gold span of the same role match
 * - exactly when their first start and last end agree after trimming spaces and edge punctuation (.,;:),
 * - by overlap when they share at least one non-space character.
 * Matching is one-to-one, greedy by overlap size, per article and per role; precision = matched / predicted,
 * recall = matched / gold. Speaker accuracy: over attribution pairs matched by content overlap whose gold has a
 * source, the share whose predicted source overlaps the gold source; "direct" restricts to gold contents that
 * start with a quotation mark. Articles annotated twice are scored once (first annotator file in name order).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Span } from '../src/core/types.ts';
import { findQuotes } from '../src/annotate/quotes/index.ts';
import { fallbackSentences } from '../src/annotate/quotes/fallback-sentences.ts';

interface Attribution {
  source: Span[];
  cue: Span[];
  content: Span[];
}

type Role = 'source' | 'cue' | 'content';
const ROLES: Role[] = ['source', 'cue', 'content'];
const QUOTE_START = /^\s*["“‘'«„「]/;

function parseArguments(argv: string[]): { dir: string; split: string; limit: number; showErrors?: string; cueStats: boolean; write?: string } {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  let dir = resolve(root, '../shared/data/quotes/polnear/data');
  let split = 'dev';
  let limit = Infinity;
  let showErrors: string | undefined;
  let cueStats = false;
  let write: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--split') split = argv[++i] ?? split;
    else if (arg === '--limit') limit = Number(argv[++i]);
    else if (arg === '--cue-stats') cueStats = true;
    else if (arg === '--write') write = resolve(argv[++i] ?? '');
    else if (arg === '--show-speaker-errors') showErrors = argv[i + 1] === 'all' ? argv[++i] : 'direct';
    else dir = resolve(arg);
  }
  if (existsSync(join(dir, split, 'attributions'))) dir = join(dir, split);
  if (!existsSync(join(dir, 'attributions'))) throw new Error(`expected ${dir} to hold attributions/ and text/ (or ${split}/ with them), found neither`);
  return { dir, split, limit, cueStats, ...(showErrors ? { showErrors } : {}), ...(write ? { write } : {}) };
}

/** Reads a brat .ann file into attributions. */
function parseAnnotations(ann: string): Attribution[] {
  const spans = new Map<string, Span[]>();
  const attributions: Attribution[] = [];
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const match = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (match) spans.set(match[1]!, match[3]!.split(';').map((part) => {
      const [start, end] = part.trim().split(' ').map(Number);
      return { start: start!, end: end! };
    }));
    else if (/^E\d+\t/.test(line)) events.push(line.split('\t')[1]!);
  }
  for (const event of events) {
    const attribution: Attribution = { source: [], cue: [], content: [] };
    for (const part of event.split(' ')) {
      const [role, id] = part.split(':');
      const fragments = id ? spans.get(id) ?? [] : [];
      if (role === 'Source') attribution.source.push(...fragments);
      else if (role === 'Cue') attribution.cue.push(...fragments);
      else if (role?.startsWith('Content')) attribution.content.push(...fragments);
    }
    if (attribution.cue.length || attribution.content.length) attributions.push(attribution);
  }
  return attributions;
}

/** Splits text into sentences with the project's splitter when present, else a simple punctuation rule. */
async function loadSplitter(): Promise<{ name: string; split: (text: string) => Span[] }> {
  const path = resolve(dirname(fileURLToPath(import.meta.url)), '../src/annotate/sentences/index.ts');
  if (existsSync(path)) {
    try {
      const module = (await import(pathToFileURL(path).href)) as { splitSentences?: (text: string) => Span[] };
      if (module.splitSentences) return { name: 'src/annotate/sentences', split: (text) => module.splitSentences!(text) };
    } catch (error) {
      console.error(`sentences module failed to load (${(error as Error).message}); using the simple splitter`);
    }
  }
  return { name: 'simple fallback', split: fallbackSentences };
}

function bounds(text: string, fragments: readonly Span[]): Span | undefined {
  if (!fragments.length) return undefined;
  let start = Math.min(...fragments.map((f) => f.start));
  let end = Math.max(...fragments.map((f) => f.end));
  while (start < end && /[\s.,;:]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}

function overlapSize(text: string, a: readonly Span[], b: readonly Span[]): number {
  let size = 0;
  for (const x of a) for (const y of b) {
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) size += text.slice(start, end).replace(/\s/g, '').length;
  }
  return size;
}

/** Greedy one-to-one matching; returns pairs [predicted index, gold index]. */
function match(text: string, predicted: Span[][], gold: Span[][], exact: boolean): [number, number][] {
  const candidates: [number, number, number][] = [];
  predicted.forEach((p, i) => gold.forEach((g, j) => {
    const size = overlapSize(text, p, g);
    if (size === 0) return;
    if (exact) {
      const a = bounds(text, p)!;
      const b = bounds(text, g)!;
      if (a.start !== b.start || a.end !== b.end) return;
    }
    candidates.push([i, j, size]);
  }));
  candidates.sort((a, b) => b[2] - a[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [i, j] of candidates) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

class Score {
  matched = 0;
  predicted = 0;
  gold = 0;
  toJSON(): { precision: number; recall: number; f1: number } {
    const precision = this.predicted ? this.matched / this.predicted : 0;
    const recall = this.gold ? this.matched / this.gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision: round(precision), recall: round(recall), f1: round(f1) };
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

async function main(): Promise<void> {
  const { dir, split, limit, showErrors, cueStats, write } = parseArguments(process.argv.slice(2));
  if (cueStats) return printCueStatistics(dir, split, limit, write);
  const splitter = await loadSplitter();
  const scores = Object.fromEntries(ROLES.flatMap((role) => [[`${role}:exact`, new Score()], [`${role}:overlap`, new Score()]])) as Record<string, Score>;
  const directContent = new Score();
  const speaker = { all: { correct: 0, total: 0 }, direct: { correct: 0, total: 0 } };
  const seen = new Set<string>();
  let articles = 0;
  let goldCount = 0;
  let predictedCount = 0;
  for (const file of readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort()) {
    const name = file.replace(/_[0-9a-f]+\.ann$/, '');
    const textPath = join(dir, 'text', `${name}.txt`);
    if (seen.has(name) || !existsSync(textPath) || articles >= limit) continue;
    seen.add(name);
    articles++;
    const text = readFileSync(textPath, 'utf8');
    const gold = parseAnnotations(readFileSync(join(dir, 'attributions', file), 'utf8'));
    const predicted = findQuotes(text, { sentences: splitter.split(text) }).quotes.map((q) => ({ source: q.source ? [q.source] : [], cue: [q.cue], content: q.content }));
    goldCount += gold.length;
    predictedCount += predicted.length;
    for (const role of ROLES) {
      const p = predicted.map((a) => a[role]).filter((s) => s.length);
      const g = gold.map((a) => a[role]).filter((s) => s.length);
      for (const mode of ['exact', 'overlap'] as const) {
        const score = scores[`${role}:${mode}`]!;
        score.predicted += p.length;
        score.gold += g.length;
        score.matched += match(text, p, g, mode === 'exact').length;
      }
    }
    const isDirect = (a: Attribution): boolean => QUOTE_START.test(text.slice(a.content[0]?.start ?? 0, a.content[0]?.end ?? 0));
    const goldDirect = gold.filter(isDirect);
    directContent.gold += goldDirect.length;
    directContent.matched += match(text, predicted.map((a) => a.content), goldDirect.map((a) => a.content), false).length;
    for (const [i, j] of match(text, predicted.map((a) => a.content), gold.map((a) => a.content), false)) {
      const g = gold[j]!;
      if (!g.source.length) continue;
      const correct = overlapSize(text, predicted[i]!.source, g.source) > 0 ? 1 : 0;
      if (!correct && showErrors === 'all') console.error(`${name}: gold "${g.source.map((x) => text.slice(x.start, x.end)).join(' ')}" predicted "${predicted[i]!.source.map((x) => text.slice(x.start, x.end)).join(' ')}" cue "${predicted[i]!.cue.map((x) => text.slice(x.start, x.end)).join(' ')}" content ${text.slice(g.content[0]!.start, g.content[0]!.start + 60).replace(/\n/g, ' ')}`);
      speaker.all.total++;
      speaker.all.correct += correct;
      if (isDirect(g)) {
        if (!correct && showErrors) console.error(`${name}: gold "${g.source.map((x) => text.slice(x.start, x.end)).join(' ')}" predicted "${predicted[i]!.source.map((x) => text.slice(x.start, x.end)).join(' ')}" content ${text.slice(g.content[0]!.start, g.content[0]!.start + 60).replace(/\n/g, ' ')}`);
        speaker.direct.total++;
        speaker.direct.correct += correct;
      }
    }
  }
  const result = {
    split,
    sentences: splitter.name,
    articles,
    attributions: { gold: goldCount, predicted: predictedCount },
    ...Object.fromEntries(ROLES.map((role) => [role, { exact: scores[`${role}:exact`]!.toJSON(), overlap: scores[`${role}:overlap`]!.toJSON() }])),
    directContentRecall: round(directContent.gold ? directContent.matched / directContent.gold : 0),
    speakerAccuracy: {
      all: { pairs: speaker.all.total, accuracy: round(speaker.all.total ? speaker.all.correct / speaker.all.total : 0) },
      direct: { pairs: speaker.direct.total, accuracy: round(speaker.direct.total ? speaker.direct.correct / speaker.direct.total : 0) },
    },
  };
  console.log(JSON.stringify(result, null, 2));
}

/** Minimum times a word must sit inside a gold cue span to be listed by --cue-stats. */
const CUE_STATS_MIN_COUNT = 6;

/**
 * Thresholds for the learned lexicon written by `--cue-stats --write FILE` (models/quotes/cue-lexicon.json):
 * a word is kept when at least LEXICON_MIN_COUNT of its train occurrences lie inside gold cue spans and they are at
 * least LEXICON_MIN_SHARE of all its occurrences. Chosen on train: 0.25 / 6 gave the best content overlap F1 on
 * train among shares 0.2-0.5 and counts 4-10 (see models/quotes/README.md).
 */
const LEXICON_MIN_SHARE = 0.25;
const LEXICON_MIN_COUNT = 6;

/**
 * Noun cues for the lexicon: words that, right after a possessor ("his criticism of …"), lie inside gold cue spans at
 * least NOUN_MIN_COUNT times and NOUN_MIN_SHARE of such occurrences in train, more often than the word is a cue overall
 * (which keeps verbs like "said", seen after contractions such as "he's said", out).
 */
const NOUN_MIN_SHARE = 0.3;
const NOUN_MIN_COUNT = 4;

/** A word preceded by a possessor ("his", "Smith's") can be a noun cue: "his criticism of …". */
const POSSESSOR = /(?:\b(?:his|her|their|its|our|my)|['’]s|s['’])\s+(?:[a-z-]+\s+)?$/i;

/** Words that never head a cue on their own: function words, auxiliaries and adverbs that only ride along in cue spans. */
const NOT_A_LEXICON_WORD = /^(?:.{1,2}|.*ly|has|have|had|is|was|were|are|been|be|being|will|would|could|can|should|may|might|must|did|does|do|not|n[o’']t|also|the|a|an|and|but|or|to|of|for|on|in|at|by|with|about|from|that|this|as|into|over|after|upon|than|then|just|even|again|still|once|more|most|very|too|last|first|what|who|which|out|up|down|off|his|her|their|its|our|my|your|aren’t|isn’t|hasn't|hasn’t|haven’t|don’t|doesn’t|didn’t|wasn’t|won’t|re|ve|ll)$/;

interface LexiconRow {
  word: string;
  /** Occurrences inside a gold cue span. */
  cue: number;
  occurrences: number;
  share: number;
  /** The same counts for occurrences right after a possessor ("his criticism"). */
  possessed: { cue: number; occurrences: number };
}

/** Counts, per word, how many of its occurrences lie inside gold cue spans (first annotator per article). */
function cueStatistics(dir: string, limit: number): LexiconRow[] {
  const counts = new Map<string, { cue: number; occurrences: number; possessedCue: number; possessed: number }>();
  const seen = new Set<string>();
  for (const file of readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort()) {
    const name = file.replace(/_[0-9a-f]+\.ann$/, '');
    const textPath = join(dir, 'text', `${name}.txt`);
    if (seen.has(name) || !existsSync(textPath) || seen.size >= limit) continue;
    seen.add(name);
    const text = readFileSync(textPath, 'utf8');
    const cues = parseAnnotations(readFileSync(join(dir, 'attributions', file), 'utf8')).flatMap((a) => a.cue);
    for (const match of text.matchAll(/[A-Za-z]+(?:['’][a-z]+)?/g)) {
      const word = match[0].toLowerCase();
      const start = match.index;
      const inCue = cues.some((c) => c.start <= start && start < c.end);
      const possessed = POSSESSOR.test(text.slice(Math.max(0, start - 30), start));
      const row = counts.get(word) ?? { cue: 0, occurrences: 0, possessedCue: 0, possessed: 0 };
      row.occurrences++;
      if (inCue) row.cue++;
      if (possessed) {
        row.possessed++;
        if (inCue) row.possessedCue++;
      }
      counts.set(word, row);
    }
  }
  return [...counts]
    .filter(([, row]) => row.cue >= CUE_STATS_MIN_COUNT)
    .map(([word, row]) => ({ word, cue: row.cue, occurrences: row.occurrences, share: round(row.cue / row.occurrences), possessed: { cue: row.possessedCue, occurrences: row.possessed } }))
    .sort((a, b) => b.share - a.share || b.cue - a.cue);
}

/** Prints cue statistics, or with `write` saves the learned lexicon (words passing the LEXICON_* thresholds). */
function printCueStatistics(dir: string, split: string, limit: number, write: string | undefined): void {
  const rows = cueStatistics(dir, limit);
  if (!write) return console.log(JSON.stringify(rows));
  const words = rows.filter((r) => r.cue >= LEXICON_MIN_COUNT && r.share >= LEXICON_MIN_SHARE && !NOT_A_LEXICON_WORD.test(r.word));
  const lexicon = {
    description: 'Words that PolNeAR annotators mark inside attribution cues; learned by scripts/eval-quotes.ts --cue-stats --write',
    split,
    minShare: LEXICON_MIN_SHARE,
    minCount: LEXICON_MIN_COUNT,
    nounMinShare: NOUN_MIN_SHARE,
    nounMinCount: NOUN_MIN_COUNT,
    words,
    nouns: rows.filter((r) => r.possessed.cue >= NOUN_MIN_COUNT && r.possessed.cue >= NOUN_MIN_SHARE * r.possessed.occurrences && r.possessed.cue / r.possessed.occurrences > r.share && !NOT_A_LEXICON_WORD.test(r.word)),
  };
  writeFileSync(write, JSON.stringify(lexicon, null, 1) + '\n');
  console.log(`wrote ${words.length} words and ${lexicon.nouns.length} noun cues to ${write}`);
}

await main();
