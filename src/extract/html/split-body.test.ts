import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { findBodyParts, type PartElement } from './split-body.ts';

const prose = (topic: string) => `<p>The ${topic} section explains in plain words what the council decided and why the residents of the old town asked for it.</p>`;

// [page, expected first words of each part found, in page order]
const pages: [name: string, html: string, expected: string[]][] = [
  ['article split into sibling sections', `<article><section class="article-body">${prose('first')}${prose('first')}</section><figure>photo</figure><section class="article-body">${prose('second')}</section></article>`, ['The first', 'The second']],
  ['blog listing: each post has its own title', `<main><div class="post"><h2>Post one</h2><div class="entry-content">${prose('first')}${prose('first')}</div></div><div class="post"><h2>Post two</h2><div class="entry-content">${prose('second')}</div></div></main>`, ['The first']],
  ['sibling with another class is not a part', `<div><div class="article-body">${prose('first')}${prose('first')}</div><div class="article-body teaser">${prose('second')}</div></div>`, ['The first']],
  ['link-heavy sibling is a teaser card', `<div><div class="article-body">${prose('first')}${prose('first')}</div><div class="article-body"><a href="/x">${prose('second')}</a></div></div>`, ['The first']],
  ['too short to be a part', `<div><div class="article-body">${prose('first')}${prose('first')}</div><div class="article-body"><p>Share</p></div></div>`, ['The first']],
];
for (const [name, html, expected] of pages) {
  test(`findBodyParts: ${name}`, () => {
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
    const all = Array.from(document.querySelectorAll('.article-body, .entry-content')) as unknown as PartElement[];
    const body = all.reduce((a, b) => ((b.textContent ?? '').length > (a.textContent ?? '').length ? b : a));
    const parts = findBodyParts(document as never, body);
    assert.deepEqual(parts.map((p) => (p.textContent ?? '').trim().split(' ').slice(0, 2).join(' ')), expected);
  });
}
