/**
 * Scores main-text extraction on a trafilatura-format evaluation set (tests/evaldata.json: url → {file, with[], without[]};
 * pages in tests/cache or tests/eval, optionally gzipped). Prints JSON.
 * Reports the scores on the whole set and on its two halves by sorted file name (to spot overfitting).
 * Usage: npm run eval:extraction -- [DIR] [--extractor dossier|readability] [--dom linkedom|jsdom] [--limit N] [--half first|second] [--errors]
 * --errors lists, on stderr, every missed must-contain and leaked must-not-contain snippet with the rule or block responsible,
 * then a count of misses and leaks by cause.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { decodeHtml } from '../src/extract/html/charset.ts';
import { extractHtml } from '../src/extract/html/index.ts';
import type { ExtractionTrace } from '../src/extract/html/trace.ts';
import { countSnippets, normalizeForMatch, shingleMatch, shingleScores, snippetScores, type SnippetCounts } from '../src/extract/html/scoring.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const dir = resolve(positional[0] ?? join(root, '../shared/data/extraction/trafilatura-eval'));
const extractor = flag('--extractor') ?? 'dossier';
const dom = flag('--dom') ?? 'linkedom';
const limit = Number(flag('--limit') ?? Infinity);
const showErrors = args.includes('--errors') || args.includes('--failures');
const half = flag('--half');
if (half !== undefined && !['first', 'second'].includes(half)) throw new Error(`--half must be first or second, found "${half}"`);
if (!['dossier', 'readability'].includes(extractor)) throw new Error(`--extractor must be dossier or readability, found "${extractor}"`);

interface Item { file: string; with: string[]; without: string[]; text?: string; articleBody?: string }
const tests = existsSync(join(dir, 'tests')) ? join(dir, 'tests') : dir;
const evaldata = JSON.parse(readFileSync(join(tests, 'evaldata.json'), 'utf8')) as Record<string, Item>;

/** Finds a page under cache/ or eval/, gzipped or not. */
export function readPage(testsDir: string, file: string): Uint8Array | undefined {
  for (const sub of ['cache', 'eval']) {
    for (const name of [file, `${file}.gz`]) {
      const path = join(testsDir, sub, name);
      if (existsSync(path)) {
        const bytes = readFileSync(path);
        return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
      }
    }
  }
  return undefined;
}

async function readabilityText(html: string): Promise<string | undefined> {
  if (dom === 'jsdom') {
    const { JSDOM } = await import('jsdom');
    const jsdom = new JSDOM(html);
    try { return new Readability(jsdom.window.document).parse()?.textContent ?? undefined; } finally { jsdom.window.close(); }
  }
  return new Readability(parseHTML(html).document as unknown as Document).parse()?.textContent ?? undefined;
}

const entries = Object.entries(evaldata).sort(([, a], [, b]) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
const halfOf = (index: number): 'first' | 'second' => (index < entries.length / 2 ? 'first' : 'second');
const zero = (): SnippetCounts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 });
const totals = zero();
const halves = { first: zero(), second: zero() };
const shingleDocs: [number, number, number][] = [];
const methods: Record<string, number> = {};
const listing: unknown[] = [];
const causes: Record<string, number> = {};
let pages = 0, missing = 0, errors = 0, empty = 0;
const started = performance.now();
for (const [index, [url, item]] of entries.entries()) {
  if (pages >= limit) break;
  if (half && halfOf(index) !== half) continue;
  const bytes = readPage(tests, item.file);
  if (!bytes) { missing++; continue; }
  pages++;
  let result: string | undefined;
  let method = '';
  let html = '';
  const trace: ExtractionTrace | undefined = showErrors ? { dropped: [] } : undefined;
  try {
    html = decodeHtml(bytes).text;
    if (extractor === 'readability') result = await readabilityText(html);
    else {
      const extraction = extractHtml(html, { url, fetchedAt: new Date().toISOString(), trace });
      method = extraction.method;
      methods[method] = (methods[method] ?? 0) + 1;
      // trafilatura's benchmark scores the main text; the title paragraph is metadata, left out here.
      const body = extraction.paragraphs.filter((p) => p.kind !== 'title');
      result = body.map((p) => extraction.text.slice(p.start, p.end)).join('\n');
    }
  } catch (error) {
    errors++;
    if (showErrors) console.error(item.file, error);
  }
  if (!result) empty++;
  const counts = countSnippets(result || undefined, item);
  for (const key of Object.keys(totals) as (keyof SnippetCounts)[]) { totals[key] += counts[key]; halves[halfOf(index)][key] += counts[key]; }
  const truth = item.articleBody ?? item.text;
  if (truth !== undefined) shingleDocs.push(shingleMatch(truth, result ?? ''));
  if (showErrors && (counts.falseNegatives > 0 || counts.falsePositives > 0)) listing.push(explain(item, result ?? '', method, html, trace));
}
const seconds = (performance.now() - started) / 1000;

