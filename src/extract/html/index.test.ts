import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanOf, textOf } from '../../core/span.ts';
import { cleanTitle, extractHtml } from './index.ts';

const fetchedAt = '2024-06-01T12:00:00Z';
const prose = (topic: string) =>
  `<p>The council voted on Tuesday to expand the ${topic} programme after a long debate that lasted well into the evening and drew a large crowd of residents.</p>` +
  `<p>Officials said the ${topic} budget would grow by a third next year, and that the first results would be published in the autumn for everyone to read.</p>`;

const newsPage = `<!DOCTYPE html><html lang="en"><head><title>Council expands library hours | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example"></head><body>
<header><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<article><h1>Council expands library hours</h1>
<figure><img src="a.jpg"><figcaption>The central library. Photo: Jane Doe/Agency</figcaption></figure>
${prose('library')}
<h2>What changes next</h2>
<ul><li>Longer opening hours on weekdays, from eight in the morning.</li><li>Sunday opening in the city centre branch.</li></ul>
<blockquote><p>"This is a good day for readers," the mayor said.</p></blockquote>
${prose('reading')}
<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
<div class="newsletter-signup"><p>Sign up for our daily newsletter</p></div>
<aside class="related-articles"><h3>Related stories</h3><ul><li><a href="/x">Mayor opens new park</a></li><li><a href="/y">Bus fares rise again</a></li></ul></aside>
</article>
<section id="comments"><h3>Comments</h3><p>Great news, finally! Posted by reader42</p></section>
<footer>© 2024 The Daily Example. All rights reserved.</footer></body></html>`;

const cases: [name: string, html: string, mustContain: string[], mustNotContain: string[]][] = [
  ['news article with boilerplate around it', newsPage,
    ['Council expands library hours', 'The council voted on Tuesday', 'What changes next', 'Sunday opening in the city centre branch.', 'This is a good day for readers', 'first results would be published'],
    ['We use cookies', 'Photo: Jane Doe', 'Share on Facebook', 'newsletter', 'Mayor opens new park', 'Great news, finally', 'All rights reserved', 'Home']],
  ['multi-section article without an article element',
    `<html><body><div class="menu"><a href="/">Start</a></div><div class="main"><h2>Part one</h2>${prose('housing')}<h2>Part two</h2>${prose('transport')}</div><div class="sidebar"><a href="/a">Most read story of the week</a></div></body></html>`,
    ['Part one', 'housing programme', 'Part two', 'transport budget'], ['Most read story of the week', 'Start']],
  ['page without <html> or <body>', `<h1>Short note</h1>${prose('water')}`, ['water programme', 'water budget'], []],
  ['truncated page', `<html><body><article>${prose('energy')}<p>The last paragraph was cut off in the mid`, ['energy programme', 'The last paragraph was cut off'], []],
  ['related-articles tail after the article',
    `<html><body><article>${prose('school')}${prose('sports')}<h3>You might also like</h3><p><a href="/z">Ten facts about schools that will surprise you</a></p></article></body></html>`,
    ['sports budget'], ['You might also like', 'Ten facts about schools']],
  ['author box and affiliate disclosure',
    `<html><body><article><p>*Werbung. This post contains affiliate links to products we like.</p>${prose('garden')}<div class="author-info"><p>Anna Berg writes about cities and has covered local politics for twenty years.</p></div></article></body></html>`,
    ['garden programme', 'garden budget'], ['affiliate links', 'Anna Berg writes']],
  ['text only in JSON-LD articleBody when the DOM is thin',
    `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: 'The river rose by two metres overnight and flooded the lower town, where hundreds of homes had to be evacuated before dawn.\nRescue teams worked through the morning to bring residents to safety, and the mayor thanked the volunteers who helped carry the elderly out of the water.' })}</script></head><body><div id="app">Loading…</div></body></html>`,
    ['The river rose by two metres', 'Rescue teams worked through the morning'], []],
  ['text only in <noscript> when the DOM is thin',
    `<html><body><div id="root"></div><noscript>${prose('bridge')}</noscript></body></html>`,
    ['bridge programme', 'bridge budget'], []],
  ['long legal notice removed at any length',
    `<html><body><article>${prose('port')}<p>This article is the copyrighted property of Example News. Written permission must be obtained before reprint in online or print media, and any breach will be pursued in the courts of the land without exception.</p></article></body></html>`,
    ['port budget'], ['copyrighted property']],
];

for (const [name, html, mustContain, mustNotContain] of cases) {
  test(`extractHtml: ${name}`, () => {
    const { text } = extractHtml(html, { fetchedAt });
    for (const snippet of mustContain) assert.ok(text.includes(snippet), `missing "${snippet}" in:\n${text}`);
    for (const snippet of mustNotContain) assert.ok(!text.includes(snippet), `leaked "${snippet}" in:\n${text}`);
  });
}

test('extractHtml: paragraphs are spans of the text, title first, headings kept', () => {
  const result = extractHtml(newsPage, { fetchedAt, url: 'https://example.com/2024/05/17/library' });
  const { text, paragraphs } = result;
  assert.deepEqual(paragraphs[0], { ...spanOf(text, 'Council expands library hours'), kind: 'title' });
  const heading = paragraphs.find((p) => textOf(text, p) === 'What changes next');
  assert.equal(heading?.kind, 'heading');
  assert.equal(text, paragraphs.map((p) => textOf(text, p)).join('\n\n'));
  // The article's own <h1> is not repeated after the title.
  assert.equal(text.indexOf('Council expands library hours', 1), -1);
  assert.equal(result.outlet, 'The Daily Example');
  assert.equal(result.meta.publishedAt, '2024-05-17');
});

test('extractHtml: whitespace collapsed, NFC applied, soft hyphens removed', () => {
  const html = `<html><body><article><p>Cafe\u0301   au\n\tlait and in\u00adformation for every\u00a0one who reads this paragraph about a long and winding road that never seems to end at all.</p>${prose('coffee')}</article></body></html>`;
  const { text } = extractHtml(html, { fetchedAt });
  assert.ok(text.includes('Café au lait and information for every one'), text);
});

test('extractHtml: 10,000-deep nesting does not overflow the stack', () => {
  const html = `<html><body>${'<div>'.repeat(10_000)}${prose('deep')}${'</div>'.repeat(10_000)}</body></html>`;
  const result = extractHtml(html, { fetchedAt });
  assert.ok(result.text.includes('deep programme'));
  assert.ok(result.messages.some((m) => m.rule === 'html-too-deep'));
});

test('extractHtml: empty input gives empty text, not an exception', () => {
  assert.equal(extractHtml('', { fetchedAt }).text, '');
});

const titles: [title: string, outlet: string | undefined, expected: string][] = [
  ['Council expands library hours | The Daily Example', 'The Daily Example', 'Council expands library hours'],
  ['The Daily Example - Council expands library hours', 'The Daily Example', 'Council expands library hours'],
  ['Council expands library hours | Local', undefined, 'Council expands library hours'],
  ['Talks resume: what we know', undefined, 'Talks resume: what we know'],
];
for (const [title, outlet, expected] of titles) {
  test(`cleanTitle: ${title}`, () => assert.equal(cleanTitle(title, outlet), expected));
}
