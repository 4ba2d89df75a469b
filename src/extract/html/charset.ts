import iconv from 'iconv-lite';
import type { Message } from '../../core/types.ts';

/** The decoded page, the charset actually used, and notes about how it was chosen. */
export interface DecodedHtml {
  text: string;
  charset: string;
  messages: Omit<Message, 'stage'>[];
}

/** Bytes scanned for a <meta charset> or XML declaration; pages often declare past the spec's 1024. */
export const CHARSET_PRESCAN_BYTES = 8192;
/** Share of high bytes that must sit in runs of 3+ before a legacy page is read as Cyrillic. */
export const CYRILLIC_RUN_SHARE = 0.6;
/** Share of high bytes that must form valid Shift_JIS pairs before a page is read as Japanese. */
export const SHIFT_JIS_PAIR_SHARE = 0.95;

/** Share of Shift_JIS lead bytes in 0x81-0x9F (kana, common kanji) that tells Japanese from Cyrillic runs. */
export const SHIFT_JIS_LOW_LEAD_SHARE = 0.4;

/** Labels that browsers treat as another encoding (WHATWG Encoding Standard aliases). */
const LABEL_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'latin1': 'windows-1252',
  'latin-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  'ascii': 'windows-1252',
  'utf8': 'utf-8',
  'unicode': 'utf-16le',
  'x-sjis': 'shift_jis',
  'sjis': 'shift_jis',
  'cp1251': 'windows-1251',
  'cp1252': 'windows-1252',
  'x-cp1251': 'windows-1251',
  'gb2312': 'gbk',
};

/** Decodes raw page bytes: BOM, HTTP header charset, in-page declaration, then byte sniffing. */
export function decodeHtml(bytes: Uint8Array, contentType?: string): DecodedHtml {
  const messages: DecodedHtml['messages'] = [];
  // 1. Byte order mark wins over everything (WHATWG "BOM sniff").
  const bom = detectBom(bytes);
  if (bom) return finish(bytes.subarray(bom.length), bom.charset, messages);
  // 2. The HTTP Content-Type header.
  const header = contentType ? charsetFromContentType(contentType) : undefined;
  const fromHeader = header ? resolveLabel(header, 'http-header', messages) : undefined;
  if (fromHeader) return finish(bytes, fromHeader, messages);
  // 3. <meta charset>, http-equiv or XML declaration near the top.
  const declared = findDeclaredCharset(bytes);
  // A page saved as UTF-8 that still declares its old legacy charset is common; trust valid UTF-8 over it.
  const fromMeta = declared ? resolveLabel(declared, 'meta', messages) : undefined;
  if (fromMeta) {
    if (fromMeta !== 'utf-8' && isUtf8(bytes) && hasHighBytes(bytes)) {
      messages.push({ level: 'info', rule: 'charset-meta-overridden', reason: `page declares ${fromMeta} but its bytes are valid UTF-8` });
      return finish(bytes, 'utf-8', messages);
    }
    return finish(bytes, fromMeta, messages);
  }
  // 4. Sniff the bytes.
  return finish(bytes, sniffCharset(bytes), messages);
}

function finish(bytes: Uint8Array, charset: string, messages: DecodedHtml['messages']): DecodedHtml {
  const text = charset === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
  return { text, charset, messages };
}

function detectBom(bytes: Uint8Array): { charset: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return undefined;
}

/** Reads the charset parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string): string | undefined {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match?.[1];
}

function findDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, CHARSET_PRESCAN_BYTES)).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1];
  const xml = /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return xml?.[1];
}

function resolveLabel(label: string, where: string, messages: DecodedHtml['messages']): string | undefined {
  const lower = label.trim().toLowerCase();
  const name = LABEL_ALIASES[lower] ?? lower;
  if (name === 'utf-8') return name;
  // A page cannot really be UTF-16 if an ASCII declaration was readable in it.
  if (name.startsWith('utf-16')) return where === 'meta' ? 'utf-8' : name;
  if (iconv.encodingExists(name)) return name;
  messages.push({ level: 'warning', rule: 'charset-unknown', reason: `unknown charset "${label}" in ${where}; sniffing the bytes instead` });
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    // stream: true tolerates a multi-byte character cut off by the caller's byte cap.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** Guesses a charset from bytes alone: UTF-8, Cyrillic (windows-1251 / koi8-r), Shift_JIS, else windows-1252. */
export function sniffCharset(bytes: Uint8Array): string {
  if (isUtf8(bytes)) return 'utf-8';
  if (looksLikeShiftJis(bytes)) return 'shift_jis';
  let high = 0;
  let inRuns = 0;
  let run = 0;
  let upperHalf = 0; // 0xE0-0xFF: lower-case in windows-1251, upper-case in koi8-r
  let lowerHalf = 0; // 0xC0-0xDF: the reverse
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i]! : 0;
    if (b >= 0x80) {
      high++;
      run++;
      if (b >= 0xe0) upperHalf++;
      else if (b >= 0xc0) lowerHalf++;
    } else {
      if (run >= 3) inRuns += run;
      run = 0;
    }
  }
  // Latin scripts put isolated accented letters between ASCII ones; Cyrillic words are runs of high bytes.
  if (high > 0 && inRuns / high >= CYRILLIC_RUN_SHARE) return upperHalf >= lowerHalf ? 'windows-1251' : 'koi8-r';
  return 'windows-1252';
}

function looksLikeShiftJis(bytes: Uint8Array): boolean {
  let high = 0;
  let paired = 0;
  let leads = 0;
  let lowLeads = 0; // 0x81-0x9F: kana and most kanji; rare in Cyrillic single-byte pages
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (b >= 0xa1 && b <= 0xdf) { high++; paired++; continue; } // half-width katakana, single byte
    high++;
    const next = bytes[i + 1];
    const lead = (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
    if (lead && next !== undefined && next >= 0x40 && next <= 0xfc && next !== 0x7f) {
      paired += 2;
      high++;
      leads++;
      if (b <= 0x9f) lowLeads++;
      i++;
    }
  }
  return high >= 4 && paired / high >= SHIFT_JIS_PAIR_SHARE && lowLeads / Math.max(1, leads) >= SHIFT_JIS_LOW_LEAD_SHARE;
}