/** Says, for each missed or leaked snippet of a page, which rule, candidate or block is responsible. */
function explain(item: Item, result: string, method: string, html: string, trace: ExtractionTrace | undefined) {
  const text = normalizeForMatch(result);
  const paragraphs = result.split('\n').map(normalizeForMatch);
  let pageText: string | undefined;
  const inPage = (snippet: string) => {
    if (pageText === undefined) {
      const { document } = parseHTML(html);
      for (const element of Array.from(document.querySelectorAll('script, style, template'))) element.remove();
      pageText = normalizeForMatch(document.documentElement?.textContent ?? '');
    }
    return pageText.includes(snippet);
  };
  const missed = item.with.map(normalizeForMatch).filter((s) => !text.includes(s)).map((snippet) => {
    // Scripts (JSON-LD articleBody) repeat the whole text, so they are blamed only when nothing else held the snippet.
    const held = trace?.dropped.filter((d) => d.text.includes(snippet)) ?? [];
    const entry = held.find((d) => !d.reason.startsWith('code and styling')) ?? (inPage(snippet) ? undefined : held[0]);
    const cause = entry ? `${entry.step}: ${entry.reason}` : inPage(snippet) ? `not in the ${method} candidate` : 'not in the page text as written (markup or entity split)';
    causes[`missed · ${cause.replace(/ \(.*$/, '')}`] = (causes[`missed · ${cause.replace(/ \(.*$/, '')}`] ?? 0) + 1;
    return { snippet, cause };
  });
  const leaked = item.without.map(normalizeForMatch).filter((s) => text.includes(s)).map((snippet) => {
    const at = paragraphs.findIndex((p) => p.includes(snippet));
    const block = at >= 0 ? paragraphs[at]!.slice(0, 160) : '(across paragraphs)';
    const where = at < 0 ? 'across' : at >= paragraphs.length * 0.8 ? 'tail' : at < paragraphs.length * 0.2 ? 'head' : 'middle';
    causes[`leaked · ${where}`] = (causes[`leaked · ${where}`] ?? 0) + 1;
    return { snippet, block, position: `${at + 1}/${paragraphs.length}` };
  });
  return { file: item.file, method, chars: result.length, missed, leaked };
}

const scores = (c: SnippetCounts) => Object.fromEntries(Object.entries(snippetScores(c)).map(([k, v]) => [k, Number(v.toFixed(4))]));
const report = {
  dataset: dir,
  extractor: extractor === 'readability' ? `readability over ${dom}` : 'dossier',
  pages,
  missingFiles: missing,
  errors,
  emptyResults: empty,
  counts: totals,
  ...scores(totals),
  halves: half ? undefined : { first: scores(halves.first), second: scores(halves.second) },
  shingles: shingleDocs.length > 0 ? shingleScores(shingleDocs) : 'no full expected texts in this dataset',
  methods: extractor === 'dossier' ? methods : undefined,
  seconds: Number(seconds.toFixed(1)),
};
if (showErrors) {
  for (const entry of listing) console.error(JSON.stringify(entry));
  console.error(JSON.stringify(Object.entries(causes).sort((a, b) => b[1] - a[1]), null, 1));
}
console.log(JSON.stringify(report, null, 2));
