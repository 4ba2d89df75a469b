/**
 * Scores the entity tagger on a CoNLL-2003 format file: `npm run eval:ner -- FILE [--out FILE] [--model FILE]`.
 * Prints conlleval-style phrase-level precision/recall/F1 per type and overall as JSON; with
 * --out, writes the input lines with the predicted IOB2 tag appended as an extra column.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConllScorer, parseConll } from '../src/annotate/entities/conll.ts';
import { loadEntityModel } from '../src/annotate/entities/index.ts';
import { tagDocument } from '../src/annotate/entities/model.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const input = resolve(args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--'))) ?? join(root, '../shared/data/ner/conll2003/valid.txt'));
const model = loadEntityModel(flag('--model'));
const source = readFileSync(input, 'utf8');
const hasDocStart = /^-DOCSTART-/m.test(source);
const documents = parseConll(source);
const scorer = new ConllScorer();
const lines: string[] = [];
let tokens = 0;
const started = performance.now();
for (const document of documents) {
  const predicted = tagDocument(model, document.sentences.map((s) => s.map((t) => t.word)));
  if (hasDocStart) lines.push('-DOCSTART- -X- -X- O O', '');
  document.sentences.forEach((sentence, i) => {
    tokens += sentence.length;
    scorer.add(sentence.map((t) => t.tag), predicted[i]!);
    sentence.forEach((token, j) => lines.push(`${token.line} ${predicted[i]![j]}`));
    lines.push('');
  });
}
const seconds = (performance.now() - started) / 1000;
const out = flag('--out');
if (out) writeFileSync(resolve(out), lines.join('\n') + '\n');
console.log(JSON.stringify({ file: input, documents: documents.length, tokens, tokensPerSecond: Math.round(tokens / seconds), ...scorer.result() }, null, 2));
