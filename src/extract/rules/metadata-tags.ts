/**
 * Which <meta> tags carry which metadata field, in order of trust within the field.
 * Names are matched case-insensitively against the `property`, `name` or `itemprop` attribute.
 */

/** Meta names for the original publication date. */
export const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date',
  'publish-date', 'publishdate', 'publish_date', 'pubdate', 'article.published', 'article_date_original', 'original-publish-date',
  'og:published_time', 'cxenseparse:recs:publishtime', 'date', 'created', 'release_date', 'citation_publication_date',
  'citation_date', 'parsely-pub-date', 'timestamp', 'dc.created',
] as const;

/**
 * Generic meta names CMSs often fill with the render or edit time rather than the publication day; on the htmldate set
 * they disagreed with a dated <time>/itemprop element or a labelled visible date more often than not, so they rank after those.
 */
export const WEAK_PUBLISHED_META = new Set(['date', 'dc.date', 'dcterms.date', 'created', 'timestamp', 'dc.created']);

/** Labels that introduce the publication date in visible text ("Veröffentlicht am 16.08.2019", "Published on May 3, 2021"). */
export const PUBLISHED_LABEL = /\b(published|posted|first published|erschienen|veröffentlicht|publiziert|erstellt|datum|publié|publicado|pubblicato|data)(\s+(on|am|le|el|il|at))?\s*[:\-–]?\s*$/i;

/** A byline ending in a preposition that introduces its date ("Gespeichert von rasos am 24. Juli 2017", "Par Matthieu Hy le 07 Mai 2020", "Posted by Ann on May 3, 2021"). */
export const BYLINE_LABEL = /\b(by|von|par|por|di|door)\s+[^\n]{1,40}?\s(on|am|le|el|il|op)\s*$/i;

/** Labels that introduce an update date; a date right after one is not the publication date. */
export const UPDATED_LABEL = /\b(updated|modified|last change|aktualisiert|geändert|letzte änderung|stand|mis à jour|actualizado|aggiornato|editiert)(\s+(on|am|le|el|il|at))?\s*[:\-–]?\s*$/i;

/** Class/id tokens of containers whose dates belong to other items (comments, teasers, related lists, sidebars, embeds), to the navigation bar, or are hidden from readers. */
export const FOREIGN_DATE_CONTAINER = /(^|[\s_-])(comments?|commentlist|related|teasers?|recommend(ed|ations)?|sidebar|widget|trending|popular|reply|replies|article-list|embed|instagram|twitter-tweet|hide|hidden|nav|navbar|navtop|navwrap|navigation)([\s_-]|$)/i;

/** Elements whose dates belong to other items or to the page chrome: side columns and navigation bars (today's date in the header). */
export const FOREIGN_DATE_TAGS = /^(aside|nav)$/i;

/** Keys of publication dates inside inline scripts and JSON state ("published_at":"2019-03-02T06:22:28+01:00"). */
export const SCRIPT_DATE_KEYS = /["'](?:datePublished|date_published|published_?at|publishedAt|publish_?date|publishDate|publishdate|pubDate|publicationDate|publication_time|createdAt|created_at|firstPublished|first_published_at)["']\s*:\s*["']([^"']{8,40})["']/gi;

/** Meta names for the last modification date. */
export const MODIFIED_META = [
  'article:modified_time', 'og:article:modified_time', 'datemodified', 'og:updated_time', 'article:modified', 'dcterms.modified',
  'dc.date.modified', 'last-modified', 'lastmod', 'modified', 'revised', 'updated_time',
] as const;

/** Meta names for the page's share image, whose upload path often carries the day the article was filed. */
export const IMAGE_META = ['og:image', 'twitter:image', 'og:image:url', 'twitter:image:src'] as const;

/** Meta names for authors. */
export const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'citation_author', 'twitter:creator'] as const;

/** Meta names for the headline. */
export const TITLE_META = ['og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'headline', 'title'] as const;

/** Meta names for the outlet. */
export const SITE_META = ['og:site_name', 'application-name', 'twitter:site', 'publisher', 'dc.publisher', 'al:android:app_name'] as const;

/** schema.org types whose dates describe the article itself. */
export const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle',
  'blogposting', 'socialmediaposting', 'liveblogposting', 'techarticle', 'scholarlyarticle', 'report', 'review', 'creativework',
]);

/**
 * Class/id fragments of elements whose visible text is the publication date. Class matches ignore case ("Date",
 * "PublishDate"); `data-testid` names the date in React front ends that carry no date class.
 */
export const DATE_ELEMENT_SELECTORS = [
  'time[datetime]', '[itemprop="datePublished"]', '[class*="publish" i]', '[class*="entry-date"]', '[class*="post-date"]',
  '[class*="article-date"]', '[class*="datum" i]', '[class*="date" i]', '[id*="date"]', '[data-testid*="date" i]', '[class*="time"]', '[class*="meta"]',
] as const;

/** RDFa attributes naming the publication date in a `content` attribute (Drupal's `<span property="schema:dateCreated" content=…>`). */
export const RDFA_PUBLISHED_SELECTOR = '[property="schema:datePublished"], [property="datePublished"], [property="schema:dateCreated"], [property="dc:date"], [property="dcterms:created"], [property="dc:created"]';

/** Month names of several languages, lower-case, to month number. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, januar: 1, jänner: 1, janvier: 1, enero: 1, gennaio: 1,
  february: 2, feb: 2, februar: 2, février: 2, fevrier: 2, febrero: 2, febbraio: 2,
  march: 3, mar: 3, märz: 3, maerz: 3, mars: 3, marzo: 3,
  april: 4, apr: 4, avril: 4, abril: 4, aprile: 4,
  may: 5, mai: 5, mayo: 5, maggio: 5,
  june: 6, jun: 6, juni: 6, juin: 6, junio: 6, giugno: 6,
  july: 7, jul: 7, juli: 7, juillet: 7, julio: 7, luglio: 7,
  august: 8, aug: 8, août: 8, aout: 8, agosto: 8,
  september: 9, sep: 9, sept: 9, septembre: 9, septiembre: 9, settembre: 9,
  october: 10, oct: 10, oktober: 10, okt: 10, octobre: 10, octubre: 10, ottobre: 10,
  november: 11, nov: 11, novembre: 11, noviembre: 11,
  december: 12, dec: 12, dezember: 12, dez: 12, décembre: 12, decembre: 12, diciembre: 12, dicembre: 12,
};
