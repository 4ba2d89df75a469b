import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { extractMetadata } from './index.ts';
import { dateFromUrl, datesInText, parseDate, parseDateWithShortYear } from './parse-date.ts';

const fetchedAt = '2024-06-01T12:00:00Z';
const page = (head: string, body = '<p>Text.</p>') => `<html lang="en-GB"><head>${head}</head><body>${body}</body></html>`;
const read = (html: string, url?: string) => extractMetadata(parseHTML(html).document as never, { fetchedAt, url });

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

const cases: [name: string, html: string, url: string | undefined, expected: Record<string, unknown>][] = [
  ['JSON-LD NewsArticle beats meta tags',
    page(jsonLd({ '@type': 'NewsArticle', headline: 'Talks resume', datePublished: '2024-05-17T09:30:00+02:00', dateModified: '2024-05-18T10:00:00Z', author: [{ '@type': 'Person', name: 'Jane Doe' }, { name: 'John Roe' }], publisher: { name: 'Example News' } }) +
      '<meta property="article:published_time" content="2024-05-01">'),
    undefined, { title: 'Talks resume', publishedAt: '2024-05-17T09:30:00+02:00', modifiedAt: '2024-05-18T10:00:00Z', authors: ['Jane Doe', 'John Roe'], outlet: 'Example News' }],
  ['JSON-LD @graph', page(jsonLd({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Graph Times' }, { '@type': ['Article'], datePublished: '2023-11-02', author: 'By Ann Lee' }] })),
    undefined, { publishedAt: '2023-11-02', authors: ['Ann Lee'], outlet: 'Graph Times' }],
  ['OpenGraph and parsely tags', page('<meta property="og:title" content="Budget passes"><meta property="og:site_name" content="The Ledger"><meta name="parsely-pub-date" content="2022-03-04T05:06:07Z"><meta name="author" content="Sam Park, Lee Chan"><meta property="article:modified_time" content="2022-03-05">'),
    undefined, { title: 'Budget passes', publishedAt: '2022-03-04T05:06:07Z', modifiedAt: '2022-03-05', authors: ['Sam Park', 'Lee Chan'], outlet: 'The Ledger' }],
  ['<time datetime> when no meta', page('<title>A post</title>', '<p>By someone</p><time datetime="2021-07-08T10:00">8 July</time>'),
    'https://blog.example.org/post', { publishedAt: '2021-07-08T10:00:00', outlet: 'blog.example.org' }],
  ['URL date pattern', page('<title>x</title>'), 'https://www.example.com/2020/05/17/story.html', { publishedAt: '2020-05-17', outlet: 'example.com' }],
  ['visible text date as last resort', page('<title>x</title>', '<div class="info">Veröffentlicht am 3. März 2019 von Redaktion</div><p>Text.</p>'), undefined, { publishedAt: '2019-03-03' }],
  ['future date rejected, next source used', page('<meta property="article:published_time" content="2030-01-01">', '<time datetime="2024-02-02">x</time>'), undefined, { publishedAt: '2024-02-02' }],
  ['date before 1995 rejected', page('<meta name="date" content="1970-01-01">'), undefined, { publishedAt: undefined }],
  ['labelled visible date beats a generic "date" meta', page('<meta name="date" content="2021-10-15">', '<p>Erschienen am:</p><h2>13.10.2021</h2><p>Text.</p>'), undefined, { publishedAt: '2021-10-13' }],
  ['<time> in a comment box is skipped', page('<title>x</title>', '<div class="comment-list"><time datetime="2020-09-23T18:19">x</time></div><span class="date"><time datetime="2020-09-20">20.09.2020</time></span>'), undefined, { publishedAt: '2020-09-20' }],
  ['"published" <time> preferred to "updated"', page('<title>x</title>', '<time class="updated" datetime="2019-05-01">1 May</time><time class="entry-date published" datetime="2019-02-10">10 Feb</time>'), undefined, { publishedAt: '2019-02-10' }],
  ['date keyed in inline JSON state when nothing else', page('<title>x</title><script>window.__STATE__={"published_at":"2019-03-02T06:22:28+01:00"}</script>'), undefined, { publishedAt: '2019-03-02T06:22:28+01:00' }],
  ['UTC time given the local day stated elsewhere', page('<meta property="article:published_time" content="2023-11-09T06:35:29+00:00"><meta name="sailthru.date" content="2023-11-08 22:35:29">'), undefined, { publishedAt: '2023-11-08T22:35:29' }],
  ['URL with a count after the month is not a date', page('<meta property="article:published_time" content="2023-10-31T08:47:16Z">'), 'https://blog.example.org/2023/10/3-questions-for-anna/', { publishedAt: '2023-10-31T08:47:16Z' }],
  ['date beside the headline beats a generic "date" meta', page('<title>Riesling birthday posts win prizes</title><meta name="date" content="2021-12-20">', '<nav>Home</nav><h1>Riesling birthday posts win prizes</h1><p>Von Anna Berg, 27.01.2022</p><p>Text.</p>'), undefined, { publishedAt: '2022-01-27' }],
  ['a one-word <h1> (a logo) is not the headline', page('<title>The future of work</title><meta name="date" content="2017-05-01">', '<h1>Radio</h1><header>Mittwoch, 26.02.2020</header><h2>Other news</h2><p>Text.</p>'), undefined, { publishedAt: '2017-05-01' }],
  ['two-digit year just under the headline', page('<title>Last-minute costumes</title>', '<h1>Last-minute costumes</h1><div>Party, 30.10.23</div><p>Text.</p>'), undefined, { publishedAt: '2023-10-30' }],
  ['two-digit year in a date-classed element', page('<title>x</title>', '<div class="date">Party, 30.10.23</div><p>Text.</p>'), undefined, { publishedAt: '2023-10-30' }],
  ['date class matched whatever its case', page('<title>x</title>', '<ul><li class="Author">Von M. W.</li><li class="Date"><time>29.04.2020, 12:01 Uhr</time></li></ul>'), undefined, { publishedAt: '2020-04-29' }],
  ['React date named by data-testid', page('<title>x</title>', '<span data-testid="article-details-date">3.11.2023</span>'), undefined, { publishedAt: '2023-11-03' }],
  ['RDFa dateCreated in a content attribute', page('<title>x</title>', '<span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span><p>Text.</p>'), undefined, { publishedAt: '2022-01-28T12:45:46+00:00' }],
  ['<time> in an aside or the navigation bar is skipped', page('<title>Police violence and the media</title>', '<div id="navwrap"><time datetime="2023-11-01">Today</time></div><aside><time datetime="2019-07-30">30 juil. 2019</time></aside><h1>Police violence and the media</h1><p>27 juin 2019 Par Elba</p>'), undefined, { publishedAt: '2019-06-27' }],
  ['date after a byline', page('<title>x</title>', '<p>The hackathon of 3 March 2017 drew 40 people.</p><p>Gespeichert von rasos am 24. Juli 2017 - 18:55</p>'), undefined, { publishedAt: '2017-07-24' }],
  ['share-image path as the last resort', page('<title>x</title><meta property="og:image" content="https://example.org/files/2016/05/04/report.png">'), undefined, { publishedAt: '2016-05-04' }],
  ['UTC JSON-LD time read back to the local day of an RFC 2822 meta date', page(jsonLd({ '@type': 'NewsArticle', datePublished: '2019-10-18T22:04:00Z' }) + '<meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200">'), undefined, { publishedAt: '2019-10-19T00:04:00+02:00' }],
  ['day-first date in the URL slug', page('<title>x</title>'), 'https://example.de/meldungen/29-10-2021', { publishedAt: '2021-10-29' }],
  ['canonical URL and language', page('<link rel="canonical" href="/news/a">'), 'https://example.com/news/a?utm=1', { canonicalUrl: 'https://example.com/news/a', language: 'en-GB' }],
];

for (const [name, html, url, expected] of cases) {
  test(`extractMetadata: ${name}`, () => {
    const result = read(html, url);
    for (const [key, value] of Object.entries(expected)) {
      const actual = key === 'outlet' ? result.outlet : (result.meta as unknown as Record<string, unknown>)[key];
      assert.deepEqual(actual, value, key);
    }
  });
}

test('extractMetadata: an implausible date leaves a message', () => {
  const result = read(page('<meta property="article:published_time" content="2030-01-01">'));
  assert.equal(result.messages[0]?.rule, 'date-meta-implausible');
});

const dates: [raw: string, expected: string | undefined, note?: string][] = [
  ['2024-05-17T09:30:00+0200', '2024-05-17T09:30:00+02:00'],
  ['2024-05-17', '2024-05-17'],
  ['May 17, 2024', '2024-05-17'],
  ['17 May 2024', '2024-05-17'],
  ['17. Mai 2024', '2024-05-17'],
  ['17.05.2024', '2024-05-17'],
  ['05/17/2024', '2024-05-17'],
  ['2024/05/17', '2024-05-17'],
  ['Fri, 17 May 2024 10:00:00 GMT', '2024-05-17T10:00:00Z'],
  ['Sat, 19 Oct 2019 00:04:00 +0200', '2019-10-19T00:04:00+02:00'],
  ['19. Oktober 2019, 19:08 Uhr', '2019-10-19T19:08:00'],
  ['Published 3 March 2019. Updated 5 March 2019, 10:00', '2019-03-03', 'a later date with a clock time does not win over the first date'],
  ['15 августа 2016, 13:43', '2016-08-15T13:43:00'],
  ['3 de março de 2020', '2020-03-03'],
  ['2023.11.02. 오후 8:06', '2023-11-02'],
  ['4. 2. 2022', '2022-02-04'],
  ['02.12.19', undefined, 'two-digit years only through parseDateWithShortYear, where a date is expected'],
  ['Fri, 17 May 2024', '2024-05-17'],
  ['2024-02-30', undefined],
  ['no date here', undefined],
];
for (const [raw, expected] of dates) test(`parseDate: ${raw}`, () => assert.equal(parseDate(raw), expected));

const shortYears: [raw: string, expected: string | undefined][] = [
  ['02.12.19', '2019-12-02'],
  ['Party, 30.10.23', '2023-10-30'],
  ['17.05.2024', '2024-05-17'],
  ['v1.2.19.3', undefined],
];
for (const [raw, expected] of shortYears) test(`parseDateWithShortYear: ${raw}`, () => assert.equal(parseDateWithShortYear(raw), expected));

const urls: [url: string, expected: string | undefined][] = [
  ['https://example.com/2024/05/17/story', '2024-05-17'],
  ['https://example.com/news/2024-05-17-story.html', '2024-05-17'],
  ['https://example.com/20240517/story', '2024-05-17'],
  ['https://example.com/2024/05/story', undefined],
  ['https://example.com/story-12345678', undefined],
  ['https://example.com/2023/10/3-questions', undefined],
  ['https://example.com/2023/10/3/questions', '2023-10-03'],
  ['https://example.de/meldungen/29-10-2021', '2021-10-29'],
  ['https://example.com/news/12-31-2020/story', '2020-12-31'],
  ['https://example.com/item-10-2021', undefined],
];
for (const [url, expected] of urls) test(`dateFromUrl: ${url}`, () => assert.equal(dateFromUrl(url), expected));

test('datesInText: finds dates in order', () => {
  assert.deepEqual(datesInText('Posted 3 March 2019. Updated 2019-04-01, read on 5.4.2019'), ['2019-03-03', '2019-04-01', '2019-04-05']);
});
