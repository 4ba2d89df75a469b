/**
 * Scores publication-date extraction on an htmldate-format set (tests/eval_default.json: url → {file, date};
 * pages in tests/cache or tests/eval, optionally gzipped). Prints JSON: same-day accuracy and pages without a date.
 * Usage: npm run eval:pubdate -- [DIR] [--limit N] [--failures]
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../src/extract/html/charset.ts';
import { limitNesting } from '../src/extract/html/depth-guard.ts';
import { extractMetadata } from '../src/extract/metadata/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const dir = resolve(positional[0] ?? join(root, '../shared/data/pubdate/htmldate-eval'));
const limit = Number(flag('--limit') ?? Infinity);
const showFailures = args.includes('--failures');
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
const failures: { file: string; expected: string; found?: string }[] = [];
const started = performance.now();
for (const [url, item] of Object.entries(gold)) {
  if (pages >= limit) break;
  const bytes = readPage(item.file);
  if (!bytes) { missing++; continue; }
  pages++;
  let found: string | undefined;
  try {
    const { document } = parseHTML(limitNesting(decodeHtml(bytes).text).html);
    const meta = extractMetadata(document as never, { url, fetchedAt }).meta;
    found = meta.publishedAt;
  } catch {
    errors++;
  }
  if (!found) noDate++;
  if (found?.slice(0, 10) === item.date.slice(0, 10)) correct++;
  else if (showFailures) failures.push({ file: item.file, expected: item.date, found });
}
if (showFailures) console.error(JSON.stringify(failures, null, 1));
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
