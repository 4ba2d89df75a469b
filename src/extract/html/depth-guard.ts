/** Deepest element nesting kept; deeper tags are dropped (their text stays). Real pages stay under ~60. */
export const MAX_NESTING_DEPTH = 200;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
// Browsers close these implicitly, so counting them would overstate depth on sloppy pages.
const SELF_CLOSING_IN_PRACTICE = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/** Drops tags nested deeper than MAX_NESTING_DEPTH so that later tree walks cannot overflow; linear in the input. */
export function limitNesting(html: string, maxDepth = MAX_NESTING_DEPTH): { html: string; dropped: number } {
  if (measureDepth(html) <= maxDepth) return { html, dropped: 0 };
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  let dropped = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (VOID_ELEMENTS.has(name) || SELF_CLOSING_IN_PRACTICE.has(name) || match[3] === '/') continue;
    const closing = match[1] === '/';
    const tooDeep = closing ? depth > maxDepth : depth + 1 > maxDepth;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (!tooDeep) continue;
    parts.push(html.slice(last, match.index));
    last = match.index! + match[0].length;
    dropped++;
  }
  parts.push(html.slice(last));
  return { html: parts.join(''), dropped };
}

function measureDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (VOID_ELEMENTS.has(name) || SELF_CLOSING_IN_PRACTICE.has(name) || match[3] === '/') continue;
    depth = match[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}
