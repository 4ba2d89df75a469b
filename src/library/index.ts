/** The library API that the CLI, the HTTP API and the dashboard share. Nothing in the shells computes. */
import { buildPipeline, type Pipeline } from '../core/pipeline.ts';
import { createStages } from '../core/stages.ts';
import { loadEntityModel } from '../annotate/entities/index.ts';
import { openPostgresStore } from '../store/postgres/index.ts';
import { openSqliteStore } from '../store/sqlite/index.ts';
import type { Store } from '../store/types.ts';

export { ingestInputs, ingestItems, type IngestEvent, type IngestSummary } from './ingest.ts';
export { organiseStore } from './organise.ts';
export { briefStory, findArticle, findStory, listQuotes, loadStory, NotFoundError, type QuoteView } from './queries.ts';

/** Where the database lives when no --db is given: DOSSIER_DB, else ./dossier.db. */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOSSIER_DB && env.DOSSIER_DB.length > 0 ? env.DOSSIER_DB : 'dossier.db';
}

/** Opens the store at a path: a postgres:// or postgresql:// URL opens PostgreSQL, anything else is a SQLite file. */
export function openStore(path: string): Store {
  if (/^postgres(ql)?:\/\//i.test(path)) return openPostgresStore(path);
  return openSqliteStore(path);
}

/** Loads the models and builds the annotation pipeline, checking stage order at set-up. */
export function createPipeline(): Pipeline {
  return buildPipeline(createStages({ entityModel: loadEntityModel() }));
}
