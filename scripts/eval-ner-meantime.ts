/**
 * Scores the entity tagger on MEANTIME (NewsReader CAT XML, English): `npx tsx scripts/eval-ner-meantime.ts [DIR] [--model FILE]`.
 * Gold phrases are the named (syntactic_type NAM) entity mentions; their entity's type is mapped
 * PERSON/PER→PER, ORGANIZATION/ORG→ORG, LOCATION/LOC→LOC, PRODUCT/FINANCIAL/MIXED→MISC. Prints
 * conlleval-style scores for all four types and for PER/ORG/LOC alone (MISC dropped on both sides).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConllScorer } from '../src/annotate/entities/conll.ts';
import { loadEntityModel } from '../src/annotate/entities/index.ts';
import { tagDocument } from '../src/annotate/entities/model.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const modelAt = args.indexOf('--model');
const modelFile = modelAt >= 0 ? args[modelAt + 1] : undefined;
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--model');
const dir = resolve(positional[0] ?? join(root, '../shared/data/meantime/data/meantime_newsreader_english_oct15/intra-doc_annotation'));

/** MEANTIME entity types → CoNLL types; a type not listed is skipped. */
const TYPE_MAP: Record<string, string> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', PRO: 'MISC', FIN: 'MISC', MIX: 'MISC' };

function files(path: string): string[] {
  return statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((name) => files(join(path, name))) : path.endsWith('.xml') ? [path] : [];
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Reads one CAT file into sentences of words with gold IOB2 tags. */
function readDocument(xml: string): { words: string[][]; gold: string[][] } {
  const tokens: { id: string; sentence: number; word: string }[] = [];
  for (const m of xml.matchAll(/<token\b[^>]*\bsentence="(\d+)"[^>]*\bt_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) tokens.push({ sentence: Number(m[1]), id: m[2]!, word: unescape(m[3]!) });
  const wordOf = new Map(tokens.map((t) => [t.id, t.word]));
  const entityType = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY\b[^>]*\bent_type="([A-Z]*)"[^>]*\bm_id="(\d+)"/g)) entityType.set(m[2]!, m[1]!);
  const mentionEntity = new Map<string, string>();
  for (const m of xml.matchAll(/<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(m[1]!)?.[1];
    if (target) for (const s of m[1]!.matchAll(/<source m_id="(\d+)"/g)) mentionEntity.set(s[1]!, target);
  }
  const tagOf = new Map<string, string>();
  const mentions: { ids: string[]; type: string }[] = [];
  for (const m of xml.matchAll(/<ENTITY_MENTION\b[^>]*\bm_id="(\d+)"[^>]*\bsyntactic_type="NAM"[^>]*>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const type = TYPE_MAP[entityType.get(mentionEntity.get(m[1]!) ?? '') ?? ''];
    if (!type) continue;
    mentions.push({ ids: [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((a) => a[1]!), type });
  }
  // MEANTIME nests names inside long extents ("JSA Research defence analyst Paul Nesbit"); CoNLL has no
  // nesting and tags the innermost names, so shorter mentions are placed first and overlapping longer ones skipped.
  mentions.sort((a, b) => a.ids.length - b.ids.length);
  for (const mention of mentions) {
    if (mention.ids.some((id) => tagOf.has(id))) continue;
    // A leading "the" is not part of a CoNLL name.
    if (mention.ids.length > 1 && /^the$/i.test(wordOf.get(mention.ids[0]!) ?? '')) mention.ids.shift();
    mention.ids.forEach((id, i) => tagOf.set(id, (i === 0 ? 'B-' : 'I-') + mention.type));
  }
  const words: string[][] = [];
  const gold: string[][] = [];
  let current = -1;
  for (const token of tokens) {
    if (token.sentence !== current) {
      words.push([]);
      gold.push([]);
      current = token.sentence;
    }
    words[words.length - 1]!.push(token.word);
    gold[gold.length - 1]!.push(tagOf.get(token.id) ?? 'O');
  }
  return { words, gold };
}

const dropMisc = (tags: string[]): string[] => tags.map((t) => (t.endsWith('MISC') ? 'O' : t));
const model = loadEntityModel(modelFile);
const all = new ConllScorer();
const core = new ConllScorer();
let documents = 0;
let tokens = 0;
for (const file of files(dir)) {
  const { words, gold } = readDocument(readFileSync(file, 'utf8'));
  const predicted = tagDocument(model, words);
  words.forEach((sentence, i) => {
    tokens += sentence.length;
    all.add(gold[i]!, predicted[i]!);
    core.add(dropMisc(gold[i]!), dropMisc(predicted[i]!));
  });
  documents++;
}
console.log(JSON.stringify({ dir, documents, tokens, typeMap: TYPE_MAP, allTypes: all.result(), perOrgLoc: core.result() }, null, 2));
