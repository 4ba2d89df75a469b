import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BOILERPLATE_ATTRIBUTES } from './boilerplate-selectors.ts';

// [class and id names, whether some boilerplate rule removes the element]
const names: [names: string, boilerplate: boolean][] = [
  ['cookie-banner', true],
  ['cmp-banner', true],
  ['cmp-text text-6cb7', false], // Adobe AEM core component holding article text
  ['cmp_notification', false], // Open Journal Systems component
  ['paywall', true],
  ['text regwalled', false], // the article text behind a registration wall
  ['article-body paywalled-content', false],
  ['ad-slot', true],
  ['sidebar-ads', true],
  ['TestReport__Section TestReport__Section--Ads', false], // a section that holds an ad, not the ad
  ['o-section o-section--has-ads', false],
  ['widget', true],
  ['widget-area sidebar', true],
  ['elementor-widget-wrap', false], // Elementor's content containers
  ['elementor-element elementor-widget elementor-widget-text-editor', false],
  ['js_readmore', false], // collapsed article text
  ['related-posts', true],
];
for (const [value, expected] of names) {
  test(`boilerplate attribute rules: "${value}"`, () => assert.equal(BOILERPLATE_ATTRIBUTES.some((rule) => rule.pattern.test(value)), expected));
}
