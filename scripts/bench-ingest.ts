/**
 * Ingest throughput: the sample corpus repeated to N articles (default 1,000), each copy made
 * distinct by a numbered dateline, ingested into a fresh SQLite database, then regrouped.
 * Usage: npm run bench:ingest -- [--articles N]
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPipeline, ingestInputs, openStore, organiseStore } from '../src/library/index.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } });
const count = Number(values.articles);
const examples = join(import.meta.dirname, '..', 'examples');
const samples = readdirSync(examples).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(examples, f), 'utf8'));

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const inputs = join(dir, 'inputs');
mkdirSync(inputs);
for (let i = 0; i < count; i++) {
  const text = samples[i % samples.length]!;
  writeFileSync(join(inputs, `${String(i).padStart(6, "0")}.txt`), `Filed from desk ${i} of the wire service.\n\n${text}\n`);
}

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const store = openStore(join(dir, 'bench.db'));
const started = performance.now();
const pipeline = createPipeline();
const loaded = performance.now();
const summary = await ingestInputs(store, pipeline, [inputs]);
const ingested = performance.now();
const organised = await organiseStore(store);
const finished = performance.now();
clearInterval(sampler);
await store.close();
rmSync(dir, { recursive: true, force: true });

const seconds = (finished - loaded) / 1000;
console.log(JSON.stringify({
  articles: count,
  stored: summary.stored,
  duplicates: summary.duplicates,
  failed: summary.failed.length,
  stories: organised.stories,
  modelLoadSeconds: +((loaded - started) / 1000).toFixed(2),
  ingestSeconds: +((ingested - loaded) / 1000).toFixed(2),
  organiseSeconds: +((finished - ingested) / 1000).toFixed(2),
  articlesPerSecond: +(count / seconds).toFixed(1),
  peakRssMb: Math.round(peakRss / 1024 / 1024),
}, null, 2));
