/** A run of text between block boundaries, before whitespace normalisation into the frozen text. */
export interface TextBlock {
  text: string;
  kind: 'heading' | 'body';
  /** Characters of the block that sit inside links. */
  linkChars: number;
  /** Lower-case tag name of the nearest block element holding the text. */
  tag: string;
}

/** Elements that end one block and start another. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'menu',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'textarea', 'head', 'title', 'math', 'object']);
const HEADING = /^h[1-6]$/;

/** Minimal DOM node shape shared by linkedom and jsdom. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
  nodeValue: string | null;
}

/** Splits the text under `root` into blocks at block-element boundaries; iterative, so deep trees cannot overflow. */
export function collectBlocks(root: DomNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = '';
  let linkChars = 0;
  let headingDepth = 0;
  let linkDepth = 0;
  let bufferIsHeading = false;
  const tags: string[] = [];
  const flush = () => {
    if (/\S/.test(buffer)) blocks.push({ text: buffer, kind: bufferIsHeading ? 'heading' : 'body', linkChars, tag: tags[tags.length - 1] ?? 'body' });
    buffer = '';
    linkChars = 0;
    bufferIsHeading = headingDepth > 0;
  };
  const enter = (name: string) => {
    if (BLOCK_TAGS.has(name)) flush();
    if (HEADING.test(name)) { headingDepth++; bufferIsHeading = true; }
    if (name === 'a') linkDepth++;
    if (BLOCK_TAGS.has(name) && name !== 'br' && name !== 'hr') tags.push(name);
  };
  const leave = (name: string) => {
    if (BLOCK_TAGS.has(name)) flush();
    if (HEADING.test(name)) { headingDepth--; bufferIsHeading = headingDepth > 0; }
    if (name === 'a') linkDepth--;
    if (BLOCK_TAGS.has(name) && name !== 'br' && name !== 'hr') tags.pop();
  };

  let node: DomNode | null = root.firstChild;
  if (root.nodeType === 1) enter(root.nodeName.toLowerCase());
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      buffer += value;
      if (linkDepth > 0) linkChars += value.replace(/\s+/g, '').length;
    } else if (node.nodeType === 1) {
      const name = node.nodeName.toLowerCase();
      if (!SKIPPED_TAGS.has(name)) {
        enter(name);
        if (node.firstChild) descend = true;
        else leave(name);
      }
    }
    if (descend) { node = node.firstChild; continue; }
    // Climb until a sibling exists, leaving each finished element on the way.
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) { node = null; break; }
      leave(node.nodeName.toLowerCase());
    }
    if (node) node = node.nextSibling;
  }
  if (root.nodeType === 1) leave(root.nodeName.toLowerCase());
  flush();
  return blocks;
}

/** Collapses whitespace and applies Unicode NFC, the normalisation the frozen text gets. */
export function normalizeText(text: string): string {
  // Soft hyphens and zero-width characters are invisible hints for line breaking, not text.
  return text.replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}
