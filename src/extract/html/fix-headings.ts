const HEADING_TAG = /<(\/?)h([1-6])(?=[\s/>])[^>]*>/gi;

/**
 * Rewrites a heading end tag that does not match the open heading (`<h2>…</h3>`) to close that heading, as browsers
 * do (an `</hN>` end tag closes whichever h1–h6 is open). linkedom leaves the heading open, and the rest of the page
 * then sits inside it. Linear in the input; pages without a mismatch come back unchanged.
 */
export function fixHeadingEnds(html: string): { html: string; fixed: number } {
  let open: string | undefined;
  let fixed = 0;
  const out = html.replace(HEADING_TAG, (tag, slash: string, level: string) => {
    if (!slash) { open = level; return tag; }
    const current = open;
    open = undefined;
    if (current === undefined || current === level) return tag;
    fixed++;
    return `</h${current}>`;
  });
  return { html: fixed > 0 ? out : html, fixed };
}
