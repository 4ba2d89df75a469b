import iconv from 'iconv-lite';

/** Decodes plain-text bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or a named encoding. Invalid UTF-8 is an error, not a guess. */
export function decodeText(bytes: Uint8Array, encoding?: string): string | { error: string } {
  if (encoding) {
    if (!iconv.encodingExists(encoding)) return { error: `unknown encoding "${encoding}" (try utf-8, windows-1251, koi8-r, iso-8859-1, shift_jis)` };
    return iconv.decode(Buffer.from(bytes), encoding);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { error: `not valid UTF-8 (first bad byte at offset ${offset}); save it as UTF-8 or pass --encoding NAME` };
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
