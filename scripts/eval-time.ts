/**
 * Scores findTimes on TimeML (.tml) files the way the TempEval-3 scorer does: recognition P/R/F1 strict
 * (exact extent) and relaxed (any overlap), type and value accuracy over relaxed matches, and value F1 =
 * relaxed F1 × value accuracy. Prints JSON per subfolder and overall.
 *
 * Usage: npm run eval:time -- [DIR] [--errors N]
 * --errors N prints up to N lines to stderr: MISS (gold not found), EXTRA (found, not gold), VALUE (wrong value, with
 * the gold timex's context) and TYPE (right value, wrong type), each with the rule that fired, then a count of errors
 * by kind and rule (the categories to work down).
 * --detail RULE[,RULE…] prints, for those rules, outputs / matches / exact values per matched phrase (lower-cased), to
 * decide which sub-cases of a rule pay their way.
 * DIR defaults to ../shared/data/time/tempeval3/Training/TBAQ-cleaned relative to the project root.
 * The document creation time (TIMEX3 functionInDocument="CREATION_TIME") becomes publishedAt and is not
 * scored. As in TE3-evaluation.py, gold is every TIMEX3 with text except tid="t0"; value and type accuracy are counted
 * over relaxed matches (gold side), and value F1 = relaxed F1 × value accuracy.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAnchor } from '../src/annotate/times/calendar.ts';
import { roughSentences, scanTimes } from '../src/annotate/times/find-times.ts';

interface GoldTimex { start: number; end: number; type: string; value: string }
interface Document { file: string; text: string; publishedAt?: string; gold: GoldTimex[] }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) => e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : ENTITIES[e]!);
const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Reads one TimeML file: plain text of <TEXT>, gold TIMEX3 spans in it, and the creation time. */
function readTimeML(file: string): Document {
  const xml = readFileSync(file, 'utf8');
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0];
  const publishedAt = dctTag ? attribute(dctTag, 'value') : undefined;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: GoldTimex[] = [];
  const open: { tag: string; start: number }[] = [];
  const tokens = /<(\/?)([A-Za-z0-9]+)([^>]*)>|[^<]+/g;
  for (let m = tokens.exec(body); m; m = tokens.exec(body)) {
    if (!m[2]) { text += decode(m[0]); continue; }
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) { open.push({ tag: m[0], start: text.length }); if (m[3]!.endsWith('/')) open.pop(); continue; }
    const started = open.pop();
    // The official scorer skips tid="t0" (the creation time) and timexes without text.
    if (!started || attribute(started.tag, 'tid') === 't0' || text.length === started.start) continue;
    gold.push({ start: started.start, end: text.length, type: attribute(started.tag, 'type') ?? '', value: attribute(started.tag, 'value') ?? '' });
  }
  return { file, text, publishedAt, gold };
}

/** Per rule: outputs, relaxed matches and exact values. Value F1 = 2 × exact values / (gold + system), so a rule pays its way when over ~half its outputs carry the exact gold value. */
const byRule = new Map<string, { system: number; matched: number; valueCorrect: number }>();
function countRule(rule: string, key: 'system' | 'matched' | 'valueCorrect'): void {
  if (!byRule.has(rule)) byRule.set(rule, { system: 0, matched: 0, valueCorrect: 0 });
  byRule.get(rule)![key]++;
}
/** Per rule and lower-cased matched text, the same counts (printed for the rules named by --detail). */
const byPhrase = new Map<string, { system: number; matched: number; valueCorrect: number }>();
function countPhrase(rule: string, phrase: string, key: 'system' | 'matched' | 'valueCorrect'): void {
  const id = `${rule}\t${phrase.toLowerCase().replace(/\s+/g, ' ')}`;
  if (!byPhrase.has(id)) byPhrase.set(id, { system: 0, matched: 0, valueCorrect: 0 });
  byPhrase.get(id)![key]++;
}

interface Tally { gold: number; system: number; strict: number; relaxed: number; typeCorrect: number; valueCorrect: number }
const emptyTally = (): Tally => ({ gold: 0, system: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 });

function f1(p: number, r: number): number { return p + r === 0 ? 0 : (2 * p * r) / (p + r); }
const round = (x: number): number => Math.round(x * 1000) / 1000;

function summarise(t: Tally) {
  const strictP = t.system ? t.strict / t.system : 0, strictR = t.gold ? t.strict / t.gold : 0;
  const relaxedP = t.system ? t.relaxed / t.system : 0, relaxedR = t.gold ? t.relaxed / t.gold : 0;
  const relaxedF1 = f1(relaxedP, relaxedR);
  const typeAccuracy = t.relaxed ? t.typeCorrect / t.relaxed : 0;
  const valueAccuracy = t.relaxed ? t.valueCorrect / t.relaxed : 0;
  return {
    gold: t.gold, system: t.system,
    strict: { precision: round(strictP), recall: round(strictR), f1: round(f1(strictP, strictR)) },
    relaxed: { precision: round(relaxedP), recall: round(relaxedR), f1: round(relaxedF1) },
    typeAccuracy: round(typeAccuracy), typeF1: round(relaxedF1 * typeAccuracy),
    valueAccuracy: round(valueAccuracy), valueF1: round(relaxedF1 * valueAccuracy),
  };
}

