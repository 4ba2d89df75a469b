/**
 * Where boilerplate hides in a page: elements dropped before the main text is chosen.
 * Each rule carries the reason it exists, so a wrong removal can be traced to one line.
 */

/** A rule that removes elements matching a CSS selector. */
export interface SelectorRule {
  selector: string;
  reason: string;
  /** Keep matches that hold much of the page's text (the rule sometimes matches a page-wide wrapper). */
  guarded?: boolean;
}

/** A rule that removes elements whose class or id contains a token pattern. */
export interface AttributeRule {
  pattern: RegExp;
  reason: string;
}

/** Elements that never carry article prose. */
export const ALWAYS_REMOVED: readonly SelectorRule[] = [
  { selector: 'script, style, noscript, template, link, meta', reason: 'code and styling, not text' },
  { selector: 'svg, canvas, iframe, object, embed, video, audio, picture, map', reason: 'embedded media; their fallback text is not prose' },
  { selector: 'form, button, input, select, textarea, label', reason: 'controls: search boxes, sign-up forms, votes', guarded: true },
  { selector: 'nav, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [role="complementary"]', reason: 'site navigation, header, footer and sidebars by ARIA role', guarded: true },
  { selector: 'figcaption, [class~="caption"], [class*="image-credit"], [class*="photo-credit"]', reason: 'image captions and credits are not article prose' },
  { selector: '[aria-hidden="true"], [hidden], [style*="display:none"], [style*="display: none"]', reason: 'invisible to readers', guarded: true },
  { selector: '[itemprop="comment"], #comments, #disqus_thread, .comments, .comment-list, .commentlist, #respond', reason: 'reader comment sections' },
];

/**
 * Class/id tokens that mark boilerplate blocks. Matched against `class` and `id` joined with spaces,
 * only on elements that hold little of the page's text (see MAX_REMOVED_SHARE in clean.ts).
 */
export const BOILERPLATE_ATTRIBUTES: readonly AttributeRule[] = [
  { pattern: /(^|[\s_-])(cookie|consent|gdpr)([\s_-]|banner|notice|bar|$)|(^|[\s_-])cmp[_-]?(banner|consent|modal|overlay|popup|dialog|wrapper|container)/i, reason: 'cookie and consent banners ("cmp-" alone is Adobe AEM and OJS component naming, not a consent manager)' },
  { pattern: /newsletter|subscri(be|ption)|signup|sign-up|(paywall|regwall)(?!ed)|piano/i, reason: 'newsletter, subscription and paywall boxes ("paywalled"/"regwalled" mark the article text behind the wall, not the wall)' },
  { pattern: /donat(e|ion)|support-us|membership-ask|contribut(e|ions)-(ask|epic)/i, reason: 'donation appeals' },
  { pattern: /(^|[\s_-])(share|sharing|social|sociallinks|shariff|addthis|sharethis)([\s_-]|bar|buttons|tools|$)/i, reason: 'share bars and social buttons' },
  { pattern: /related|recommend|more-stories|also-read|trending|most-(read|popular)|popular-posts|teaser-list|outbrain|taboola/i, reason: 'related and recommended article lists (not "read-more": that names collapsed article text as often as a teaser link)' },
  { pattern: /(^|[\s_-])comment(s|list|-list|-form|-section|area)?([\s_-]|$)|disqus|discussion/i, reason: 'comment sections' },
  { pattern: /(^|\s|(?<!has|with|-)[_-])(ad|ads|advert|advertisement|adslot|ad-slot|sponsor(ed)?|promo|banner)([\s_-]|$)/i, reason: 'advertising slots (not BEM modifiers such as "section--ads" or "has-ads", which mark a section that holds an ad)' },
  { pattern: /breadcrumb|pagination|skip-link|skiplink|(^|\s)(post|article|entry)-(tags|categories)(\s|$)/i, reason: 'navigation aids and tag lists' },
  { pattern: /(^|\s|(?<!elementor)[_-])(sidebar|widget|aside|footer|masthead|site-header|topbar|menu)([\s_-]|$)/i, reason: 'page furniture around the article (not Elementor\'s "elementor-widget" containers, which hold page content)' },
  { pattern: /caption|credit|copyright|byline|author-bio|author-box|about-the-author|dateline|meta-data|post-meta|entry-meta/i, reason: 'captions, credits, bylines and dates: metadata, not text' },
  { pattern: /(^|[\s_-])(author|autor|autorin|authors)[_-]*(info|bio|box|card|details|description|profile|about|wrapper|footer)|(^|[\s_-])(about-author|authorbox|bio-box|author-block)([\s_-]|$)/i, reason: 'author boxes with biography and photo after the article' },
  { pattern: /print-only|visually-hidden|sr-only|screen-reader|offscreen/i, reason: 'text for screen readers or print only' },
];

/** Elements whose class/id looks like the article body, tried in order before Readability's guess. */
export const ARTICLE_BODY_SELECTORS: readonly SelectorRule[] = [
  { selector: '[itemprop="articleBody"]', reason: 'schema.org article body' },
  { selector: '[class*="article-body"], [class*="article__body"], [class*="articleBody"], [class*="story-body"], [class*="story__body"], [class*="post-body"], [class*="entry-content"], [class*="post-content"], [class*="article-content"], [class*="article__content"], [class*="articleContent"], [class*="article-text"], [class*="main-text"], [class*="td-post-content"], [class*="single-content"], [class*="blog-content"], [class*="text-content"], [class*="field-name-body"], [class*="field--name-body"], [class*="rich-text"], [class*="richtext"]', reason: 'common CMS article body classes' },
  { selector: 'article', reason: 'HTML5 article element' },
  { selector: '[role="main"], main', reason: 'the main landmark' },
];
