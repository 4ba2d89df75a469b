import type pg from 'pg';
import { POSTGRES_MIGRATIONS, type PostgresMigration } from './migrations.ts';

/** Advisory lock held while migrating, so workers starting together apply each step once ("doss" + 1). */
export const MIGRATION_LOCK_KEY = 0x646f7373_01;
/** Advisory lock held while replacing stories or entities, so two workers' rewrites queue instead of deadlocking. */
export const REPLACE_LOCK_KEY = 0x646f7373_02;

/** Where a PostgreSQL URL points, for messages: host:port/database, never the password. */
export function describeServer(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') throw new Error(`expected postgres:// or postgresql://, found ${parsed.protocol}//`);
  const host = parsed.searchParams.get('host') ?? (decodeURIComponent(parsed.hostname) || 'localhost');
  const port = parsed.port || parsed.searchParams.get('port') || '5432';
  const database = decodeURIComponent(parsed.pathname.slice(1)) || parsed.searchParams.get('dbname') || decodeURIComponent(parsed.username) || 'postgres';
  return `${host}:${port}/${database}`;
}

/** A driver error as one line, with the URL's password (if any) blanked out. */
export function describeProblem(error: unknown, url: string): string {
  let message = error instanceof Error ? error.message : String(error);
  // Node reports a refused connection to several addresses as an AggregateError with no message.
  if (!message && error instanceof AggregateError) message = error.errors.map((e) => (e instanceof Error ? e.message : String(e))).join('; ');
  if (!message && error instanceof Error && 'code' in error) message = String(error.code);
  const password = passwordOf(url);
  if (password) message = message.split(password).join('***');
  return message.replace(/:[^:@/\s]*@/g, ':***@').replace(/\s+/g, ' ').trim() || 'unknown error';
}

function passwordOf(url: string): string {
  try {
    const parsed = new URL(url);
    return decodeURIComponent(parsed.password) || parsed.searchParams.get('password') || '';
  } catch {
    return '';
  }
}

/**
 * Applies the missing migrations in one transaction under a transaction-level advisory lock: a
 * second worker waits, then finds them applied. Throws when the database is newer than this code.
 */
export async function migrate(pool: pg.Pool, migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const newest = Math.max(0, ...applied);
    const known = Math.max(...migrations.map((m) => m.version));
    if (newest > known) throw new Error(`schema version ${newest} is newer than this Dossier knows (${known}); upgrade Dossier`);
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [migration.version, migration.name, new Date().toISOString()]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Runs `work` in one transaction on one pooled connection, rolling back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
