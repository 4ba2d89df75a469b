import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed, type ParsedFeed } from './parse-feed.ts';
import type { FeedKind } from './sniff.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>The Daily &amp; Weekly</title><link>https://news.example/</link>
<atom:link href="https://news.example/feed" rel="self" type="application/rss+xml"/>
<item><title>Talks resume &#8211; again</title><link>https://news.example/a</link>
<pubDate>Tue, 05 Mar 2024 14:30:00 +0100</pubDate><dc:creator>Ann Writer</dc:creator>
<description><![CDATA[<p>Summary & more</p>]]></description></item>
<item><title>Only a guid</title><guid isPermaLink="true">https://news.example/b</guid><pubDate>not a date</pubDate></item>
<item><title>Opaque guid</title><guid isPermaLink="false">tag:news.example,2024:c</guid><description>text only</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Wire</title>
<entry><title>First</title><link rel="alternate" href="https://wire.example/1"/><link rel="edit" href="https://wire.example/edit/1"/>
<id>urn:uuid:1</id><published>2024-03-05T10:00:00Z</published><author><name>B. Reporter</name></author><author><name>C. Editor</name></author></entry>
<entry><title>Second</title><link href="/2"/><id>https://wire.example/2</id><updated>2024-03-06T09:00:00+02:00</updated></entry>
</feed>`;

const RDF = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://old.example/"><title>Old style</title></channel>
<item rdf:about="https://old.example/x"><title>X</title><link>https://old.example/x</link><dc:date>2024-01-02</dc:date></item></rdf:RDF>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Json Times',
  authors: [{ name: 'Desk' }],
  items: [
    { id: '1', url: 'https://json.example/1', title: 'One', date_published: '2024-03-05T08:00:00-05:00', content_html: '<p>x</p>' },
    { id: '2', title: 'Two', content_text: 'Just text.', authors: [{ name: 'D. Author' }] },
  ],
});

test('parseFeed reads items from each dialect', () => {
  const rows: [string, FeedKind, ParsedFeed][] = [
    [RSS, 'rss', {
      title: 'The Daily & Weekly',
      items: [
        { link: 'https://news.example/a', title: 'Talks resume – again', published: '2024-03-05T13:30:00.000Z', authors: ['Ann Writer'], content: { format: 'html', text: '<p>Summary & more</p>' } },
        { link: 'https://news.example/b', title: 'Only a guid', published: 'not a date' },
        { title: 'Opaque guid', content: { format: 'html', text: 'text only' } },
      ],
    }],
    [ATOM, 'atom', {
      title: 'Wire',
      items: [
        { link: 'https://wire.example/1', title: 'First', published: '2024-03-05T10:00:00.000Z', authors: ['B. Reporter', 'C. Editor'] },
        { link: '/2', title: 'Second', published: '2024-03-06T07:00:00.000Z' },
      ],
    }],
    [RDF, 'rdf', { title: 'Old style', items: [{ link: 'https://old.example/x', title: 'X', published: '2024-01-02T00:00:00.000Z' }] }],
    [JSON_FEED, 'json', {
      title: 'Json Times',
      items: [
        { link: 'https://json.example/1', title: 'One', published: '2024-03-05T13:00:00.000Z', authors: ['Desk'], content: { format: 'html', text: '<p>x</p>' } },
        { title: 'Two', authors: ['D. Author'], content: { format: 'text', text: 'Just text.' } },
      ],
    }],
  ];
  for (const [input, kind, expected] of rows) assert.deepEqual(parseFeed(new Uint8Array(Buffer.from(input)), kind), expected, kind);
});

test('parseFeed refuses entity declarations and malformed feeds with a reason', () => {
  const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<rss version="2.0"><channel><title>&b;</title></channel></rss>`;
  const rows: [string, FeedKind, RegExp][] = [
    [laughs, 'rss', /declares XML entities.*billion laughs/],
    ['<rss version="2.0"><channel><title>x</channel></rss>', 'rss', /not well-formed XML \(Expected closing tag 'title' .* at line 1, column \d+\)$/],
    ['{"version":"https://jsonfeed.org/version/1", "items": ', 'json', /not valid JSON/],
    ['{"version":"https://jsonfeed.org/version/1"}', 'json', /no "items" array/],
  ];
  for (const [input, kind, expected] of rows) assert.throws(() => parseFeed(new Uint8Array(Buffer.from(input)), kind), expected, input);
});

test('parseFeed keeps the items of a slightly malformed feed', () => {
  const feed = '<rss version="2.0"><channel><title>A & B</title><item><link>https://x.example/1</link><title>One</item></channel></rss>';
  assert.deepEqual(parseFeed(new Uint8Array(Buffer.from(feed)), 'rss').items.map((item) => item.link), ['https://x.example/1']);
});

test('parseFeed leaves unknown entities unexpanded', () => {
  const feed = '<rss version="2.0"><channel><title>A &nbsp; B &unknown; &lt;C&gt;</title></channel></rss>';
  assert.equal(parseFeed(new Uint8Array(Buffer.from(feed)), 'rss').title, 'A &nbsp; B &unknown; <C>');
});
