/** Longest search query accepted, in characters; longer input is cut (a query, not a document). */
export const MAX_QUERY_CHARS = 500;

/**
 * Turns what a person typed into a safe FTS5 query: "quoted phrases" stay phrases, other words
 * are ANDed, a trailing * keeps prefix search, and no FTS5 operator syntax gets through.
 */
export function toFtsQuery(input: string): string {
  const text = input.slice(0, MAX_QUERY_CHARS);
  const parts: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[1] !== undefined) {
      const phrase = words(match[1]).join(' ');
      if (phrase) parts.push(`"${phrase}"`);
      continue;
    }
    const token = match[2]!;
    const prefix = token.endsWith('*');
    for (const word of words(token)) parts.push(`"${word}"${prefix ? '*' : ''}`);
  }
  return parts.join(' ');
}

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
