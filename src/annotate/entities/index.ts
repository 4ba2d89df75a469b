/**
 * The entities stage: tokenises each sentence, tags names with the trained model, and groups the
 * mentions of one article into entities with roles.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineStage, type Stage } from '../../core/stage.ts';
import type { EntityLayer, EntityType, Span } from '../../core/types.ts';
import { chunksOf } from './conll.ts';
import { dropLayoutOnlyMentions } from './headings.ts';
import { deserialiseModel, tagDocument, type EntityModel } from './model.ts';
import { resolveEntities, type Chunk } from './resolve.ts';
import type { TaggedSentence } from './roles.ts';
import { tokenize } from './tokenize.ts';
import { GOVERNMENT_SEATS, HOLIDAYS, MAX_SEAT_WORDS, ROLE_HEADS } from './rules.ts';

export type { EntityModel } from './model.ts';
export { tokenize } from './tokenize.ts';

/** Where the shipped weights live, relative to the project root. */
export const DEFAULT_MODEL_PATH = 'models/ner/conll-perceptron.json.gz';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Loads tagger weights from a file (default: the shipped CoNLL-2003 model). */
export function loadEntityModel(path?: string): EntityModel {
  return deserialiseModel(readFileSync(path ? resolve(path) : join(projectRoot, DEFAULT_MODEL_PATH)));
}

/** Creates the entities stage: tokenise each sentence, tag it, and group mentions into article entities. */
export function createEntitiesStage(model: EntityModel): Stage<'entities'> {
  return defineStage({
    name: 'entities',
    provides: 'entities',
    requires: ['sentences'],
    run(article) {
      const layer = findEntities(model, article.text, article.layers.sentences ?? []);
      return dropLayoutOnlyMentions(article.text, layer, article.layers.paragraphs ?? []);
    },
  });
}

/**
 * True when every word of a tagged phrase is one that news text almost never capitalises mid-sentence
 * ("Territorial Control" in a title-case heading): such phrases are capitalised by layout, not names.
 */
export function isCommonWordPhrase(model: Pick<EntityModel, 'lexicon'>, words: readonly string[]): boolean {
  const lexicon = model.lexicon;
  return lexicon !== undefined && words.every((w) => lexicon.get(w.toLowerCase()) === 'L');
}

/**
 * A title-case role run into a name ("Special Envoy John Kerry" tagged ORG) is re-read as a person
 * after the last role word, when the word after it is a known first name.
 */
function splitTitledPerson(model: EntityModel, words: readonly string[], chunk: Omit<Chunk, 'sentence'>): Omit<Chunk, 'sentence'> {
  if (chunk.type === 'PER') return chunk;
  let lastRole = -1;
  for (let i = chunk.first; i < chunk.end; i++) if (ROLE_HEADS.has(words[i]!.toLowerCase())) lastRole = i;
  if (lastRole < 0 || lastRole + 1 >= chunk.end) return chunk;
  const isFirstName = model.gazetteer.get(words[lastRole + 1]!.toLowerCase())?.includes('first') === true;
  return isFirstName ? { first: lastRole + 1, end: chunk.end, type: 'PER' } : chunk;
}

/** True for a seat of government written as an actor ("Kremlin", "White House"): see GOVERNMENT_SEATS. */
export function isGovernmentSeat(words: readonly string[]): boolean {
  const phrase = words.join(' ').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the /, '');
  return GOVERNMENT_SEATS.has(phrase);
}

/** Capitalised government-seat names the tagger left untagged, longest first, as token ranges. */
function untaggedSeats(words: readonly string[], types: readonly (EntityType | undefined)[]): { first: number; end: number }[] {
  const found: { first: number; end: number }[] = [];
  for (let first = 0; first < words.length; first++) {
    for (let size = MAX_SEAT_WORDS; size >= 1; size--) {
      const end = first + size;
      if (end > words.length) continue;
      const range = words.slice(first, end);
      if (!range.every((w) => /^\p{Lu}/u.test(w)) || types.slice(first, end).some((t) => t !== undefined)) continue;
      if (!isGovernmentSeat(range)) continue;
      found.push({ first, end });
      first = end - 1;
      break;
    }
  }
  return found;
}

/** Typographic quotes and dashes as the ASCII forms Reuters text (CoNLL-2003) uses; spans are unaffected. */
function asConllWord(word: string): string {
  return word.replace(/[’‘]/g, "'").replace(/[“”«»]/g, '"').replace(/[—–]/g, '--');
}

/** Tags the given sentence spans of a text and returns its entity layer (the stage's work, callable directly). */
export function findEntities(model: EntityModel, text: string, sentenceSpans: readonly Span[]): EntityLayer {
  const tokenised = sentenceSpans.map((span) => tokenize(text, span));
  const words = tokenised.map((tokens) => tokens.map((t) => asConllWord(text.slice(t.start, t.end))));
  const tags = tagDocument(model, words);
  const sentences: TaggedSentence[] = [];
  const chunks: Chunk[] = [];
  tokenised.forEach((tokens, s) => {
    const types: (EntityType | undefined)[] = tokens.map(() => undefined);
    for (const tagged of chunksOf(tags[s]!)) {
      if (isCommonWordPhrase(model, words[s]!.slice(tagged.start, tagged.end))) continue;
      const chunk = splitTitledPerson(model, words[s]!, { first: tagged.start, end: tagged.end, type: tagged.type as EntityType });
      if (isGovernmentSeat(words[s]!.slice(chunk.first, chunk.end))) chunk.type = 'ORG';
      else if (HOLIDAYS.has(words[s]![chunk.end - 1]!.toLowerCase())) chunk.type = 'MISC';
      for (let i = chunk.first; i < chunk.end; i++) types[i] = chunk.type;
      chunks.push({ sentence: s, ...chunk });
    }
    for (const seat of untaggedSeats(words[s]!, types)) {
      for (let i = seat.first; i < seat.end; i++) types[i] = 'ORG';
      chunks.push({ sentence: s, ...seat, type: 'ORG' });
    }
    sentences.push({ tokens, types });
  });
  return resolveEntities(text, sentences, chunks);
}
