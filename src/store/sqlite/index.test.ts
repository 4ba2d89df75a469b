import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runStoreContract, sampleArticle } from '../contract.ts';
import { openSqliteStore } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-sqlite-'));
let counter = 0;
runStoreContract('sqlite', async () => openSqliteStore(join(dir, `store-${counter++}.db`)));

test('sqlite: a file that is not a database gets a clear error naming it', () => {
  const path = join(dir, 'not-a-db.db');
  writeFileSync(path, 'hello, this is text');
  assert.throws(() => openSqliteStore(path), /cannot open database .*not-a-db\.db: file is not a database/);
});

test('sqlite: reopening keeps data and does not re-run migrations', async () => {
  const path = join(dir, 'reopen.db');
  const first = openSqliteStore(path);
  await first.putArticle(sampleArticle('dddd0001', 'Rain is expected over the weekend in the hills.'), { ingestedAt: '2025-01-01T00:00:00Z' });
  await first.close();
  const second = openSqliteStore(path);
  assert.equal(await second.countArticles(), 1);
  await second.close();
});
