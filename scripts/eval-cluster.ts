/**
 * Story clustering evaluation: feeds a gold-labelled corpus through digestArticle + addArticle in a seeded
 * random order and prints B-cubed P/R/F1 and the adjusted Rand index as JSON.
 * Usage: npm run eval:cluster -- [DIR] [--seeds N] [--join X] [--merge X] [--topics odd|even] [--background none]
 * --topics keeps every other topic (ECB+ by topic number, WikiRef by sorted topic name; noise articles stay in both
 * halves): tune on one half, confirm on the other. --background none switches off the shipped background idf table.
 * DIR holds ECB+ (topic folders of *ecb.xml / *ecbplus.xml; gold = topic + sub-event) or WikiRef220 (*.txt;
 * gold = topic for topics with more than 5 articles, each other article its own cluster). Default: both under
 * ../shared/data/clustering.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { digestArticle } from '../src/cluster/digest.ts';
import { addArticle, createStoryIndex, listStories, type StoryIndexOptions } from '../src/cluster/index.ts';
import { adjustedRandIndex, scoreBCubed } from '../src/cluster/metrics.ts';

interface GoldDocument {
  id: string;
  title: string;
  text: string;
  gold: string;
  topic: string;
}

function listFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listFiles(path, out);
    else out.push(path);
  }
  return out;
}

function decodeEntities(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, name: string) =>
    name.startsWith('#') ? String.fromCharCode(Number(name.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name]!,
  );
}

/** Rebuilds an ECB+ document's text from its token elements: tokens joined by spaces, one sentence a line. */
function readEcbDocument(path: string): { title: string; text: string } {
  const xml = readFileSync(path, 'utf8');
  const sentences: string[][] = [];
  for (const match of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    (sentences[Number(match[1])] ??= []).push(decodeEntities(match[2]!));
  }
  const lines = sentences
    .filter((tokens) => tokens && tokens.length > 0)
    .map((tokens) => tokens.join(' ').replace(/ ([.,;:!?%)\]'’]|n't|'s)/g, '$1').replace(/([(\[$]) /g, '$1'));
  return { title: lines[0] ?? '', text: lines.join('\n') };
}

function loadEcb(files: string[]): GoldDocument[] {
  return files
    .filter((f) => /_\d+ecb(plus)?\.xml$/.test(f))
    .map((file) => {
      const [, topic, , plus] = /(\d+)_(\d+)ecb(plus)?\.xml$/.exec(basename(file))!;
      return { id: basename(file), ...readEcbDocument(file), gold: `${topic}/${plus ? 'ecbplus' : 'ecb'}`, topic: topic! };
    });
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** WikiRef220: topic = file name without its number; topics with at most 5 articles are noise (dataset readme). */
function loadWikiref(files: string[]): GoldDocument[] {
  const documents = files
    .filter((f) => f.endsWith('.txt') && !/readme/i.test(basename(f)))
    .map((file) => {
      const text = decodeText(readFileSync(file)).replace(/\r\n?/g, '\n');
      const topic = basename(file).replace(/\.txt$/, '').replace(/[ .]*\(\d+\)$|\.\d+$/, '');
      return { id: basename(file), title: text.split('\n')[0]!.trim(), text, gold: topic, topic };
    });
  const sizes = new Map<string, number>();
  for (const d of documents) sizes.set(d.topic, (sizes.get(d.topic) ?? 0) + 1);
  return documents.map((d) => ((sizes.get(d.topic) ?? 0) > 5 ? d : { ...d, gold: `noise/${d.id}` }));
}

/** Keeps the topics of one half: ECB+ topics by number parity, other sets by the parity of the topic's rank in sorted order (noise articles are kept). */
function selectTopics(documents: GoldDocument[], half: string | undefined): GoldDocument[] {
  if (half === undefined) return documents;
  if (half !== 'odd' && half !== 'even') throw new Error(`eval-cluster: --topics expects odd or even, found "${half}"`);
  const names = [...new Set(documents.filter((d) => !d.gold.startsWith('noise/')).map((d) => d.topic))].sort((a, b) => (/^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) - Number(b) : a < b ? -1 : 1));
  const rank = new Map(names.map((name, i) => [name, /^\d+$/.test(name) ? Number(name) : i + 1]));
  const wanted = half === 'odd' ? 1 : 0;
  return documents.filter((d) => d.gold.startsWith('noise/') || rank.get(d.topic)! % 2 === wanted);
}

function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function evaluate(documents: GoldDocument[], seeds: number, options: StoryIndexOptions) {
  const runs = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const index = createStoryIndex(options);
    const order = seededShuffle(documents, seed);
    const storyOf = new Map<string, string>();
    const placed: string[] = [];
    order.forEach((doc, i) => {
      const digest = digestArticle({ id: doc.id, text: doc.text, title: doc.title, ingestedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString() });
      const placement = addArticle(index, digest);
      placed.push(doc.id);
      storyOf.set(doc.id, placement.storyId);
    });
    // Stories merge after placement: resolve each article's final story from the index.
    const finalStory = new Map<string, string>();
    for (const story of listStories(index)) for (const id of story.articleIds) finalStory.set(id, story.id);
    const predicted = order.map((d) => finalStory.get(d.id)!);
    const gold = order.map((d) => d.gold);
    const topics = order.map((d) => d.topic);
    runs.push({ seed, predicted, gold, topics, stories: new Set(predicted).size });
  }
  const mean = (values: number[]): number => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 1000) / 1000;
  const scored = runs.map((r) => ({ bcubed: scoreBCubed(r.predicted, r.gold), ari: adjustedRandIndex(r.predicted, r.gold), topic: scoreBCubed(r.predicted, r.topics), stories: r.stories }));
  return {
    documents: documents.length,
    goldClusters: new Set(documents.map((d) => d.gold)).size,
    predictedStories: mean(scored.map((s) => s.stories)),
    seeds,
    bcubed: { precision: mean(scored.map((s) => s.bcubed.precision)), recall: mean(scored.map((s) => s.bcubed.recall)), f1: mean(scored.map((s) => s.bcubed.f1)) },
    adjustedRand: mean(scored.map((s) => s.ari)),
    bcubedF1Range: [Math.min(...scored.map((s) => s.bcubed.f1)), Math.max(...scored.map((s) => s.bcubed.f1))].map((v) => Math.round(v * 1000) / 1000),
    bcubedF1BySeed: scored.map((s) => Math.round(s.bcubed.f1 * 1000) / 1000),
    topicLevelBcubedF1: mean(scored.map((s) => s.topic.f1)),
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--')));
  const seeds = Number(flag('--seeds') ?? 5);
  const options: StoryIndexOptions = {};
  if (flag('--join')) options.joinSimilarity = Number(flag('--join'));
  if (flag('--merge')) options.mergeSimilarity = Number(flag('--merge'));
  if (flag('--background') === 'none') options.background = null;
  else if (flag('--background') !== undefined) throw new Error(`eval-cluster: --background expects none, found "${flag('--background')}"`);
  const roots = positional.length > 0 ? positional : [resolve(process.cwd(), '../shared/data/clustering/ecbplus'), resolve(process.cwd(), '../shared/data/clustering/wikiref220')];
  const report: Record<string, unknown> = {};
  for (const root of roots) {
    const files = listFiles(root);
    const ecb = loadEcb(files);
    const documents = selectTopics(ecb.length > 0 ? ecb : loadWikiref(files), flag('--topics'));
    if (documents.length === 0) throw new Error(`eval-cluster: expected ECB+ *ecb.xml/*ecbplus.xml or WikiRef *.txt files under ${root}, found none`);
    report[root] = { format: ecb.length > 0 ? 'ecbplus' : 'wikiref', ...evaluate(documents, seeds, options) };
  }
  console.log(JSON.stringify(report, null, 2));
}

main();
