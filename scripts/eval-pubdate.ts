/**
 * Scores publication-date extraction on an htmldate-format set (tests/eval_default.json: url → {file, date};
 * pages in tests/cache or tests/eval, optionally gzipped). Prints JSON: same-day accuracy and pages without a date.
 * Usage: npm run eval:pubdate -- [DIR] [--from N] [--limit N] [--failures] [--steps]
 * --from/--limit pick a slice of the gold list (e.g. halves: --limit 400, --from 400); --failures lists mistakes with the
 * step that chose the date; --steps tallies right/wrong by step.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../src/extract/html/charset.ts';
import { limitNesting } from '../src/extract/html/depth-guard.ts';
import { extractMetadata } from '../src/extract/metadata/index.ts';
import { readJsonLd } from '../src/extract/metadata/json-ld.ts';
import { findPublicationDate } from '../src/extract/metadata/publication-date.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const dir = resolve(positional[0] ?? join(root, '../shared/data/pubdate/htmldate-eval'));
const from = Number(flag('--from') ?? 0);
const limit = Number(flag('--limit') ?? Infinity);
const showFailures = args.includes('--failures');
const showSteps = args.includes('--steps');
const tests = existsSync(join(dir, 'tests')) ? join(dir, 'tests') : dir;
const gold = JSON.parse(readFileSync(join(tests, 'eval_default.json'), 'utf8')) as Record<string, { file: string; date: string }>;

function readPage(file: string): Uint8Array | undefined {
  for (const sub of ['cache', 'eval', '.']) {
    for (const name of [file, `${file}.gz`]) {
      const path = join(tests, sub, name);
      if (existsSync(path)) {
        const bytes = readFileSync(path);
        return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
      }
    }
  }
  return undefined;
}

// The pages were fetched before today; "now" only bounds dates from the future.
const fetchedAt = new Date().toISOString();
let pages = 0, correct = 0, noDate = 0, missing = 0, errors = 0;
const failures: { index: number; url: string; expected: string; found?: string; step?: string }[] = [];
const steps: Record<string, { right: number; wrong: number }> = {};
const started = performance.now();
for (const [index, [url, item]] of Object.entries(gold).entries()) {
  if (index < from) continue;
  if (pages >= limit) break;
  const bytes = readPage(item.file);
  if (!bytes) { missing++; continue; }
  pages++;
  let found: string | undefined;
  let step: string | undefined;
  try {
    const { document } = parseHTML(limitNesting(decodeHtml(bytes).text).html);
    const meta = extractMetadata(document as never, { url, fetchedAt }).meta;
    found = meta.publishedAt;
    if (showSteps || (showFailures && found?.slice(0, 10) !== item.date.slice(0, 10))) step = stepOf(document, url);
  } catch {
    errors++;
  }
  const right = found?.slice(0, 10) === item.date.slice(0, 10);
  if (!found) noDate++;
  if (right) correct++;
  else if (showFailures) failures.push({ index, url, expected: item.date, found, step });
  if (showSteps) {
    const tally = (steps[step ?? 'none'] ??= { right: 0, wrong: 0 });
    if (right) tally.right++;
    else tally.wrong++;
  }
}

// The step of the date chain that chose the page's date, for diagnosis only.
function stepOf(document: { querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }> }, url: string): string | undefined {
  const metas = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? element.getAttribute('http-equiv'))?.toLowerCase().trim();
    const value = element.getAttribute('content') ?? element.getAttribute('datetime');
    if (key && value?.trim() && !metas.has(key)) metas.set(key, value.trim());
  }
  const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '');
  return findPublicationDate(document as never, { url, fetchedAt, metas, jsonLdPublished: readJsonLd(scripts).published, jsonLdScripts: scripts }).step;
}
if (showFailures) console.error(JSON.stringify(failures, null, 1));
if (showSteps) console.error(JSON.stringify(steps));
console.log(JSON.stringify({
  dataset: dir,
  pages,
  missingFiles: missing,
  errors,
  accuracy: Number((correct / Math.max(1, pages)).toFixed(4)),
  correct,
  noDate,
  wrongDate: pages - correct - noDate,
  seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
}, null, 2));