/** Scores one document into a tally; each gold timex is matched to at most one system timex (first overlap). */
function score(doc: Document, tally: Tally, errors: string[]): void {
  const system = scanTimes(doc.text, parseAnchor(doc.publishedAt), roughSentences(doc.text));
  tally.gold += doc.gold.length;
  tally.system += system.length;
  for (const s of system) { countRule(s.rule, 'system'); countPhrase(s.rule, doc.text.slice(s.start, s.end), 'system'); }
  const used = new Set<number>();
  for (const gold of doc.gold) {
    const index = system.findIndex((s, i) => !used.has(i) && s.start < gold.end && gold.start < s.end);
    const goldText = doc.text.slice(gold.start, gold.end);
    if (index < 0) { errors.push(`MISS  ${goldText} [${gold.type} ${gold.value}] :: ${doc.text.slice(Math.max(0, gold.start - 40), gold.end + 40).replace(/\s+/g, ' ')}`); continue; }
    used.add(index);
    const found = system[index]!;
    tally.relaxed++;
    if (found.start === gold.start && found.end === gold.end) tally.strict++;
    if (found.type === gold.type) tally.typeCorrect++;
    if (found.type !== gold.type && found.value === gold.value) errors.push(`TYPE  ${goldText} [${gold.type} ${gold.value}] got "${doc.text.slice(found.start, found.end)}" [${found.type}] {${found.rule}}`);
    const foundText = doc.text.slice(found.start, found.end);
    countRule(found.rule, 'matched');
    countPhrase(found.rule, foundText, 'matched');
    if (found.value === gold.value) { tally.valueCorrect++; countRule(found.rule, 'valueCorrect'); countPhrase(found.rule, foundText, 'valueCorrect'); }
    else errors.push(`VALUE ${goldText} [${gold.type} ${gold.value}] got "${doc.text.slice(found.start, found.end)}" [${found.type} ${found.value}] {${found.rule}} dct=${doc.publishedAt} :: ${doc.text.slice(Math.max(0, gold.start - 80), gold.end + 60).replace(/\s+/g, ' ')}`);
  }
  system.forEach((s, i) => { if (!used.has(i)) errors.push(`EXTRA ${doc.text.slice(s.start, s.end)} [${s.type} ${s.value}] {${s.rule}} :: ${doc.text.slice(Math.max(0, s.start - 40), s.end + 40).replace(/\s+/g, ' ')}`); });
}

function findTml(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTml(path, out);
    else if (name.endsWith('.tml')) out.push(path);
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const errorsAt = args.indexOf('--errors');
  const showErrors = errorsAt >= 0 ? Number(args[errorsAt + 1] ?? 50) : 0;
  const detailAt = args.indexOf('--detail');
  const detailRules = detailAt >= 0 ? new Set((args[detailAt + 1] ?? '').split(',')) : new Set<string>();
  const positional = args.filter((a, i) => !a.startsWith('--') && (errorsAt < 0 || i !== errorsAt + 1) && (detailAt < 0 || i !== detailAt + 1));
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = resolve(positional[0] ?? join(root, '../shared/data/time/tempeval3/Training/TBAQ-cleaned'));
  const files = findTml(dir);
  if (files.length === 0) throw new Error(`eval-time: expected .tml files under ${dir}, found none`);
  const bySubfolder = new Map<string, Tally>();
  const overall = emptyTally();
  const errors: string[] = [];
  for (const file of files) {
    const doc = readTimeML(file);
    const folder = relative(dir, dirname(file)) || basename(dir);
    if (!bySubfolder.has(folder)) bySubfolder.set(folder, emptyTally());
    const tally = emptyTally();
    score(doc, tally, errors);
    for (const target of [bySubfolder.get(folder)!, overall]) {
      for (const key of Object.keys(tally) as (keyof Tally)[]) target[key] += tally[key];
    }
  }
  const report = {
    dir, files: files.length,
    subfolders: Object.fromEntries([...bySubfolder].map(([name, t]) => [name, summarise(t)])),
    overall: summarise(overall),
  };
  console.log(JSON.stringify(report, null, 2));
  if (detailRules.size > 0) {
    console.error('rule\tphrase: system matched exact-value');
    console.error([...byPhrase].filter(([id]) => detailRules.has(id.split('\t')[0]!)).sort((a, b) => b[1].system - a[1].system)
      .map(([id, c]) => `${id.replace('\t', '\t"')}"\t${c.system} ${c.matched} ${c.valueCorrect} (${(c.valueCorrect / c.system).toFixed(2)})`).join('\n'));
  }
  if (showErrors > 0) {
    console.error(errors.slice(0, showErrors).join('\n'));
    const categories = new Map<string, number>();
    for (const line of errors) {
      const key = `${line.slice(0, 5).trim()} ${/\{([\w-]+)\}/.exec(line)?.[1] ?? '-'}`;
      categories.set(key, (categories.get(key) ?? 0) + 1);
    }
    console.error([...categories].sort((a, b) => b[1] - a[1]).map(([key, n]) => `${String(n).padStart(4)} ${key}`).join('\n'));
    console.error('rule: system matched exact-value');
    console.error([...byRule].sort((a, b) => b[1].system - a[1].system).map(([rule, c]) => `${rule.padEnd(20)} ${c.system} ${c.matched} ${c.valueCorrect} (${(c.valueCorrect / c.system).toFixed(2)})`).join('\n'));
  }
}

main();
