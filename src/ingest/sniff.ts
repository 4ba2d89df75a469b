/** Guesses what bytes are (binary, HTML, a feed, plain text) from their first few kilobytes. */
import { MAGIC_NUMBERS } from './magic-numbers.ts';
import { BINARY_NUL_SHARE, BINARY_NUL_WINDOW, SNIFF_BYTES } from './limits.ts';

/** Feed dialects recognised by content. */
export type FeedKind = 'rss' | 'atom' | 'rdf' | 'json';

/** Says what binary content looks like ("a PDF document"), or undefined when it may be text. */
export function describeBinary(bytes: Uint8Array): string | undefined {
  for (const magic of MAGIC_NUMBERS) {
    const expected = typeof magic.bytes === 'string' ? [...magic.bytes].map((c) => c.charCodeAt(0)) : magic.bytes;
    if (expected.every((byte, i) => bytes[magic.offset + i] === byte)) return magic.looksLike;
  }
  // UTF-16 text legitimately contains NUL bytes; its byte-order mark tells it apart.
  if (hasUtf16Bom(bytes)) return undefined;
  const nul = bytes.indexOf(0);
  if (nul < 0) return undefined;
  if (nul < BINARY_NUL_WINDOW) return `binary data (a NUL byte at offset ${nul})`;
  let count = 0;
  for (let i = nul; i < bytes.length; i++) if (bytes[i] === 0) count += 1;
  return count > bytes.length * BINARY_NUL_SHARE ? `binary data (${count} NUL bytes)` : undefined;
}

/** True when the content starts like an HTML document or fragment rather than plain text. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = startOf(bytes);
  if (/^(<\?xml[^>]*>\s*)?<!doctype\s+html/i.test(head) || /^<(html|head|body)[\s>]/i.test(head)) return true;
  const tags = head.match(/<\/?(html|head|body|article|main|section|div|p|span|a|meta|title|script|style|h[1-6]|br|ul|li|table)[\s>/]/gi);
  return head.startsWith('<') ? tags !== null : (tags?.length ?? 0) >= 3;
}

/** The feed dialect the content is written in, or undefined when it is not a feed. */
export function detectFeed(bytes: Uint8Array): FeedKind | undefined {
  const head = startOf(bytes);
  if (head.startsWith('{')) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head) ? 'json' : undefined;
  const root = head
    .replace(/^<\?xml[^>]*\?>/, '')
    .replace(/^(\s*(<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>))*\s*/i, '')
    .match(/^<([\w:.-]+)/)?.[1];
  if (root === 'rss') return 'rss';
  if (root === 'feed' || root?.endsWith(':feed')) return /http:\/\/www\.w3\.org\/2005\/Atom/.test(head) ? 'atom' : undefined;
  if (root === 'rdf:RDF' && /<(rss:)?channel[\s>]/.test(head)) return 'rdf';
  return undefined;
}

/** Names data that is neither prose nor HTML nor a feed: "XML" (a root other than HTML) or "JSON" (parses whole). */
export function describeData(bytes: Uint8Array): 'XML' | 'JSON' | undefined {
  const head = startOf(bytes);
  if (head.startsWith('<')) return looksLikeHtml(bytes) ? undefined : 'XML';
  if (!head.startsWith('{') && !head.startsWith('[')) return undefined;
  try {
    JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, ''));
    return 'JSON';
  } catch {
    return undefined; // prose that happens to start with a bracket, e.g. "[Updated] ..."
  }
}

/** True when the bytes start with a UTF-16 byte-order mark. */
function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** The first SNIFF_BYTES as Latin-1 text, without a byte-order mark or leading white space. */
function startOf(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).toString('latin1');
  return head.replace(/^(\xef\xbb\xbf)?\s*/, '');
}
