import iconv from 'iconv-lite';
import { sniffCharset } from './html/charset.ts';

/**
 * Above this share of bytes ≥ 0x80, text that is not UTF-8 and not a multi-byte or Cyrillic
 * encoding is taken for something other than Latin-script prose (English, French or German text in
 * windows-1252 has a few accented letters and curly quotes per hundred bytes, not dozens).
 */
export const MAX_LEGACY_HIGH_SHARE = 0.3;

/** Above this share of replacement or control characters, a guessed decoding is taken for garbage. */
export const MAX_GARBLED_SHARE = 0.01;

/** Cyrillic single-byte text is mostly letters, which both windows-1251 and KOI8-R put at 0xC0–0xFF. */
export const MIN_CYRILLIC_LETTER_SHARE = 0.8;

/** Decoded plain text, with a warning when the encoding had to be guessed. */
export type DecodedText = { text: string; warning?: string } | { error: string };

/**
 * Decodes plain-text bytes: a named encoding, UTF-16 with BOM, UTF-8 (with or without BOM), else a
 * legacy encoding guessed from the bytes (windows-1252, windows-1251, KOI8-R, Shift_JIS) with a
 * warning naming the guess; bytes that fit none of these are an error.
 */
export function decodeText(bytes: Uint8Array, encoding?: string): DecodedText {
  if (encoding) {
    if (!iconv.encodingExists(encoding)) return { error: `unknown encoding "${encoding}" (try utf-8, windows-1251, koi8-r, iso-8859-1, shift_jis)` };
    return { text: iconv.decode(Buffer.from(bytes), encoding) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const guess = sniffCharset(bytes);
    const { high, letters } = countHigh(bytes);
    const implausible =
      (guess === 'windows-1252' && high > MAX_LEGACY_HIGH_SHARE * bytes.length) ||
      ((guess === 'windows-1251' || guess === 'koi8-r') && letters < MIN_CYRILLIC_LETTER_SHARE * high);
    const text = implausible ? '' : iconv.decode(Buffer.from(bytes), guess);
    if (implausible || garbledShare(text) > MAX_GARBLED_SHARE) {
      return { error: `not valid UTF-8 (first bad byte at offset ${offset}) and not recognisable text in another encoding; save it as UTF-8 or pass --encoding NAME` };
    }
    return {
      text,
      warning: `not valid UTF-8 (first bad byte at offset ${offset}); read as ${guess} (pass --encoding NAME if that is wrong)`,
    };
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >> 5 === 0x6 ? 2 : b >> 4 === 0xe ? 3 : b >> 3 === 0x1e ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (bytes[i + k]! >> 6 !== 0x2) return i;
    i += length;
  }
  return -1;
}

/** Bytes at or above 0x80, and how many of them are at or above 0xC0 (letters in single-byte Cyrillic). */
function countHigh(bytes: Uint8Array): { high: number; letters: number } {
  let high = 0;
  let letters = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) high++;
    if (bytes[i]! >= 0xc0) letters++;
  }
  return { high, letters };
}

/** Share of characters that no readable text has: U+FFFD and control characters other than tab and line breaks. */
function garbledShare(text: string): number {
  const bad = text.match(/[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g)?.length ?? 0;
  return text.length === 0 ? 1 : bad / text.length;
}
