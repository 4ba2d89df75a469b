import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, test } from 'node:test';
import { findPostgresBin } from './test-server.ts';

const root = mkdtempSync(join(tmpdir(), 'dossier-pgbin-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Makes `dir` hold the given (empty) program files. */
function programs(dir: string, names: string[]): string {
  mkdirSync(dir, { recursive: true });
  for (const name of names) writeFileSync(join(dir, name), '');
  return dir;
}

test('findPostgresBin prefers PATH, then the newest Debian version, and needs both initdb and pg_ctl', async (t) => {
  const onPath = programs(join(root, 'path-bin'), ['initdb', 'pg_ctl']);
  const halfPath = programs(join(root, 'half-bin'), ['pg_ctl']);
  const debian = join(root, 'debian');
  programs(join(debian, '9', 'bin'), ['initdb', 'pg_ctl']);
  programs(join(debian, '15', 'bin'), ['initdb', 'pg_ctl']);
  programs(join(debian, '16', 'bin'), ['initdb']);
  const rows: [string, string, string, string | undefined][] = [
    ['on PATH', [halfPath, onPath].join(delimiter), debian, onPath],
    ['newest complete Debian version', halfPath, debian, join(debian, '15', 'bin')],
    ['nowhere', '', join(root, 'missing'), undefined],
  ];
  for (const [name, searchPath, debianRoot, expected] of rows) await t.test(name, () => assert.equal(findPostgresBin(searchPath, debianRoot), expected));
});
