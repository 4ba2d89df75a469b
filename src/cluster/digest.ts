/** Turns one article into the compact, JSON-serialisable digest that dedupe and clustering work from. */
import { computeSignature, shingleHashes } from '../dedupe/minhash.ts';
import { fingerprintSentences, type SentenceAnchors } from '../dedupe/rewrite.ts';
import { hashText, normalizeText } from '../dedupe/text.ts';
import { guessLanguage } from './language.ts';
import { pickTermsAndNames, type WeightedTerm } from './terms.ts';

/** Digest format version; bump when a field's meaning changes so stored digests can be recomputed. */
export const DIGEST_VERSION = 4;

/** What the caller knows about an article when digesting it. */
export interface ArticleInput {
  id: string;
  text: string;
  title?: string;
  publishedAt?: string;
  ingestedAt: string;
  outlet?: string;
  language?: string;
  /** Canonical entity ids or names from the entities layer; language-independent keys link translations. */
  entityKeys?: string[];
  /** Normalised numbers from the quantities layer. */
  numbers?: string[];
}

/** Everything dedupe and clustering need about one article; plain JSON so the caller can store it. */
export interface ArticleDigest {
  version: number;
  id: string;
  title?: string;
  publishedAt?: string;
  ingestedAt: string;
  outlet?: string;
  /** Caller's language tag, else a guess from function words (version 3); translations are linked across languages. */
  language?: string;
  /** Hash of the normalised text (exact copies share it). */
  textHash: string;
  /** Word count of the text. */
  words: number;
  /** MinHash signature over word shingles. */
  signature: number[];
  /** Anchor fingerprints of the sentences, in order, for rewrite alignment. */
  sentences: SentenceAnchors[];
  /** Salient terms with raw weights, strongest first; "@" marks entity keys and "#" numbers; title and lead words weigh 2.5× since version 4 (1.5× before). */
  terms: WeightedTerm[];
  /** Name-like terms (capitalised inside sentences, or entity keys) with log-scaled mention counts, most frequent first. */
  names: WeightedTerm[];
}

/** Digests an article: exact hash, MinHash signature, sentence fingerprints and weighted content terms. */
export function digestArticle(input: ArticleInput): ArticleDigest {
  const normalized = normalizeText(input.text);
  const { terms, names } = pickTermsAndNames(input.text, input.title, input.entityKeys, input.numbers);
  const digest: ArticleDigest = {
    version: DIGEST_VERSION,
    id: input.id,
    ingestedAt: input.ingestedAt,
    textHash: hashText(normalized),
    words: normalized === '' ? 0 : normalized.split(' ').length,
    signature: computeSignature(shingleHashes(input.text)),
    sentences: fingerprintSentences(input.text),
    terms,
    names,
  };
  if (input.title !== undefined) digest.title = input.title;
  if (input.publishedAt !== undefined) digest.publishedAt = input.publishedAt;
  if (input.outlet !== undefined) digest.outlet = input.outlet;
  const language = input.language ?? guessLanguage(input.text);
  if (language !== undefined) digest.language = language;
  return digest;
}
