/**
 * Dedupe + clustering benchmark on synthetic news: N articles from a fixed seed (many concurrent stories, exact and
 * near copies, rewrites, noise), each digested and added to one story index. Prints JSON: wall and CPU time per article overall
 * and CPU time per tenth of the run (flat = cost does not grow with N; main thread alone beside it), total time, peak RSS, and copy-link accuracy against
 * the generator's truth.
 * Usage: npm run bench:cluster -- --articles N [--seed S] [--hash] [--live-heap]
 *   --hash       also prints a SHA-256 of every placement and of the final story list (proves two versions place identically)
 *   --live-heap  also prints the heap left after a forced full GC at the end (needs node --expose-gc, which the npm script passes)
 * GC time per tenth (milliseconds) is printed beside CPU per tenth, and so are the posting entries visited and the stories
 * scored per article: where growing cost goes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { digestArticle } from '../src/cluster/digest.ts';
import { addArticle, createStoryIndex, listStories } from '../src/cluster/index.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const total = flag('--articles', 10_000);
const withHash = args.includes('--hash');
const withLiveHeap = args.includes('--live-heap');
const placementHash = createHash('sha256');
// Garbage-collection pauses, summed per tenth of the run.
let gcMs = 0;
const GC_KINDS: Record<number, string> = { 1: 'minor', 4: 'major', 8: 'incremental', 16: 'weakCallbacks' };
const gcMsByKind: Record<string, number> = {};
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcMs += entry.duration;
    const kind = GC_KINDS[(entry.detail as { kind?: number } | undefined)?.kind ?? 0] ?? 'other';
    gcMsByKind[kind] = (gcMsByKind[kind] ?? 0) + entry.duration;
  }
});
gcObserver.observe({ entryTypes: ['gc'] });
let state = flag('--seed', 42) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// A made-up language: syllable words, Zipf-distributed common vocabulary, capitalised names.
const SYLLABLES = 'ka lo mi ne ta ru so ve pi da re lu ga ho fi ze ber tan mor wil des kin par sol vin ast'.split(' ');
const makeWord = (parts: number): string => Array.from({ length: parts }, () => pick(SYLLABLES)).join('');
const COMMON = Array.from({ length: 20_000 }, (_, i) => makeWord(1 + (i % 3) + Math.floor(random() * 2)));
const zipf = (): string => COMMON[Math.min(COMMON.length - 1, Math.floor(Math.exp(random() * Math.log(COMMON.length))) - 1)]!;
const capital = (word: string): string => word[0]!.toUpperCase() + word.slice(1);

interface SyntheticStory {
  id: number;
  topic: string[];
  names: string[];
  numbers: string[];
  remaining: number;
  articles: { id: string; text: string; outlet: string }[];
}

const OUTLETS = Array.from({ length: 400 }, (_, i) => `outlet-${i}`);
const BOILERPLATE = ['Subscribe to our newsletter for more.', 'Advertisement.', 'Share this article with your friends.', 'Comments are closed.'];
const MINUTES_PER_ARTICLE = 0.5; // about 2,900 articles a day: one mid-sized aggregator
const ACTIVE_STORIES = 600;

let storyCount = 0;
function newStory(): SyntheticStory {
  storyCount += 1;
  return {
    id: storyCount,
    topic: Array.from({ length: 12 }, () => makeWord(3)),
    names: Array.from({ length: 4 }, () => capital(makeWord(2)) + ' ' + capital(makeWord(3))),
    numbers: Array.from({ length: 4 }, () => String(Math.floor(random() * 100_000))),
    remaining: 1 + Math.floor(-Math.log(random() + 1e-9) * 12),
    articles: [],
  };
}

function sentence(story: SyntheticStory | undefined): string {
  const words: string[] = [];
  const length = 12 + Math.floor(random() * 14);
  for (let i = 0; i < length; i++) {
    const r = random();
    if (story && r < 0.25) words.push(pick(story.topic));
    else if (story && r < 0.32) words.push(pick(story.names));
    else if (story && r < 0.35) words.push(pick(story.numbers));
    else words.push(zipf());
  }
  if (story && random() < 0.2) words.push(`"${Array.from({ length: 5 }, () => zipf()).join(' ')}"`);
  return capital(words.join(' ')) + '.';
}

/** Same facts in other words: each sentence's names, numbers and quotes kept, filler words replaced, two sentences swapped. */
function rewrite(text: string): string {
  const sentences = text.split('\n').map((line) =>
    line.replace(/\b[a-z]+\b/g, (word) => (random() < 0.7 ? zipf() : word)),
  );
  if (sentences.length > 3) [sentences[1], sentences[2]] = [sentences[2]!, sentences[1]!];
  return sentences.join('\n');
}

