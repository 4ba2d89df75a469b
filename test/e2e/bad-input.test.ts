import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runDossier, tempDir } from './helpers.ts';

const GOOD = 'Harbour Bridge Reopens\n\nThe harbour bridge reopened on Friday after six weeks of repairs, the city council said. Traffic returned to normal by the evening rush hour.';

test('bad input: each bad file gets one line naming it, good files are stored, exit code 1', async () => {
  const dir = tempDir();
  const inputs = join(dir, 'inputs');
  mkdirSync(join(inputs, 'nested'), { recursive: true });
  writeFileSync(join(inputs, 'good.txt'), GOOD);
  writeFileSync(join(inputs, 'nested', 'also-good.md'), `# Rail Strike Ends\n\nTrain drivers ended a three-day strike on Monday after the operator agreed to a new pay offer, the union said.`);
  writeFileSync(join(inputs, 'empty.txt'), '');
  writeFileSync(join(inputs, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(inputs, 'latin1.txt'), Buffer.from('Caf\xe9 owners in the old town said on Monday that trade had fallen sharply this winter.', 'latin1'));
  writeFileSync(join(inputs, 'garbled.txt'), Buffer.from(Array.from({ length: 300 }, (_, i) => 0x80 + ((i * 7) % 64))));
  writeFileSync(join(inputs, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
  const db = join(dir, 'bad.db');
  const result = await runDossier(['ingest', inputs, '--db', db]);
  assert.equal(result.code, 1, result.stderr);
  const lines = result.stderr.trim().split('\n');
  for (const name of ['empty.txt', 'binary.txt', 'latin1.txt', 'garbled.txt', 'huge.txt']) {
    const about = lines.filter((l) => l.includes(name));
    assert.equal(about.length, 1, `one line for ${name}: ${result.stderr}`);
  }
  assert.match(result.stderr, /warning \S*latin1\.txt: not valid UTF-8 .*; read as windows-1252/);
  assert.match(result.stderr, /failed \S*garbled\.txt: not valid UTF-8 .*not recognisable text/);
  assert.match(result.stdout, /Stored 3, duplicates 0, failed 4/);

  const stories = await runDossier(['stories', '--db', db, '--json']);
  const ids = JSON.parse(stories.stdout).flatMap((s: { articleIds: string[] }) => s.articleIds);
  assert.equal(ids.length, 3);
  const cafe = await runDossier(['search', 'café', '--db', db, '--json']);
  assert.equal(JSON.parse(cafe.stdout).length, 1, 'the windows-1252 file is stored as correct text');
});

test('bad input: a later failing run does not damage what is stored', async () => {
  const dir = tempDir();
  const db = join(dir, 'keep.db');
  writeFileSync(join(dir, 'good.txt'), GOOD);
  assert.equal((await runDossier(['ingest', join(dir, 'good.txt'), '--db', db])).code, 0);
  const missing = await runDossier(['ingest', join(dir, 'missing.txt'), '--db', db]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /missing\.txt/);
  const search = await runDossier(['search', 'harbour', '--db', db, '--json']);
  assert.equal(JSON.parse(search.stdout).length, 1);
});

test('bad input: stdin text is ingested, an empty stdin is a clear failure', async () => {
  const dir = tempDir();
  const db = join(dir, 'stdin.db');
  const ok = await runDossier(['ingest', '-', '--db', db, '--json'], { input: GOOD });
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).stored, 1);
  const empty = await runDossier(['ingest', '-', '--db', db]);
  assert.equal(empty.code, 1);
  assert.equal(empty.stderr.trim().split('\n').length, 1);
});

// [arguments, expected exit code, expected message]
const usage: [string[], number, RegExp][] = [
  [['ingest'], 2, /needs at least one PATH/],
  [['frobnicate'], 2, /unknown command "frobnicate"/],
  [['brief', '--format', 'pdf'], 2, /--format expects one of md, html, json, found "pdf"/],
  [['stories', '--colour'], 2, /Unknown option '--colour'/],
  [['search', 'x', '--limit', 'many'], 2, /--limit expects a whole number/],
];
for (const [args, code, message] of usage) {
  test(`usage: dossier ${args.join(' ')}`, async () => {
    const db = join(tempDir(), 'usage.db');
    const result = await runDossier([...args, '--db', db]);
    assert.equal(result.code, code);
    assert.match(result.stderr, message);
    assert.equal(result.stderr.trim().split('\n').length, 1, 'one line');
  });
}

test('a database file that is not a database is a one-line error', async () => {
  const dir = tempDir();
  const db = join(dir, 'notes.db');
  writeFileSync(db, 'just some notes, not SQLite');
  const result = await runDossier(['stories', '--db', db]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /cannot open database .*notes\.db/);
});

test('every command has --help', async () => {
  for (const name of ['ingest', 'stories', 'story', 'brief', 'show', 'search', 'entities', 'quotes', 'extract', 'watch', 'serve']) {
    const result = await runDossier([name, '--help']);
    assert.equal(result.code, 0, name);
    assert.match(result.stdout, new RegExp(`Usage: dossier ${name}`));
  }
});
