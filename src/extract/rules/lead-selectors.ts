/**
 * Where a page keeps its lead paragraph (standfirst, deck, teaser) when the CMS puts it outside the article body.
 * Each pattern names a class or id token; the token must be the whole class name or one of its `-`/`_` parts.
 */

/** A class/id token pattern for lead paragraphs, with the convention it comes from. */
export interface LeadRule {
  token: RegExp;
  reason: string;
}

/** Lead-paragraph class tokens, most common conventions first. */
export const LEAD_RULES: readonly LeadRule[] = [
  { token: /^(lead|leader|lede|intro|introduction|standfirst|dek|deck|chapo|chapeau|summary|abstract|excerpt|subtitle|subheadline|subhead|sub-headline|sub-title|strapline)$/i, reason: 'English, French and generic names for the lead paragraph (standfirst, deck, chapô, summary)' },
  { token: /^(teaser-text|teasertext|intro-text|introtext|lead-text|leadtext|text-lead|lead-paragraph)$/i, reason: 'compound lead names (TYPO3 news "teaser-text", Joomla "introtext")' },
  { token: /^(bajada|entradilla|sumario|copete|sottotitolo|occhiello|vorspann|anriss|einleitung)$/i, reason: 'Spanish, Italian and German names for the lead paragraph' },
];

/** Tokens that look like a lead name but mark something else (advertising leaderboards, lead-generation forms). */
export const NOT_LEAD = /leaderboard|lead-?gen|lead-?form|newsletter|teaser-list|related/i;
