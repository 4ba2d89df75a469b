import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from './src/extract/html/charset.ts';
import { extractHtml } from './src/extract/html/index.ts';
const tests = '/work/shared/data/extraction/trafilatura-eval/tests';
const data = JSON.parse(readFileSync(tests + '/evaldata.json', 'utf8'));
for (const file of process.argv.slice(2)) {
  let bytes: Buffer | undefined;
  for (const p of [`${tests}/cache/${file}.gz`, `${tests}/eval/${file}.gz`, `${tests}/cache/${file}`, `${tests}/eval/${file}`]) if (existsSync(p)) { bytes = readFileSync(p); break; }
  if (!bytes) { console.log('missing', file); continue; }
  if (bytes[0] === 0x1f) bytes = gunzipSync(bytes);
  const url = Object.keys(data).find((u) => data[u].file === file)!;
  const r = extractHtml(decodeHtml(bytes).text, { url, fetchedAt: new Date().toISOString() });
  console.log('=====', file, r.method, r.text.length, JSON.stringify(data[url].with), JSON.stringify(data[url].without));
  console.log(r.text.slice(0, Number(process.env.N ?? 1500)));
}
