/** The library API that the CLI, the HTTP API and the dashboard share. Nothing in the shells computes. */
import { buildPipeline, type Pipeline } from '../core/pipeline.ts';
import { createStages } from '../core/stages.ts';
import { loadEntityModel } from '../annotate/entities/index.ts';
import { openSqliteStore } from '../store/sqlite/index.ts';
import type { Store } from '../store/types.ts';

export { ingestInputs, ingestItems, type IngestEvent, type IngestSummary } from './ingest.ts';
export { organiseStore } from './organise.ts';
export { briefStory, findArticle, findStory, listQuotes, loadStory, NotFoundError, type QuoteView } from './queries.ts';

/** Where the database lives when no --db is given: DOSSIER_DB, else ./dossier.db. */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOSSIER_DB && env.DOSSIER_DB.length > 0 ? env.DOSSIER_DB : 'dossier.db';
}

/** Opens the store at a path (SQLite file; postgres:// URLs once that adapter lands). */
export function openStore(path: string): Store {
  if (/^postgres(ql)?:\/\//.test(path)) throw new Error(`PostgreSQL is not supported yet: ${path.replace(/:[^:@/]*@/, ':***@')}`);
  return openSqliteStore(path);
}

/** Loads the models and builds the annotation pipeline, checking stage order at set-up. */
export function createPipeline(): Pipeline {
  return buildPipeline(createStages({ entityModel: loadEntityModel() }));
}
