import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { findPostgresBin, startTestServer, type TestServer } from '../../src/store/postgres/test-server.ts';
import { ROOT, runDossier } from './helpers.ts';

const bin = findPostgresBin();
const seeds = join(ROOT, '..', 'shared', 'corpus', 'seeds');

if (!bin) {
  const reason = 'no PostgreSQL server programs (initdb, pg_ctl); install the Debian package postgresql';
  if (process.env.CI) test('cli on postgres: server programs are installed', () => assert.fail(reason));
  else test('cli on postgres', { skip: reason }, () => undefined);
} else {
  let server: TestServer;
  let url: string;
  before(async () => {
    server = await startTestServer(bin);
    url = await server.createDatabase('cli');
  });
  after(async () => server?.stop());

  test('cli on postgres: --db postgresql://… ingests, groups and briefs like the SQLite store', async () => {
    const ingest = await runDossier(['ingest', seeds, '--db', url, '--json']);
    assert.equal(ingest.code, 0, ingest.stderr);
    const again = await runDossier(['ingest', seeds, '--db', url]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /Stored 0, duplicates 5/);
    const stories = await runDossier(['stories', '--db', url, '--json']);
    assert.equal(stories.code, 0, stories.stderr);
    const listed = JSON.parse(stories.stdout) as Array<{ articleCount?: number; articles?: unknown[] }>;
    assert.ok(listed.length >= 1);
    const entities = await runDossier(['entities', '--db', url]);
    assert.match(entities.stdout, /^PER /m);
    const search = await runDossier(['search', 'peace', '--db', url]);
    assert.equal(search.code, 0, search.stderr);
    assert.notEqual(search.stdout.trim(), '');
  });

  test('cli on postgres: an unreachable server is one clear line, not a stack trace', async () => {
    const result = await runDossier(['stories', '--db', 'postgresql://nobody@127.0.0.1:1/none'], { timeoutMs: 60_000 });
    assert.notEqual(result.code, 0);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0]!, /PostgreSQL/);
  });
}
