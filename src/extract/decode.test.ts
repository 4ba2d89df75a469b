import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeText } from './decode.ts';

const RUSSIAN = 'Президент заявил в понедельник, что переговоры продолжатся в среду.';
const FRENCH = 'Le café du vieux quartier a rouvert ses portes lundi, a déclaré la mairie.';
const JAPANESE = '首相は月曜日に記者会見を開き、新しい経済対策を発表した。';

test('plain text decodes as UTF-8, a named encoding, or a guessed legacy encoding with a warning', () => {
  // [bytes, encoding option, expected text or error pattern, expected warning pattern]
  const rows: [Buffer, string | undefined, string | RegExp, RegExp | undefined][] = [
    [Buffer.from(FRENCH, 'utf8'), undefined, FRENCH, undefined],
    [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH, 'utf8')]), undefined, FRENCH, undefined],
    [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRENCH, 'utf16le')]), undefined, FRENCH, undefined],
    [iconv.encode(FRENCH, 'windows-1252'), undefined, FRENCH, new RegExp(`not valid UTF-8 \\(first bad byte at offset ${FRENCH.indexOf('é')}\\); read as windows-1252`)],
    [iconv.encode(RUSSIAN, 'windows-1251'), undefined, RUSSIAN, /read as windows-1251/],
    [iconv.encode(RUSSIAN, 'koi8-r'), undefined, RUSSIAN, /read as koi8-r/],
    [iconv.encode(JAPANESE, 'shift_jis'), undefined, JAPANESE, /read as shift_jis/],
    [iconv.encode(RUSSIAN, 'koi8-r'), 'koi8-r', RUSSIAN, undefined],
    [Buffer.from('abc'), 'no-such-charset', /unknown encoding "no-such-charset"/, undefined],
    [Buffer.from(Array.from({ length: 200 }, (_, i) => 0x80 + (i % 64))), undefined, /not recognisable text in another encoding/, undefined],
    [Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 ? 0x41 : 0x80 + (i % 64)))), undefined, /not recognisable text/, undefined],
  ];
  for (const [bytes, encoding, expected, warning] of rows) {
    const decoded = decodeText(bytes, encoding);
    if (expected instanceof RegExp) {
      assert.ok('error' in decoded, `expected an error for ${bytes.subarray(0, 12).toString('hex')}`);
      assert.match(decoded.error, expected);
      continue;
    }
    assert.ok('text' in decoded, JSON.stringify(decoded));
    assert.equal(decoded.text.replace(/^\ufeff/, ''), expected);
    if (warning) assert.match(decoded.warning ?? '', warning);
    else assert.equal(decoded.warning, undefined);
  }
});
