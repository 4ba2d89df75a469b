/**
 * Builds the word-cluster file used by the entity tagger: `npx tsx scripts/train-clusters.ts [DATA_DIR]
 * [--classes 1024] [--passes 10] [--min-count 3] [--out FILE]`. Gathers unlabelled English news text
 * from DATA_DIR (CoNLL-2003 training words, FNC-1 bodies, PolNeAR texts, ECB+ tokens, TempEval-3 TimeML text,
 * WikiRef220 texts, English HTML pages of the extraction and pub-date sets), runs exchange clustering at each
 * granularity and writes models/ner/word-clusters.tsv.gz. CoNLL validation/test text and MEANTIME are never read.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { eld } from 'eld/medium';
import { readCsvBodies } from '../src/annotate/entities/casing-lexicon.ts';
import { parseConll } from '../src/annotate/entities/conll.ts';
import { tokenize } from '../src/annotate/entities/tokenize.ts';
import { clusterKey, exchangeClusters, formatClusters } from '../src/annotate/entities/word-clusters.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const VALUED = new Set(['--classes', '--passes', '--min-count', '--out']);
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && VALUED.has(args[i - 1]!)));
const dataDir = resolve(positional[0] ?? join(root, '../shared/data'));
const granularities = flag('--classes', '1024').split(',').map(Number);
const passes = Number(flag('--passes', '10'));
const minCount = Number(flag('--min-count', '3'));
const out = resolve(flag('--out', join(root, 'models/ner/word-clusters.tsv.gz')));

/** Every file under a directory whose name ends with one of the suffixes (none when it is missing). */
function filesUnder(dir: string, ...suffixes: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => suffixes.some((s) => name.endsWith(s)) && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => join(dir, name));
}

/** Decodes the few HTML entities that matter for word counts. */
function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;|&rsquo;|&lsquo;/g, "'")
    .replace(/&ldquo;|&rdquo;/g, '"')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}

/** Visible text of an HTML page, one block per line (scripts, styles and tags removed). */
function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|noscript|svg)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?(p|div|br|li|h\d|tr|td|section|article|header|footer|title)\b[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, ' '),
  );
}

const sentences: string[][] = [];
const seen = new Set<string>();
const sourceTokens: Record<string, number> = {};
/** Adds a text (once, however many copies the data holds), one tokenised line per sentence. */
function addText(source: string, text: string): void {
  const hash = createHash('sha1').update(text).digest('hex');
  if (seen.has(hash)) return;
  seen.add(hash);
  for (const line of text.split(/\n+/)) {
    const words = tokenize(line).map((t) => clusterKey(line.slice(t.start, t.end)));
    if (words.length < 3) continue;
    sentences.push(words);
    sourceTokens[source] = (sourceTokens[source] ?? 0) + words.length;
  }
}
/** Adds already tokenised sentences. */
function addTokens(source: string, words: string[]): void {
  if (words.length === 0) return;
  sentences.push(words.map(clusterKey));
  sourceTokens[source] = (sourceTokens[source] ?? 0) + words.length;
}

const started = Date.now();
const conllTrain = join(dataDir, 'ner/conll2003/train.txt');
if (existsSync(conllTrain)) for (const d of parseConll(readFileSync(conllTrain, 'utf8'))) for (const s of d.sentences) addTokens('conll-train', s.map((t) => t.word));
const bodies = join(dataDir, 'stance/fnc1/train_bodies.csv');
if (existsSync(bodies)) for (const body of readCsvBodies(readFileSync(bodies, 'utf8'))) addText('fnc1', body);
for (const file of filesUnder(join(dataDir, 'quotes/polnear/data'), '.txt')) addText('polnear', readFileSync(file, 'utf8'));
for (const file of filesUnder(join(dataDir, 'clustering/ecbplus'), '.xml')) {
  const bySentence = new Map<string, string[]>();
  for (const m of readFileSync(file, 'utf8').matchAll(/<token[^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const list = bySentence.get(m[1]!) ?? [];
    list.push(decodeEntities(m[2]!));
    bySentence.set(m[1]!, list);
  }
  for (const words of bySentence.values()) addTokens('ecbplus', words);
}
for (const file of filesUnder(join(dataDir, 'time/tempeval3'), '.tml')) {
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(readFileSync(file, 'utf8'))?.[1];
  if (body) addText('tempeval3', decodeEntities(body.replace(/<[^>]+>/g, '')));
}
for (const file of filesUnder(join(dataDir, 'clustering/wikiref220'), '.txt')) addText('wikiref220', readFileSync(file, 'utf8'));
for (const dir of ['extraction/trafilatura-eval', 'pubdate/htmldate-eval']) {
  for (const file of filesUnder(join(dataDir, dir), '.html.gz', '.html')) {
    const raw = readFileSync(file);
    const text = htmlText((file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'));
    const language = eld.detect(text.replace(/\s+/g, ' ').slice(0, 4000)).language;
    if (language === 'en') addText('html-en', text);
  }
}
const tokens = sentences.reduce((n, s) => n + s.length, 0);
console.error(`unlabelled text: ${tokens} tokens in ${sentences.length} lines ${JSON.stringify(sourceTokens)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

const runs = granularities.map((classes) => {
  const clusters = exchangeClusters(sentences, {
    classes,
    passes,
    minCount,
    onPass: (pass, moved, objective) => console.error(`${classes} classes, pass ${pass}: ${moved} moved, objective ${objective.toFixed(0)} (${((Date.now() - started) / 1000).toFixed(0)} s)`),
  });
  return clusters;
});
const merged = new Map<string, string[]>();
for (const word of runs[0]!.keys()) merged.set(word, runs.map((r) => String(r.get(word))));
writeFileSync(out, gzipSync(formatClusters(merged), { level: 9 }));
console.log(JSON.stringify({ tokens, words: merged.size, granularities, passes, minCount, bytes: statSync(out).size, seconds: Math.round((Date.now() - started) / 1000) }));
