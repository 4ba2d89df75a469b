/**
 * Benchmarks HTML extraction speed and memory: Dossier's extractor vs Readability.js over jsdom (and over linkedom),
 * each in its own child process so peak memory is not shared. Prints JSON.
 * Usage: npm run bench:extract -- [DIR] [--limit N] [--extractors dossier,readability-jsdom,readability-linkedom]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { decodeHtml } from '../src/extract/html/charset.ts';
import { extractHtml } from '../src/extract/html/index.ts';

const here = fileURLToPath(import.meta.url);
const root = resolve(dirname(here), '..');
const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const dir = resolve(positional[0] ?? join(root, '../shared/data/extraction/trafilatura-eval'));
const limit = flag('--limit') ?? 'Infinity';
const worker = flag('--worker');

function loadPages(): { url: string; html: string; bytes: number }[] {
  const tests = existsSync(join(dir, 'tests')) ? join(dir, 'tests') : dir;
  const evaldata = JSON.parse(readFileSync(join(tests, 'evaldata.json'), 'utf8')) as Record<string, { file: string }>;
  const pages: { url: string; html: string; bytes: number }[] = [];
  for (const [url, item] of Object.entries(evaldata)) {
    if (pages.length >= Number(limit)) break;
    for (const path of ['cache', 'eval'].flatMap((sub) => [join(tests, sub, item.file), join(tests, sub, `${item.file}.gz`)])) {
      if (!existsSync(path)) continue;
      let bytes: Uint8Array = readFileSync(path);
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      pages.push({ url, html: decodeHtml(bytes).text, bytes: bytes.byteLength });
      break;
    }
  }
  return pages;
}

async function runWorker(name: string): Promise<void> {
  const pages = loadPages();
  const { JSDOM } = name === 'readability-jsdom' ? await import('jsdom') : { JSDOM: undefined };
  const extract = (page: { url: string; html: string }): number => {
    if (name === 'dossier') return extractHtml(page.html, { url: page.url, fetchedAt: new Date().toISOString() }).text.length;
    if (JSDOM) {
      // Each JSDOM window holds its whole tree until closed; without close() the full set runs out of heap.
      const dom = new JSDOM(page.html);
      try { return new Readability(dom.window.document).parse()?.textContent?.length ?? 0; } finally { dom.window.close(); }
    }
    return new Readability(parseHTML(page.html).document as unknown as Document).parse()?.textContent?.length ?? 0;
  };
  extract(pages[0]!); // warm-up: module initialisation and JIT are not the extractor's steady cost
  const baselineRss = process.memoryUsage().rss;
  let peakRss = baselineRss;
  let chars = 0;
  const started = performance.now();
  for (const page of pages) {
    try { chars += extract(page); } catch { /* counted as no output */ }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  const megabytes = pages.reduce((sum, p) => sum + p.bytes, 0) / 1e6;
  console.log(JSON.stringify({
    extractor: name, pages: pages.length, inputMB: Number(megabytes.toFixed(1)), seconds: Number(seconds.toFixed(1)),
    pagesPerSecond: Number((pages.length / seconds).toFixed(1)), mbPerSecond: Number((megabytes / seconds).toFixed(2)),
    baselineRssMB: Math.round(baselineRss / 1e6), peakRssMB: Math.round(peakRss / 1e6), outputChars: chars,
  }));
}

if (worker) {
  await runWorker(worker);
} else {
  const extractors = (flag('--extractors') ?? 'dossier,readability-jsdom').split(',');
  const results = extractors.map((name) => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', here, dir, '--limit', limit, '--worker', name], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (child.status !== 0) return { extractor: name, error: child.stderr.slice(-2000) };
    return JSON.parse(child.stdout.trim().split('\n').pop()!);
  });
  console.log(JSON.stringify({ dataset: dir, node: process.version, results }, null, 2));
}
