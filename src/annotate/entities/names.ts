/**
 * Name normalisation for matching mentions: diacritics folded, and a transliteration-tolerant key
 * so that "Yuri"/"Yury", "Dmitri"/"Dmitry" and "Stravinsky"/"Stravinskyy"/"Stravinskiy" compare equal.
 */

/** Lower-cases, strips diacritics and punctuation other than inner hyphens and spaces. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Transliteration-tolerant key of one name word: y/j→i, x→ks, ph→f, kh→h, w→v, doubled letters collapsed. */
export function matchKey(word: string): string {
  return foldName(word)
    .replace(/-/g, '')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/x/g, 'ks')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1');
}

/** Matching keys of every word of a name ("Jane A. Doe" → ["iane", "a", "doe"]). */
export function nameKeys(name: string): string[] {
  return foldName(name)
    .split(/[\s]+/)
    .filter((w) => w.length > 0)
    .map(matchKey);
}

/** Removes a leading "the" from organisation and place names ("the Pentagon" → "Pentagon"). */
export function stripArticle(name: string): string {
  return name.replace(/^the\s+/i, '');
}

/** Initials of the significant words of a name ("European Union" → "EU"), for acronym matching. */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !/^(of|and|the|for|de|du|la|le|des|&)$/i.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}
