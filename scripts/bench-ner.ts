/**
 * Measures tagger speed on one core: `npm run bench:ner -- [FILE] [--rounds N] [--model FILE]`. Tags a CoNLL file
 * (default: ../shared/data/ner/conll2003/valid.txt) once to warm up, then N more times, and prints tokens/s as JSON.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll } from '../src/annotate/entities/conll.ts';
import { loadEntityModel } from '../src/annotate/entities/index.ts';
import { tagDocument } from '../src/annotate/entities/model.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;
const modelAt = args.indexOf('--model');
const modelFile = modelAt >= 0 ? args[modelAt + 1] : undefined;
const input = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds' && args[i - 1] !== '--model') ?? join(root, '../shared/data/ner/conll2003/valid.txt'));

const loadStarted = performance.now();
const model = loadEntityModel(modelFile);
const loadMs = performance.now() - loadStarted;
const documents = parseConll(readFileSync(input, 'utf8')).map((d) => d.sentences.map((s) => s.map((t) => t.word)));
const tokens = documents.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
for (const document of documents) tagDocument(model, document);
const started = performance.now();
const cpuStarted = process.cpuUsage();
for (let round = 0; round < rounds; round++) for (const document of documents) tagDocument(model, document);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
// CPU time is reported beside wall time because the machine is shared: wall time includes waiting for a core.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  JSON.stringify({
    file: input,
    tokens,
    rounds,
    tokensPerSecond: Math.round((tokens * rounds) / seconds),
    tokensPerCpuSecond: Math.round((tokens * rounds) / cpuSeconds),
    modelLoadMs: Math.round(loadMs),
    features: model.features.size,
  }),
);
