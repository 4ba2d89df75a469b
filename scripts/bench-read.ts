/**
 * Benchmarks ingest: a directory of real gzipped HTML pages, and a synthetic JSONL dump streamed
 * plain and gzipped (peak memory shows it is not read whole).
 * Usage: npm run bench:read -- [DATA_DIR] [--lines N]   (DATA_DIR defaults to ../shared/data)
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { createReadStream } from 'node:fs';
import { countInputs, readInputs } from '../src/ingest/index.ts';

const args = process.argv.slice(2);
const linesFlag = args.indexOf('--lines');
const lineCount = linesFlag >= 0 ? Number(args[linesFlag + 1]) : 50_000;
const positional = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--lines');
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(positional[0] ?? join(projectRoot, '..', 'shared', 'data'));

/** Reads inputs to the end and reports documents, failures by reason, bytes and speed. */
async function measure(label: string, inputs: string[]): Promise<void> {
  const started = performance.now();
  let documents = 0;
  let bytes = 0;
  const failures = new Map<string, number>();
  for await (const item of readInputs(inputs)) {
    if (item.kind === 'document') {
      documents += 1;
      bytes += item.document.bytes.byteLength;
    } else {
      const reason = item.reason.replace(/\d+/g, 'N');
      failures.set(reason, (failures.get(reason) ?? 0) + 1);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const megabytes = bytes / (1024 * 1024);
  console.log(`${label}: ${documents} documents, ${[...failures.values()].reduce((a, b) => a + b, 0)} failures, ` +
    `${megabytes.toFixed(1)} MiB in ${seconds.toFixed(2)} s = ${Math.round(documents / seconds)} docs/s, ` +
    `${(megabytes / seconds).toFixed(1)} MiB/s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  for (const [reason, count] of failures) console.log(`  ${count} × ${reason}`);
}

/** Writes a synthetic dump of `count` lines of about 2 KB each. */
async function writeDump(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  const body = 'The council met on Tuesday and said the budget would be published next week. '.repeat(26);
  for (let i = 0; i < count; i++) {
    const line = JSON.stringify({ url: `https://example.org/${i}`, title: `Story ${i}`, text: body, published: '2024-03-05' });
    if (!out.write(`${line}\n`)) await once(out, 'drain');
    if (i % 997 === 0 && !out.write('{not json\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const pages = join(dataDir, 'extraction', 'trafilatura-eval', 'tests');
console.log(`countInputs(${pages}) = ${await countInputs([pages])}`);
await measure('directory of .html.gz pages', [pages]);

const work = await mkdtemp(join(tmpdir(), 'dossier-bench-ingest-'));
try {
  const dump = join(work, 'dump.jsonl');
  await writeDump(dump, lineCount);
  await pipeline(createReadStream(dump), createGzip(), createWriteStream(`${dump}.gz`));
  console.log(`dump: ${lineCount} lines, ${((await stat(dump)).size / 1024 / 1024).toFixed(0)} MiB plain, ` +
    `${((await stat(`${dump}.gz`)).size / 1024 / 1024).toFixed(1)} MiB gzipped; one bad line every 997`);
  await measure('JSONL dump', [dump]);
  await measure('JSONL dump, gzipped', [`${dump}.gz`]);
} finally {
  await rm(work, { recursive: true, force: true });
}
