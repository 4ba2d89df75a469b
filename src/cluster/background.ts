/** Background document frequencies from unlabelled news (models/cluster), blended into the index's own term counts so idf is sensible from the first article on. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { inverseFrequency } from './similarity.ts';

/** How many background documents use each term (terms spelled as in digests). */
export interface BackgroundFrequency {
  documents: number;
  frequency: Map<string, number>;
}

/** The shipped table, built by `npm run build:cluster-idf` (see models/cluster/README.md). */
export const BACKGROUND_FILE = new URL('../../models/cluster/background-frequency.json.gz', import.meta.url);

/** Weight of one background document against one indexed article: the background is a prior the stream's own counts take over from as it grows. */
export const BACKGROUND_WEIGHT = 1;

/** Reads a background table written by scripts/build-cluster-idf.ts. */
export function loadBackgroundFrequency(file: URL | string = BACKGROUND_FILE): BackgroundFrequency {
  let table: { documents: number; frequency: Record<string, number> };
  try {
    table = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
  } catch (error) {
    throw new Error(`loadBackgroundFrequency: expected a gzip'd JSON table at ${String(file)} (npm run build:cluster-idf)`, { cause: error });
  }
  return { documents: table.documents, frequency: new Map(Object.entries(table.frequency)) };
}

/** The background's documents as counted against indexed articles (0 without a background). */
export function backgroundDocuments(background: BackgroundFrequency | undefined): number {
  return background === undefined ? 0 : background.documents * BACKGROUND_WEIGHT;
}

/** The background's documents using `term`, as counted against indexed articles (a Map lookup by spelling: do it once per term). */
export function backgroundCount(background: BackgroundFrequency | undefined, term: string): number {
  return (background?.frequency.get(term) ?? 0) * BACKGROUND_WEIGHT;
}

/** Idf from the index's counts (`frequency` of `total` articles) with the background's counted in. */
export function blendedIdf(total: number, frequency: number, documents: number, count: number): number {
  return inverseFrequency(total + documents, frequency + count);
}

/** Idf of a term seen in `frequency` of `total` indexed articles, with the background's documents counted in too. */
export function blendedInverseFrequency(total: number, frequency: number, term: string, background: BackgroundFrequency | undefined): number {
  return blendedIdf(total, frequency, backgroundDocuments(background), backgroundCount(background, term));
}
