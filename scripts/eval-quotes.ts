/**
 * Evaluates src/annotate/quotes on PolNeAR (brat standoff: Source / Cue / Content spans linked by an
 * Attribution event). Usage: npm run eval:quotes -- [DIR] [--split dev|train|test] [--limit N]
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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

function parseArguments(argv: string[]): { dir: string; split: string; limit: number; showErrors?: string; cueStats: boolean } {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  let dir = resolve(root, '../shared/data/quotes/polnear/data');
  let split = 'dev';
  let limit = Infinity;
  let showErrors: string | undefined;
  let cueStats = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--split') split = argv[++i] ?? split;
    else if (arg === '--limit') limit = Number(argv[++i]);
    else if (arg === '--cue-stats') cueStats = true;
    else if (arg === '--show-speaker-errors') showErrors = argv[i + 1] === 'all' ? argv[++i] : 'direct';
    else dir = resolve(arg);
  }
  if (existsSync(join(dir, split, 'attributions'))) dir = join(dir, split);
  if (!existsSync(join(dir, 'attributions'))) throw new Error(`expected ${dir} to hold attributions/ and text/ (or ${split}/ with them), found neither`);
  return { dir, split, limit, cueStats, ...(showErrors ? { showErrors } : {}) };
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
  const { dir, split, limit, showErrors, cueStats } = parseArguments(process.argv.slice(2));
  if (cueStats) return printCueStatistics(dir, limit);
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

/** Minimum times a word must be annotated as a cue to be listed by --cue-stats. */
const CUE_STATS_MIN_COUNT = 6;

/** Prints words by the share of their occurrences that are annotated cues (first annotator per article). */
function printCueStatistics(dir: string, limit: number): void {
  const occurrences = new Map<string, number>();
  const asCue = new Map<string, number>();
  const words = (s: string): string[] => s.toLowerCase().match(/[a-z]+(?:['’][a-z]+)?/g) ?? [];
  const seen = new Set<string>();
  for (const file of readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort()) {
    const name = file.replace(/_[0-9a-f]+\.ann$/, '');
    const textPath = join(dir, 'text', `${name}.txt`);
    if (seen.has(name) || !existsSync(textPath) || seen.size >= limit) continue;
    seen.add(name);
    const text = readFileSync(textPath, 'utf8');
    for (const word of words(text)) occurrences.set(word, (occurrences.get(word) ?? 0) + 1);
    for (const attribution of parseAnnotations(readFileSync(join(dir, 'attributions', file), 'utf8'))) {
      for (const word of new Set(attribution.cue.flatMap((span) => words(text.slice(span.start, span.end))))) asCue.set(word, (asCue.get(word) ?? 0) + 1);
    }
  }
  const rows = [...asCue]
    .filter(([, count]) => count >= CUE_STATS_MIN_COUNT)
    .map(([word, count]) => ({ word, cue: count, occurrences: occurrences.get(word) ?? 0, share: round(count / Math.max(1, occurrences.get(word) ?? 0)) }))
    .sort((a, b) => b.share - a.share);
  console.log(JSON.stringify(rows));
}

await main();
