import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { findLeadTexts, isLeadElement, type LeadElement } from './lead.ts';

const lead = 'The council agreed on Tuesday to keep the libraries open until ten at night.';
const body = '<p>The decision followed a long debate in which residents spoke for and against the plan for more than three hours.</p>';

// [page, class of the article body, expected lead texts]
const pages: [name: string, html: string, bodyClass: string, expected: string[]][] = [
  ['TYPO3 news teaser beside the body', `<div class="article"><div class="teaser-text"><p>${lead}</p></div><div class="news-text-wrap">${body}</div></div>`, 'news-text-wrap', [lead]],
  ['BEM standfirst in the header', `<article><header><h1>Title</h1><p class="article-header__lead">${lead}</p></header><div class="article-body">${body}</div></article>`, 'article-body', [lead]],
  ['Spanish "bajada"', `<section><div class="texto-bajada"><p>${lead}</p></div><div class="cuerpo">${body}</div></section>`, 'cuerpo', [lead]],
  ['lead after the body is not a lead', `<div><div class="article-body">${body}</div><p class="intro">${lead}</p></div>`, 'article-body', []],
  ['lead already inside the body', `<div><div class="article-body"><p class="lead">${lead}</p>${body}</div></div>`, 'article-body', []],
  ['advertising leaderboard', `<div><div class="leaderboard">Advertisement: the best offers of the season are here for you</div><div class="article-body">${body}</div></div>`, 'article-body', []],
  ['teaser link list', `<div><div class="intro"><a href="/a">Another story about the libraries in town</a></div><div class="article-body">${body}</div></div>`, 'article-body', []],
  ['too short to be a paragraph', `<div><p class="intro">Libraries</p><div class="article-body">${body}</div></div>`, 'article-body', []],
];
for (const [name, html, bodyClass, expected] of pages) {
  test(`findLeadTexts: ${name}`, () => {
    const { document } = parseHTML(`<!DOCTYPE html><html><body><main>${html}</main></body></html>`);
    const element = document.querySelector(`.${bodyClass}`) as unknown as LeadElement;
    assert.deepEqual(findLeadTexts(element), expected);
  });
}

const classes: [names: string, isLead: boolean][] = [
  ['lead', true],
  ['article-lead', true],
  ['c-page-intro__copy', true],
  ['teaser-text', true],
  ['article-deck', true],
  ['leaderboard-ad', false],
  ['teaser', false],
  ['leading-tight', false],
];
for (const [names, expected] of classes) {
  test(`isLeadElement: "${names}"`, () => assert.equal(isLeadElement({ getAttribute: (n: string) => (n === 'class' ? names : null) }), expected));
}
