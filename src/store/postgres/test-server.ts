import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

/** Port in the socket file's name; the server listens on no TCP port, so this never clashes. */
export const TEST_SERVER_PORT = 5432;
/** Where Debian and Ubuntu put each PostgreSQL version's server programs. */
export const DEBIAN_POSTGRES_ROOT = '/usr/lib/postgresql';

/** A throwaway PostgreSQL server reachable only through a Unix socket in its own temp directory. */
export interface TestServer {
  /** The temp directory holding the data directory, the socket and the log. */
  dir: string;
  /** A connection URL for one database on this server (user postgres, no password). */
  urlFor(database: string): string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server at once and removes its directory. */
  stop(): Promise<void>;
}

/** The folder holding initdb and pg_ctl: on PATH first, else the newest under /usr/lib/postgresql/<version>/bin. */
export function findPostgresBin(searchPath = process.env.PATH ?? '', root = DEBIAN_POSTGRES_ROOT): string | undefined {
  const candidates = searchPath.split(delimiter).filter(Boolean);
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(root, v, 'bin')));
  }
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}

/**
 * Starts a fresh server in a temp directory (initdb with trust auth, then pg_ctl start). initdb
 * refuses to run as root, so under root the commands run as the `postgres` system user.
 */
export async function startTestServer(bin: string): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(runOrThrow('id', ['-u', 'postgres']));
    const gid = Number(runOrThrow('id', ['-g', 'postgres']));
    chownSync(dir, uid, gid);
  }
  const server = (program: string, args: string[]) => (asRoot ? runOrThrow('runuser', ['-u', 'postgres', '--', join(bin, program), ...args]) : runOrThrow(join(bin, program), args));
  try {
    server('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '--no-sync']);
    // No TCP, durability off: a private, fast server that dies with the test run.
    const options = `-p ${TEST_SERVER_PORT} -k ${dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    server('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const urlFor = (database: string) => `postgresql://postgres@${encodeURIComponent(dir)}:${TEST_SERVER_PORT}/${database}`;
  return {
    dir,
    urlFor,
    async createDatabase(name: string) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`test database name must be a plain identifier, got ${JSON.stringify(name)}`);
      const client = new pg.Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return urlFor(name);
    },
    async stop() {
      try {
        server('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function runOrThrow(program: string, args: string[]): string {
  const result = spawnSync(program, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${program} could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} failed (exit ${result.status}): ${(result.stderr || result.stdout).trim()}`);
  return result.stdout.trim();
}
