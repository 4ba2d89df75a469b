import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { test } from 'node:test';
import { runDossier, tempDir } from './helpers.ts';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Port Strike Ends | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2024-03-05T08:30:00Z">
<meta name="author" content="Lena Ortiz">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Port Strike Ends After Nine Days</h1>
<p>Dock workers returned to the port on Tuesday after a nine-day strike over pay ended with a new agreement, the union said.</p>
<p>The deal raises wages by 6 percent this year and a further 4 percent next year, according to the port authority.</p>
<h2>What changes</h2>
<p>Night shifts will be shorter, and the port will hire 200 more workers by the summer, officials said.</p>
<div class="newsletter">Sign up for our newsletter to get the latest news every morning.</div>
</article>
<div class="comments"><h3>Comments</h3><p>Great news for the town!</p></div>
<footer>© 2024 Harbour Gazette. All rights reserved.</footer>
</body></html>`;

test('extract --json: one JSON object a line, without a database, failures as lines too', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'page.html.gz'), gzipSync(PAGE));
  writeFileSync(join(dir, 'note.txt'), 'Ferry Timetable Changes\n\nThe ferry will run every 30 minutes from Monday, the operator said in a statement.');
  writeFileSync(join(dir, 'empty.html'), '');
  const result = await runDossier(['extract', join(dir, 'page.html.gz'), join(dir, 'note.txt'), join(dir, 'empty.html'), '--json', '--db', join(dir, 'never-created.db')]);
  assert.equal(result.code, 1);
  const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(lines.length, 3);
  const [page, note, empty] = lines;
  assert.match(page.title, /^Port Strike Ends/);
  assert.ok(!page.title.includes('Harbour Gazette'), 'the outlet is cut from the title');
  assert.equal(page.outlet, 'Harbour Gazette');
  assert.equal(page.publishedAt.slice(0, 10), '2024-03-05');
  assert.deepEqual(page.authors, ['Lena Ortiz']);
  assert.equal(page.language, 'en');
  assert.ok(page.text.includes('nine-day strike over pay'));
  assert.ok(page.text.includes('What changes'));
  for (const gone of ['Sign up for our newsletter', 'Great news for the town', 'All rights reserved', 'Home']) assert.ok(!page.text.includes(gone), gone);
  assert.equal(note.title, 'Ferry Timetable Changes');
  assert.match(empty.error, /empty/);
  assert.ok(['input', 'title', 'text', 'publishedAt', 'modifiedAt', 'authors', 'outlet', 'language', 'messages'].every((key) => key in page));
});
