/**
 * Feature ids of the pair templates, found by number. Building "l-1l=the|president" for every token and
 * hashing it is most of the tagger's time; instead each lower-cased word and shape gets a number once
 * per sentence and the template's id is memoised under the numbers. A speed-up only: the ids are the
 * ones the feature strings would give.
 */
import { AFTER, BEFORE, PAIR_TEMPLATES, pairFeature, type SentenceView } from './features.ts';

/** Distinct lower-cased words numbered before the memo starts over. */
export const PAIR_WORD_LIMIT = 1 << 20;
/** Distinct shapes numbered before the memo starts over (shapes are few: "Xx", "d", "x.x."). */
export const PAIR_SHAPE_LIMIT = 1 << 12;
/** Memoised template ids kept before that memo is emptied. */
export const PAIR_ID_LIMIT = 2_000_000;

/** The numbering and the memo, owned by one model. */
export interface PairIds {
  words: Map<string, number>;
  shapes: Map<string, number>;
  /** Key (template + parts' numbers) → feature id, or -1 for a feature the model does not know. */
  ids: Map<number, number>;
}

/** An empty memo; the sentence-boundary pseudo-words are numbered 0 and 1 in both lists. */
export function createPairIds(): PairIds {
  const seeded = () =>
    new Map([
      [BEFORE, 0],
      [AFTER, 1],
    ]);
  return { words: seeded(), shapes: seeded(), ids: new Map() };
}

/** Numbers of each token's lower-cased form and shape, with the boundaries at both ends (index i + 1 is token i). */
interface Numbered {
  lower: Int32Array;
  shape: Int32Array;
}

function numberAll(map: Map<string, number>, values: readonly string[]): Int32Array {
  const out = new Int32Array(values.length + 2);
  out[0] = 0;
  out[values.length + 1] = 1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let n = map.get(value);
    if (n === undefined) map.set(value, (n = map.size));
    out[i + 1] = n;
  }
  return out;
}

/** Numbers a sentence, starting the memo over first when the sentence could overflow a numbering. */
export function numberSentence(memo: PairIds, view: SentenceView): Numbered {
  const n = view.words.length;
  if (memo.words.size + n > PAIR_WORD_LIMIT || memo.shapes.size + n > PAIR_SHAPE_LIMIT) {
    const fresh = createPairIds();
    memo.words = fresh.words;
    memo.shapes = fresh.shapes;
    memo.ids = fresh.ids;
  }
  return { lower: numberAll(memo.words, view.lowers), shape: numberAll(memo.shapes, view.shapes) };
}

const WORD_SPAN = PAIR_WORD_LIMIT; // a lower or a shape number fits below it
const SHAPE_SPAN = PAIR_SHAPE_LIMIT;
for (const template of PAIR_TEMPLATES) {
  const shapesOnly = template.parts.every(([list]) => list === 'shape');
  if (template.parts.length > 3 || (template.parts.length === 3 && !shapesOnly)) throw new Error(`pair template ${template.name}: keys hold two parts, or three shapes`);
}

/** Appends the ids of every pair template at token i that the model knows, in template order. */
export function addPairIds(memo: PairIds, features: ReadonlyMap<string, number>, view: SentenceView, numbered: Numbered, i: number, out: number[]): void {
  for (let t = 0; t < PAIR_TEMPLATES.length; t++) {
    const template = PAIR_TEMPLATES[t]!;
    const parts = template.parts;
    // Numbers stay exact doubles: 2 parts < 2^40, 3 shape parts < 2^36, times the template count.
    let key = 0;
    const span = parts.length <= 2 ? WORD_SPAN : SHAPE_SPAN;
    for (let k = parts.length - 1; k >= 0; k--) {
      const [list, offset] = parts[k]!;
      key = key * span + (list === 'lower' ? numbered.lower : numbered.shape)[i + 1 + offset]!;
    }
    key = key * PAIR_TEMPLATES.length + t;
    let id = memo.ids.get(key);
    if (id === undefined) {
      id = features.get(pairFeature(view, i, template)) ?? -1;
      if (memo.ids.size >= PAIR_ID_LIMIT) memo.ids.clear();
      memo.ids.set(key, id);
    }
    if (id >= 0) out.push(id);
  }
}
