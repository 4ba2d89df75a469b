import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAllowed, parseRobots } from './robots.ts';

const SITE = `
# a typical news site
User-agent: *
Disallow: /search
Disallow: /*?share=
Allow: /search/help
Disallow: /private$

User-agent: BadBot
User-agent: Dossier
Disallow: /live/
Crawl-delay: 2

User-agent: OtherBot
Disallow: /
`;

test('robots.txt: the group naming Dossier wins over "*", longest rule first, allow on ties', () => {
  // [robots.txt, path, allowed]
  const rows: [string, string, boolean][] = [
    [SITE, '/world/2025/story.html', true],
    [SITE, '/live/updates', false],
    [SITE, '/search?q=x', true], // Dossier's own group does not disallow /search
    ['User-agent: *\nDisallow: /search\nAllow: /search/help', '/search?q=x', false],
    ['User-agent: *\nDisallow: /search\nAllow: /search/help', '/search/help', true],
    ['User-agent: *\nDisallow: /*?share=', '/a/story?share=tw', false],
    ['User-agent: *\nDisallow: /*?share=', '/a/story', true],
    ['User-agent: *\nDisallow: /private$', '/private', false],
    ['User-agent: *\nDisallow: /private$', '/private/page', true],
    ['User-agent: *\nDisallow: /', '/anything', false],
    ['User-agent: *\nDisallow: /', '/robots.txt', true],
    ['User-agent: *\nDisallow:', '/anything', true],
    ['User-agent: *\nAllow: /page\nDisallow: /page', '/page', true],
    ['', '/anything', true],
    ['this is not a robots file\n<html>', '/anything', true],
    ['User-agent: *\nDisallow: /caf%C3%A9', '/caf%C3%A9/menu', false],
    ['User-agent: *\nDisallow: /café', '/caf%C3%A9', false],
    ['User-agent: *\nDisallow: /caf%C3%A9', '/cafe', true],
  ];
  for (const [robots, path, allowed] of rows) assert.equal(isAllowed(parseRobots(robots), path), allowed, `${path} under ${JSON.stringify(robots)}`);
});

test('robots.txt: crawl-delay is read from the chosen group', () => {
  assert.equal(parseRobots(SITE).crawlDelay, 2);
  assert.equal(parseRobots('User-agent: *\nCrawl-delay: 5\nDisallow: /x').crawlDelay, 5);
  assert.equal(parseRobots('User-agent: *\nCrawl-delay: soon').crawlDelay, undefined);
});
