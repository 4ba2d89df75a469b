import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeHtml } from './charset.ts';

const russian = 'Министр заявил журналистам, что переговоры продолжатся в пятницу утром.';
const japanese = '首相は記者団に対し、交渉は金曜日の朝に再開されると述べた。';
const french = 'Le ministre a déclaré que les négociations reprendront à Genève vendredi.';

function page(body: string, head = ''): string {
  return `<html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;
}

const cases: [name: string, bytes: Uint8Array, contentType: string | undefined, charset: string, sample: string][] = [
  ['plain utf-8, no declaration', iconv.encode(page(russian), 'utf-8'), undefined, 'utf-8', russian],
  ['utf-8 BOM beats a wrong header', new Uint8Array([0xef, 0xbb, 0xbf, ...iconv.encode(page(french), 'utf-8')]), 'text/html; charset=iso-8859-1', 'utf-8', french],
  ['HTTP header charset', iconv.encode(page(russian), 'koi8-r'), 'text/html; charset=KOI8-R', 'koi8-r', russian],
  ['meta charset', iconv.encode(page(russian, '<meta charset="windows-1251">'), 'windows-1251'), undefined, 'windows-1251', russian],
  ['http-equiv meta', iconv.encode(page(japanese, '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'), 'shift_jis'), undefined, 'shift_jis', japanese],
  ['iso-8859-1 label read as windows-1252', iconv.encode(page(french, '<meta charset="iso-8859-1">'), 'latin1'), undefined, 'windows-1252', french],
  ['sniffed windows-1251', iconv.encode(page(russian), 'windows-1251'), undefined, 'windows-1251', russian],
  ['sniffed koi8-r', iconv.encode(page(russian), 'koi8-r'), undefined, 'koi8-r', russian],
  ['sniffed shift_jis', iconv.encode(page(japanese), 'shift_jis'), undefined, 'shift_jis', japanese],
  ['sniffed windows-1252', iconv.encode(page(french), 'windows-1252'), undefined, 'windows-1252', french],
  ['utf-8 page with a stale legacy declaration', iconv.encode(page(russian, '<meta charset="windows-1251">'), 'utf-8'), undefined, 'utf-8', russian],
  ['utf-8 cut inside a character by a byte cap', iconv.encode(page(russian), 'utf-8').subarray(0, 60), undefined, 'utf-8', 'Министр'],
];

for (const [name, bytes, contentType, charset, sample] of cases) {
  test(`decodeHtml: ${name}`, () => {
    const decoded = decodeHtml(bytes, contentType);
    assert.equal(decoded.charset, charset);
    assert.ok(decoded.text.includes(sample), decoded.text.slice(0, 200));
  });
}

test('decodeHtml: unknown charset name falls back to sniffing with a message', () => {
  const decoded = decodeHtml(iconv.encode(page(russian, '<meta charset="x-made-up">'), 'windows-1251'));
  assert.equal(decoded.charset, 'windows-1251');
  assert.ok(decoded.text.includes(russian));
  assert.equal(decoded.messages[0]?.rule, 'charset-unknown');
});
