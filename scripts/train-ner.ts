/**
 * Trains the entity tagger: `npm run train:ner -- [DATA_DIR] [--epochs N] [--min-count N] [--out FILE]
 * [--bilou] [--no-lexicon] [--lexicon-external-only] [--seeds N] [--seed FIRST] [--clusters FILE] [--no-clusters]
 * [--cluster-levels 0,1,2]`. Learns from DATA_DIR/ner/conll2003/train.txt,
 * keeps the epoch scoring best on valid.txt, and writes the gzip'd weights to models/ner/
 * (DATA_DIR defaults to ../shared/data beside the project).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCasingLexicon, readCsvBodies } from '../src/annotate/entities/casing-lexicon.ts';
import { ConllScorer, parseConll, toIob2, type ConllDocument } from '../src/annotate/entities/conll.ts';
import { buildGazetteer } from '../src/annotate/entities/gazetteer.ts';
import { serialiseModel, tagDocument, type EntityModel } from '../src/annotate/entities/model.ts';
import { averageModels, trainPerceptron, type TrainingDocument } from '../src/annotate/entities/train-perceptron.ts';
import { parseClusters } from '../src/annotate/entities/word-clusters.ts';
import { gunzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const VALUED_FLAGS = new Set(['--epochs', '--min-count', '--out', '--seeds', '--seed', '--clusters', '--cluster-levels']);
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && VALUED_FLAGS.has(args[i - 1]!)));
const dataDir = resolve(positional[0] ?? join(root, '../shared/data'));
const epochs = Number(flag('--epochs', '12'));
const minCount = Number(flag('--min-count', '1'));
const seeds = Number(flag('--seeds', '3'));
const firstSeed = Number(flag('--seed', '1'));
const clustersFile = resolve(flag('--clusters', join(root, 'models/ner/word-clusters.tsv.gz')));
const clusterLevels = flag('--cluster-levels', '').split(',').filter(Boolean).map(Number);
const out = resolve(flag('--out', join(root, 'models/ner/conll-perceptron.json.gz')));

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
// IOB2 by default; --bilou trains over B/I/L/U tags (it scored 0.888 against 0.897 for IOB2 on valid).
const TAGS = ['O', ...TYPES.flatMap((t) => (args.includes('--bilou') ? ['B-', 'I-', 'L-', 'U-'] : ['B-', 'I-']).map((p) => p + t))];

/** Every .txt file under a directory (none when it is missing). */
function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
}

function load(file: string): ConllDocument[] {
  return parseConll(readFileSync(join(dataDir, 'ner/conll2003', file), 'utf8'));
}
function toTraining(documents: ConllDocument[]): TrainingDocument[] {
  return documents.map((d) => ({ sentences: d.sentences.map((s) => ({ words: s.map((t) => t.word), tags: toIob2(s.map((t) => t.tag)) })) }));
}

const started = Date.now();
const train = toTraining(load('train.txt'));
const valid = load('valid.txt');
const gazetteer = buildGazetteer();
// Unlabelled news text for the casing lexicon: the training sentences (labels unused) plus FNC-1 article
// bodies and PolNeAR article texts, when present. Never the validation or test text.
const unlabelled: string[] = args.includes('--lexicon-external-only') ? [] : train.flatMap((d) => d.sentences.map((s) => s.words.join(' ')));
const bodies = join(dataDir, 'stance/fnc1/train_bodies.csv');
if (existsSync(bodies)) unlabelled.push(...readCsvBodies(readFileSync(bodies, 'utf8')));
for (const file of textFiles(join(dataDir, 'quotes/polnear/data'))) unlabelled.push(readFileSync(file, 'utf8'));
const lexicon = args.includes('--no-lexicon') ? undefined : buildCasingLexicon(unlabelled);
// Word clusters built offline by scripts/train-clusters.ts; --cluster-levels keeps only some granularities.
let clusters = args.includes('--no-clusters') || !existsSync(clustersFile) ? undefined : parseClusters(gunzipSync(readFileSync(clustersFile)).toString('utf8'));
if (clusters && clusterLevels.length > 0) clusters = new Map([...clusters].map(([w, ids]) => [w, clusterLevels.map((k) => ids[k]!)]));
console.error(`word clusters: ${clusters?.size ?? 0} words${clusters ? ' from ' + clustersFile : ''}`);
console.error(`casing lexicon: ${lexicon?.size ?? 0} words from ${unlabelled.length} texts`);
console.error(`gazetteer: ${gazetteer.size} phrases; train documents: ${train.length}`);

/** Conlleval F1 of a model on the validation documents, logged with a label. */
function score(model: EntityModel, label: string): number {
  const scorer = new ConllScorer();
  for (const document of valid) {
    const predicted = tagDocument(model, document.sentences.map((s) => s.map((t) => t.word)));
    document.sentences.forEach((s, i) => scorer.add(s.map((t) => t.tag), predicted[i]!));
  }
  const { overall, types } = scorer.result();
  const perType = Object.entries(types).map(([k, v]) => `${k} ${v.f1}`).join(' ');
  console.error(`${label}: valid F1 ${overall.f1} (${perType}) ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return overall.f1;
}
// One run per shuffling seed, each keeping its best epoch; with several seeds the weights are averaged.
const runs = Array.from({ length: seeds }, (_, k) =>
  trainPerceptron(train, {
    tags: TAGS,
    gazetteer,
    ...(lexicon ? { lexicon } : {}),
    ...(clusters ? { clusters } : {}),
    epochs,
    minFeatureCount: minCount,
    seed: firstSeed + k,
    evaluate: (model, epoch) => score(model, `seed ${firstSeed + k} epoch ${epoch}`),
  }),
);
const result = seeds === 1 ? runs[0]! : { model: averageModels(runs.map((r) => r.model)), epoch: runs.map((r) => r.epoch).join('+'), score: 0 };
if (seeds > 1) result.score = score(result.model, `average of ${seeds} seeds`);
writeFileSync(out, serialiseModel(result.model));
const summary = { epoch: result.epoch, validF1: result.score, features: result.model.features.size, bytes: statSync(out).size, seconds: Math.round((Date.now() - started) / 1000) };
console.log(JSON.stringify(summary));
