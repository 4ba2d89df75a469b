/**
 * Scores the sentence splitter on a golden-rules file ([{text, sentences[]}]): the share of
 * examples whose sentences match exactly, as Pragmatic Segmenter reports it.
 * Usage: npm run eval:sentences -- [FILE] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../src/annotate/sentences/index.ts';
import { textOf } from '../src/core/span.ts';

interface Example {
  text: string;
  sentences: string[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const file = args.find((a) => !a.startsWith('--')) ?? resolve(root, '../shared/data/sentences/golden-rules/english-golden-rules.json');
const examples = readExamples(file);

const failures: { text: string; expected: string[]; found: string[] }[] = [];
for (const example of examples) {
  const found = splitSentences(example.text).map((s) => textOf(example.text, s));
  const expected = example.sentences.map((s) => s.trim());
  if (found.length !== expected.length || found.some((s, i) => s !== expected[i])) failures.push({ text: example.text, expected, found });
}
const exact = examples.length - failures.length;
console.log(JSON.stringify({ file, examples: examples.length, exact, exactShare: Number((exact / examples.length).toFixed(4)), failures: verbose ? failures : failures.map((f) => f.text) }, null, 2));

/** Reads and checks the golden file; exits with a message naming what was expected and what was found. */
function readExamples(path: string): Example[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    console.error(`eval-sentences: cannot read ${path} as JSON (${cause instanceof Error ? cause.message : String(cause)})`);
    process.exit(2);
  }
  const valid = Array.isArray(data) && data.every((e) => typeof e?.text === 'string' && Array.isArray(e?.sentences) && e.sentences.every((s: unknown) => typeof s === 'string'));
  if (!valid) {
    console.error(`eval-sentences: expected a JSON array of {text: string, sentences: string[]} in ${path}`);
    process.exit(2);
  }
  return data as Example[];
}
