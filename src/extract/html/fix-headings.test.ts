import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixHeadingEnds } from './fix-headings.ts';

const cases: [name: string, html: string, expected: string][] = [
  ['mismatched end tag closes the open heading', '<h2 class="lead">Lead</h3><p>Body</p>', '<h2 class="lead">Lead</h2><p>Body</p>'],
  ['matching tags stay', '<h1>Title</h1><h2>Part</h2>', '<h1>Title</h1><h2>Part</h2>'],
  ['stray end tag without an open heading stays', '<p>Text</p></h3>', '<p>Text</p></h3>'],
  ['upper case and attributes', '<H3 id="x">Lead</H4>', '<H3 id="x">Lead</h3>'],
  ['header and hr are not headings', '<header><hr></header>', '<header><hr></header>'],
];
for (const [name, html, expected] of cases) test(`fixHeadingEnds: ${name}`, () => assert.equal(fixHeadingEnds(html).html, expected));