const index = createStoryIndex();
const active: SyntheticStory[] = [];
const truth = new Map<string, string>(); // copy id -> the article it was made from
const start0 = Date.UTC(2025, 0, 1);
// CPU time (user + system) as well as wall time: on a shared machine wall time mostly measures the neighbours.
const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
// CPU time of the main thread alone (Linux: /proc, clock ticks of 10 ms): the rest of the process CPU is the garbage collector's and the runtime's helper threads.
const mainThreadStat = `/proc/self/task/${process.pid}/stat`;
const mainThreadCpuMs = (): number | undefined => {
  try {
    const fields = readFileSync(mainThreadStat, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
};
const mainTenths: (number | null)[] = [];
let mainTenthStart = mainThreadCpuMs();
const tenths: number[] = [];
const gcTenths: number[] = [];
// Work of the candidate lookup per article and tenth: posting entries visited and stories scored (bounded by MAX_POSTINGS and MAX_CANDIDATES).
const postingsTenths: number[] = [];
const scoredTenths: number[] = [];
let lookupsAtTenth = { postings: 0, scored: 0 };
let gcTenthStart = 0;
let tenthStart = cpuMs();
const started = performance.now();
const startedCpu = cpuMs();
let found = { exact: 0, near: 0, rewrite: 0, translation: 0 };
let correct = 0;
for (let i = 0; i < total; i++) {
  while (active.length < ACTIVE_STORIES) active.push(newStory());
  const id = `a${i}`;
  const when = new Date(start0 + i * MINUTES_PER_ARTICLE * 60_000).toISOString();
  const outlet = pick(OUTLETS);
  const r = random();
  let text: string;
  let story: SyntheticStory | undefined;
  if (r < 0.08) {
    text = Array.from({ length: 6 + Math.floor(random() * 10) }, () => sentence(undefined)).join('\n'); // noise
  } else {
    const slot = Math.floor(random() * active.length);
    story = active[slot]!;
    const source = story.articles.length > 0 ? pick(story.articles) : undefined;
    if (source && r < 0.16) {
      text = source.text; // exact syndication
      truth.set(id, source.id);
    } else if (source && r < 0.26) {
      text = pick(BOILERPLATE) + '\n' + source.text + '\n' + pick(BOILERPLATE);
      truth.set(id, source.id);
    } else if (source && r < 0.33) {
      text = rewrite(source.text);
      truth.set(id, source.id);
    } else {
      text = Array.from({ length: 6 + Math.floor(random() * 12) }, () => sentence(story)).join('\n');
    }
    story.articles.push({ id, text, outlet });
    if (story.articles.length > 6) story.articles.shift();
    story.remaining -= 1;
    if (story.remaining <= 0) active.splice(slot, 1);
  }
  const placement = addArticle(index, digestArticle({ id, text, title: text.slice(0, 70), ingestedAt: when, publishedAt: when, outlet }));
  if (withHash) placementHash.update(JSON.stringify(placement) + '\n');
  if (placement.duplicateOf) {
    found[placement.duplicateOf.method] += 1;
    // A copy of a copy resolves to the first original: count it right when both trace back to the same source.
    const root = (x: string): string => (truth.has(x) ? root(truth.get(x)!) : x);
    if (truth.has(id) && root(id) === root(placement.duplicateOf.id)) correct += 1;
  }
  if ((i + 1) % Math.max(1, Math.floor(total / 10)) === 0) {
    // Yield once so the observer receives the tenth's GC entries (they are delivered between event-loop turns).
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const now = cpuMs();
    tenths.push(Math.round(((now - tenthStart) / Math.floor(total / 10)) * 1000) / 1000);
    tenthStart = now;
    const mainNow = mainThreadCpuMs();
    mainTenths.push(mainNow !== undefined && mainTenthStart !== undefined ? Math.round(((mainNow - mainTenthStart) / Math.floor(total / 10)) * 1000) / 1000 : null);
    mainTenthStart = mainNow;
    gcTenths.push(Math.round(gcMs - gcTenthStart));
    gcTenthStart = gcMs;
    const perTenth = Math.floor(total / 10);
    postingsTenths.push(Math.round((index.lookups.postings - lookupsAtTenth.postings) / perTenth));
    scoredTenths.push(Math.round(((index.lookups.scored - lookupsAtTenth.scored) / perTenth) * 10) / 10);
    lookupsAtTenth = { postings: index.lookups.postings, scored: index.lookups.scored };
    // Progress on stderr (the JSON result stays alone on stdout): a long run shows its tenths as they finish.
    console.error(`tenth ${tenths.length}: ${tenths.at(-1)} ms CPU per article (main thread ${mainTenths.at(-1)}), GC ${gcTenths.at(-1)} ms, ${postingsTenths.at(-1)} postings and ${scoredTenths.at(-1)} stories scored per article, RSS ${Math.round(process.memoryUsage().rss / 1048576)} MB`);
  }
}
const elapsed = performance.now() - started;
const elapsedCpu = cpuMs() - startedCpu;
const hashes = withHash ? { placements: placementHash.digest('hex').slice(0, 16), stories: createHash('sha256').update(JSON.stringify(listStories(index))).digest('hex').slice(0, 16) } : undefined;
const gcExpose = (globalThis as { gc?: () => void }).gc;
if (withLiveHeap && gcExpose) gcExpose();
const liveHeapMB = withLiveHeap ? (gcExpose ? Math.round(process.memoryUsage().heapUsed / 1048576) : 'run node with --expose-gc') : undefined;
gcObserver.disconnect();
const predicted = found.exact + found.near + found.rewrite;
console.log(
  JSON.stringify({
    articles: total,
    totalSeconds: Math.round(elapsed / 10) / 100,
    wallMsPerArticle: Math.round((elapsed / total) * 1000) / 1000,
    cpuSeconds: Math.round(elapsedCpu / 10) / 100,
    cpuMsPerArticle: Math.round((elapsedCpu / total) * 1000) / 1000,
    cpuMsPerArticleByTenth: tenths,
    mainThreadCpuMsPerArticleByTenth: mainTenths,
    gcMsByTenth: gcTenths,
    postingsPerArticleByTenth: postingsTenths,
    scoredPerArticleByTenth: scoredTenths,
    gcSeconds: Math.round(gcMs / 10) / 100,
    gcSecondsByKind: Object.fromEntries(Object.entries(gcMsByKind).map(([kind, ms]) => [kind, Math.round(ms / 10) / 100])),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    ...(liveHeapMB !== undefined ? { liveHeapMB } : {}),
    syntheticStories: storyCount,
    indexStories: index.stories.filter((_, s) => !index.spans.isMerged(s)).length,
    ...(hashes ? { hash: hashes } : {}),
    copies: { generated: truth.size, found, precision: predicted ? Math.round((correct / predicted) * 1000) / 1000 : 1, recall: Math.round((correct / truth.size) * 1000) / 1000 },
  }),
);
