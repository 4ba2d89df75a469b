/** Reads text out of fast-xml-parser nodes parsed with entity processing off, decoding only safe references. */

/** The five predefined XML entities; nothing else is expanded, so no entity can grow the text. */
const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes predefined and numeric character references; unknown entities are left as written. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return XML_ENTITIES[name] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The text of a node: its character data decoded plus its CDATA sections as written. */
export function nodeText(node: unknown): string | undefined {
  if (Array.isArray(node)) return nodeText(node[0]);
  if (typeof node === 'string') return decodeXmlText(node).trim() || undefined;
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    const textPart = record['#text'] !== undefined ? decodeXmlText(String(record['#text'])) : '';
    const text = textPart + asArray(record['#cdata']).map(String).join('');
    return text.trim() || undefined;
  }
  return undefined;
}

/** An attribute of a node, decoded. */
export function nodeAttribute(node: unknown, name: string): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const value = (node as Record<string, unknown>)[`@_${name}`];
  return typeof value === 'string' ? decodeXmlText(value).trim() || undefined : undefined;
}

/** A child list as an array, whether the parser gave one node, several or none. */
export function asArray(node: unknown): unknown[] {
  return node === undefined || node === null ? [] : Array.isArray(node) ? node : [node];
}

/** A child node of an element by name. */
export function child(node: unknown, name: string): unknown {
  return node && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined;
}
