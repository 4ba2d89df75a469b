import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { ROOT, runDossier, tempDir } from './helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
// CI installs Chromium from Debian; on a developer machine without it the test says why it skipped.
const skip = !existsSync(CHROMIUM) && process.env.CI !== 'true' ? 'Debian chromium is not installed (apt-get install -y chromium)' : false;

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let base = '';
const shots = process.env.DOSSIER_SCREENSHOTS ?? tempDir('dossier-web-');

before(async () => {
  if (skip) return;
  const db = join(tempDir(), 'web.db');
  const ingest = await runDossier(['ingest', join(ROOT, 'examples'), '--db', db]);
  assert.equal(ingest.code, 0, ingest.stderr);
  server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'serve', '--port', '0', '--json', '--db', db], { cwd: ROOT });
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    server!.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line).url);
      }
    });
    server!.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

test('web: from the story list to a cited briefing in a real browser', { skip, timeout: 120_000 }, async () => {
  const page = await browser!.newPage();
  await page.goto(base);
  const rows = page.locator('table.stories tbody tr');
  assert.ok((await rows.count()) >= 1);
  await page.screenshot({ path: join(shots, 'stories.png') });
  await rows.first().locator('a').click();
  await page.waitForSelector('section.briefing');
  const points = page.locator('ul.key-points li');
  assert.ok((await points.count()) >= 3);
  for (const text of await points.allInnerTexts()) assert.match(text, /\[\d+\]\s*$/);
  const firstCite = page.locator('ul.key-points a.cite').first();
  const target = await firstCite.getAttribute('href');
  assert.ok(target && (await page.locator(target).count()) === 1, 'a citation points at a listed source');
  await page.screenshot({ path: join(shots, 'briefing.png'), fullPage: true });
  await page.close();
});
