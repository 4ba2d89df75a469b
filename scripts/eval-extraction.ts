/**
 * Scores main-text extraction on a trafilatura-format evaluation set (tests/evaldata.json: url → {file, with[], without[]};
 * pages in tests/cache or tests/eval, optionally gzipped). Prints JSON.
 * Usage: npm run eval:extraction -- [DIR] [--extractor dossier|readability] [--dom linkedom|jsdom] [--limit N] [--failures]
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { decodeHtml } from '../src/extract/html/charset.ts';
import { extractHtml } from '../src/extract/html/index.ts';
import { countSnippets, shingleMatch, shingleScores, snippetScores, type SnippetCounts } from '../src/extract/html/scoring.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const dir = resolve(positional[0] ?? join(root, '../shared/data/extraction/trafilatura-eval'));
const extractor = flag('--extractor') ?? 'dossier';
const dom = flag('--dom') ?? 'linkedom';
const limit = Number(flag('--limit') ?? Infinity);
const showFailures = args.includes('--failures');
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

const totals: SnippetCounts = { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 };
const shingleDocs: [number, number, number][] = [];
const methods: Record<string, number> = {};
const failures: unknown[] = [];
let lastMethod = "";
let pages = 0, missing = 0, errors = 0, empty = 0;
const started = performance.now();
for (const [url, item] of Object.entries(evaldata)) {
  if (pages >= limit) break;
  const bytes = readPage(tests, item.file);
  if (!bytes) { missing++; continue; }
  pages++;
  let result: string | undefined;
  try {
    const html = decodeHtml(bytes).text;
    if (extractor === 'readability') result = await readabilityText(html);
    else {
      const extraction = extractHtml(html, { url, fetchedAt: new Date().toISOString() });
      methods[extraction.method] = (methods[extraction.method] ?? 0) + 1;
      lastMethod = extraction.method;
      // trafilatura's benchmark scores the main text; the title paragraph is metadata, left out here.
      const body = extraction.paragraphs.filter((p) => p.kind !== 'title');
      result = body.map((p) => extraction.text.slice(p.start, p.end)).join('\n');
    }
  } catch (error) {
    errors++;
    if (showFailures) console.error(item.file, error);
  }
  if (!result) empty++;
  const counts = countSnippets(result || undefined, item);
  for (const key of Object.keys(totals) as (keyof SnippetCounts)[]) totals[key] += counts[key];
  const truth = item.articleBody ?? item.text;
  if (truth !== undefined) shingleDocs.push(shingleMatch(truth, result ?? ''));
  if (showFailures && (counts.falseNegatives > 0 || counts.falsePositives > 0)) {
    const norm = (result ?? '').replace(/\s+/g, ' ');
    failures.push({ file: item.file, method: lastMethod, at: item.without.filter((s) => norm.includes(s.replace(/\s+/g, " ").trim())).map((s) => Number((norm.indexOf(s.replace(/\s+/g, " ").trim()) / norm.length).toFixed(2))), missed: item.with.filter((s) => !norm.includes(s.replace(/\s+/g, ' ').trim())), leaked: item.without.filter((s) => norm.includes(s.replace(/\s+/g, ' ').trim())), chars: result?.length ?? 0 });
  }
}
const seconds = (performance.now() - started) / 1000;
const report = {
  dataset: dir,
  extractor: extractor === 'readability' ? `readability over ${dom}` : 'dossier',
  pages,
  missingFiles: missing,
  errors,
  emptyResults: empty,
  counts: totals,
  ...Object.fromEntries(Object.entries(snippetScores(totals)).map(([k, v]) => [k, Number(v.toFixed(4))])),
  shingles: shingleDocs.length > 0 ? shingleScores(shingleDocs) : 'no full expected texts in this dataset',
  methods: extractor === 'dossier' ? methods : undefined,
  seconds: Number(seconds.toFixed(1)),
};
if (showFailures) console.error(JSON.stringify(failures, null, 1));
console.log(JSON.stringify(report, null, 2));
