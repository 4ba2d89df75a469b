/**
 * Builds the background document-frequency table the story index blends into its own term counts
 * (models/cluster/background-frequency.json.gz): how many of a few thousand unlabelled news texts use each term,
 * terms spelled as digestArticle spells them.
 * Usage: npm run build:cluster-idf -- [DATA_DIR] [--min-count N] [--out FILE]
 * Reads DATA_DIR/ner/conll2003/{train,valid}.txt (Reuters 1996, one document per -DOCSTART-),
 * DATA_DIR/stance/fnc1/train_bodies.csv (2014–15 news bodies) and DATA_DIR/quotes/polnear/data/∗∗/text/∗.txt (2016 US politics).
 * None of the clustering evaluation sets is read.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listTerms } from '../src/cluster/terms.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const root = resolve(args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--'))) ?? resolve(process.cwd(), '../shared/data'));
const minCount = Number(flag('--min-count', '2'));
const out = resolve(flag('--out', join(process.cwd(), 'models/cluster/background-frequency.json.gz')));

/** CoNLL-2003: one token a line, documents separated by -DOCSTART-; tokens re-joined with spaces, sentences by newlines. */
function readConll(path: string): string[] {
  const documents: string[] = [];
  let lines: string[] = [];
  let sentence: string[] = [];
  const flush = (): void => {
    if (sentence.length > 0) lines.push(sentence.join(' '));
    sentence = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (lines.length > 0) documents.push(lines.join('\n'));
      lines = [];
    } else if (line.trim() === '') flush();
    else sentence.push(line.split(' ')[0]!);
  }
  flush();
  if (lines.length > 0) documents.push(lines.join('\n'));
  return documents;
}

/** A CSV of `id,body` rows with quoted bodies (RFC 4180 quoting). */
function readCsvBodies(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const bodies: string[] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') fields.push(field), (field = '');
    else if (c === '\n') {
      fields.push(field);
      if (fields.length >= 2) bodies.push(fields[1]!);
      fields = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  return bodies.slice(1); // header row
}

function listTextFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listTextFiles(path, out);
    else if (path.endsWith('.txt') && path.includes('/text/')) out.push(path);
  }
  return out;
}

const texts = [
  ...['train.txt', 'valid.txt'].flatMap((f) => readConll(join(root, 'ner/conll2003', f))),
  ...new Set(readCsvBodies(join(root, 'stance/fnc1/train_bodies.csv'))),
  ...listTextFiles(join(root, 'quotes/polnear/data')).map((f) => readFileSync(f, 'utf8')),
];
const counts = new Map<string, number>();
// Numbers stay in: round counts and years are common in any news (leaving them out cost WikiRef 0.012 F1), though which years are common shows the background's era.
for (const text of texts) for (const term of listTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
const kept = [...counts].filter(([, count]) => count >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const table = { documents: texts.length, minCount, frequency: Object.fromEntries(kept) };
mkdirSync(dirname(out), { recursive: true });
const bytes = gzipSync(JSON.stringify(table), { level: 9 });
writeFileSync(out, bytes);
console.log(JSON.stringify({ documents: texts.length, terms: counts.size, kept: kept.length, bytes: bytes.length, out }));
