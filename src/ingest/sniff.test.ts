import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeBinary, describeData, detectFeed, looksLikeHtml } from './sniff.ts';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

test('describeBinary names known formats and passes text', () => {
  const rows: [Uint8Array, string | undefined][] = [
    [bytes('%PDF-1.7\n%\xe2\xe3'), 'a PDF document'],
    [bytes('\x89PNG\r\n\x1a\n\x00\x00'), 'a PNG image'],
    [bytes('PK\x03\x04\x14\x00'), 'a ZIP archive (or a .docx/.xlsx/.epub, which are ZIP archives)'],
    [bytes('\x1f\x8b\x08\x00'), 'gzip-compressed data'],
    [bytes('RIFF\x10\x00\x00\x00WEBPVP8 '), 'a WebP image'],
    [bytes('plain\x00text'), 'binary data (a NUL byte at offset 5)'],
    [bytes(`${'<p>page</p>'.repeat(1000)}\x00\x00${'<p>more</p>'.repeat(1000)}`), undefined], // stray NULs deep in a page
    [bytes(`${'text '.repeat(2000)}${'\x00\x01'.repeat(100)}`), 'binary data (100 NUL bytes)'],
    [bytes('\xff\xfeh\x00i\x00'), undefined], // UTF-16 with a byte-order mark is text
    [bytes('Kyiv said on Monday.'), undefined],
    [new Uint8Array(Buffer.from('Zürich – “quoted”')), undefined],
    [bytes('MZ is how the story began'), undefined],
  ];
  for (const [input, expected] of rows) assert.equal(describeBinary(input), expected, Buffer.from(input).toString('latin1'));
});

test('looksLikeHtml tells markup from prose', () => {
  const rows: [string, boolean][] = [
    ['<!DOCTYPE html><html><body>x</body></html>', true],
    ['\ufeff  <html lang="en">', true],
    ['<p>First paragraph.</p><p>Second.</p>', true],
    ['<?xml version="1.0"?><!doctype html>', true],
    ['The minister said talks would resume.', false],
    ['Use a <b> tag? No, prose about 3 < 4 and 5 > 2.', false],
    ['Intro text <div class="a"><p>Body</p><a href="/x">link</a></div>', true],
  ];
  for (const [input, expected] of rows) assert.equal(looksLikeHtml(new Uint8Array(Buffer.from(input))), expected, input);
});

test('detectFeed recognises feed dialects by their root', () => {
  const rows: [string, string | undefined][] = [
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel>', 'rss'],
    ['<!-- generator --><rss version="2.0">', 'rss'],
    ['<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91">', 'rss'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>', 'atom'],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x">', 'rdf'],
    ['{ "version": "https://jsonfeed.org/version/1.1", "items": [] }', 'json'],
    ['{ "title": "not a feed" }', undefined],
    ['<html><body>feed me</body></html>', undefined],
    ['<feed><entry/></feed>', undefined], // no Atom namespace
  ];
  for (const [input, expected] of rows) assert.equal(detectFeed(new Uint8Array(Buffer.from(input))), expected, input);
});

test('describeData names XML and JSON that are not feeds, and leaves prose alone', () => {
  const rows: [string, string | undefined][] = [
    ['<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>', 'XML'],
    ['{"config": true}', 'JSON'],
    ['[1, 2, 3]', 'JSON'],
    ['[Updated] The council voted on Tuesday.', undefined],
    ['{Editor\'s note} This story was corrected.', undefined],
    ['<html><body>page</body></html>', undefined],
    ['Plain prose.', undefined],
  ];
  for (const [input, expected] of rows) assert.equal(describeData(new Uint8Array(Buffer.from(input))), expected, input);
});
