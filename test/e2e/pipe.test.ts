import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runDossier, tempDir } from './helpers.ts';

test('a reader that closes the pipe early (| head) ends the command quietly', async () => {
  const dir = tempDir();
  const db = join(dir, 'pipe.db');
  const body = Array.from({ length: 400 }, (_, i) => `Council member ${i} said on Monday the harbour bridge would reopen after repairs costing ${i + 2} million euros.`).join(' ');
  writeFileSync(join(dir, 'long.txt'), `Harbour Bridge Repairs\n\n${body}`);
  assert.equal((await runDossier(['ingest', join(dir, 'long.txt'), '--db', db])).code, 0);
  const search = JSON.parse((await runDossier(['search', 'harbour', '--db', db, '--json'])).stdout) as { articleId: string }[];
  const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'show', search[0]!.articleId, '--db', db], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy()); // read one chunk, then hang up like `head`
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
  assert.equal(result.stderr, '');
  assert.equal(result.code, 0);
});
