/**
 * Boilerplate patterns for plain text, one line at a time. Each rule says why it exists.
 * A `line` rule drops the matching line; a `tail` rule marks the start of a closing block
 * (newsletter box, donation letter, comment form) that runs to the end of the text.
 */
export interface BoilerplateRule {
  name: string;
  pattern: RegExp;
  scope: 'line' | 'tail';
  reason: string;
}

/** Lines longer than this many characters are never treated as boilerplate by `line` rules (a real sentence can mention "subscribe"). */
export const MAX_BOILERPLATE_LINE_CHARS = 160;

/** A `tail` rule only cuts when it starts in the last part of the text: this share of lines from the end. */
export const TAIL_REGION_SHARE = 0.6;

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { name: 'donation-appeal', scope: 'line', pattern: /^(please\s+)?(support|donate to|help)\s+(us|our\s+\w+|the\s+[\w .'’-]{2,40}|[\w .'’-]{2,40})!?\.?$/i, reason: 'short appeals for money above or below articles ("Support The Daily X!")' },
  { name: 'donation-button', scope: 'line', pattern: /^(donate( now)?|become a (member|supporter|patron)|make a (donation|contribution)|give (now|today)|contribute( now)?)\b.{0,40}$/i, reason: 'donation buttons copied as text' },
  { name: 'subscribe', scope: 'line', pattern: /^(subscribe( now| today| here)?[.!]?|subscribe to (our|the) [\w ]{2,40}[.!]?|subscribers? agree\b.{0,100}|already a subscriber\b.{0,80}|(sign|log) in to (continue|read).{0,60}|become a subscriber\b.{0,80})$/i, reason: 'subscription prompts and paywall notices' },
  { name: 'newsletter', scope: 'line', pattern: /^(sign up|signup|subscribe)\b.{0,80}\bnewsletters?\b.{0,40}$/i, reason: 'newsletter sign-up boxes' },
  { name: 'share', scope: 'line', pattern: /^(share( this( article| story| post)?)?( on)?|tweet|email|print|copy link|facebook|twitter|x|whatsapp|telegram|linkedin|reddit)([\s,|·•/]+(facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|print|copy link))*:?$/i, reason: 'share bars flattened into words' },
  { name: 'read-more', scope: 'line', pattern: /^(read more|read also|see also|related( articles| stories| coverage)?|more on this( story)?|recommended( for you)?|most read|trending( now)?|continue reading|click here.{0,60}|load more( comments)?)\s*[:.›»>…]*$/i, reason: 'links to other articles' },
  { name: 'comment-form', scope: 'tail', pattern: /^(leave a (reply|comment)|post a comment|add a comment|\d+\s+comments?|comments?( \(\d+\))?|join the (conversation|discussion))\s*:?$/i, reason: 'comment sections and reply forms follow the article' },
  { name: 'photo-credit', scope: 'line', pattern: /^(.{0,200}[.)]\s+)?((photo|image|picture|credit|photograph|illustration)s?\s*(by|:|credit:?)\s*.{2,80}|[\p{Lu}][\p{L}'’.-]+(\s+[\p{Lu}][\p{L}'’.-]+){0,3}\s*\/\s*[\p{Lu}][\p{L}&. -]{1,40}(\s+via\s+.{2,40})?)$/u, reason: 'captions ending in a photographer / agency credit ("Jane Roe / AFP")' },
  { name: 'advertisement', scope: 'line', pattern: /^(advertisement|sponsored( content)?|ad|story continues below( advertisement)?|scroll to continue( with content)?)$/i, reason: 'ad slot labels' },
  { name: 'cookie', scope: 'line', pattern: /\b(we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie (policy|settings))\b/i, reason: 'cookie banners' },
  { name: 'newsletter-box', scope: 'tail', pattern: /^(sign up for (our|the)\b.{0,60}newsletter|get (our|the) .{0,40}newsletter|our (daily|weekly|free) newsletter)\b.{0,80}$/i, reason: 'a newsletter box usually closes the page: what follows is promotion' },
  { name: 'donation-letter', scope: 'tail', pattern: /^(a (message|note|word) from (the )?[\p{L}\s.'’-]{2,60}:?|dear (readers?|friends|subscribers),?|support (independent|our) journalism.{0,60}|before you go.{0,40}|we need your (help|support).{0,40})$/iu, reason: 'donation letters at the end of the page' },
  { name: 'copyright', scope: 'line', pattern: /^(©|\(c\)|copyright\b).{0,120}$/i, reason: 'copyright footers' },
  { name: 'all-rights', scope: 'line', pattern: /^.{0,80}all rights reserved\.?$/i, reason: 'copyright footers' },
];

/** Lines that are only a few words of navigation or UI ("Once", "Monthly", "Continue") are dropped when they follow boilerplate. */
export const UI_WORDS = new Set(['once', 'monthly', 'annual', 'annually', 'yearly', 'continue', 'preview', 'next', 'previous', 'back to top', 'menu', 'close', 'skip to content', 'remind me later.', 'not ready to support today?']);
