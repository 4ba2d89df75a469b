import { DATE_MONTHS as MONTHS } from '../rules/date-months.ts';

/** Earliest publication date accepted; older dates are almost always copyright years or typos. */
export const EARLIEST_DATE = '1995-01-01';

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const COMPACT = /\b(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\b/;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\.?\\s*(?:de\\s+)?(${MONTH_NAMES})\\.?,?\\s*(?:de\\s+)?(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
// "17.05.2024", "05/17/2024" and the spaced German form "4. 2. 2022".
const NUMERIC_DMY = /\b(\d{1,2})(?:[./]|\.\s)(\d{1,2})(?:[./]|\.\s)(\d{4})\b/;
// "2024/05/17" and the East Asian and Hungarian "2023.11.02." / "2023. 11. 02.".
const SLASHED_YMD = /\b(\d{4})(?:\/|\.\s?)(\d{1,2})(?:\/|\.\s?)(\d{1,2})\b/;
// A day-first date with its clock time and zone ("Sat, 19 Oct 2019 00:04:00 +0200", "19. Oktober 2019, 19:08 Uhr"):
// the time is kept so that a UTC copy of the same moment elsewhere on the page can be read back to the local day.
const DAY_MONTH_YEAR_TIME = new RegExp(`\\b(\\d{1,2})\\.?\\s*(${MONTH_NAMES})\\.?,?\\s*(\\d{4}),?\\s+(?:um\\s+|at\\s+|à\\s+|-\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?!\\d)(?:\\s*(GMT|UTC|Z|[+-]\\d{2}:?\\d{2}))?`, 'iy');
// "02.12.19": a two-digit year, read only where a date is expected (date-classed elements), never in running text.
const SHORT_DMY = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.]\d)/;

/** Parses a date written in a meta tag, JSON-LD or visible text into ISO 8601 (date, or date-time when given); undefined if none. */
export function parseDate(raw: string): string | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  let match = ISO.exec(text);
  if (match) {
    const date = isoDate(match[1]!, match[2]!, match[3]!);
    if (!date) return undefined;
    if (!match[4]) return date;
    const zone = match[7] ? (match[7] === 'Z' ? 'Z' : match[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${date}T${match[4]}:${match[5]}:${match[6] ?? '00'}${zone}`;
  }
  match = SLASHED_YMD.exec(text);
  if (match) return isoDate(match[1]!, match[2]!, match[3]!);
  match = DAY_MONTH_YEAR.exec(text);
  if (match) {
    const date = isoDate(match[3]!, String(MONTHS[match[2]!.toLowerCase()]), match[1]!);
    // The same date read again with its clock time, anchored where it starts, so a later dated time cannot be taken instead.
    DAY_MONTH_YEAR_TIME.lastIndex = match.index;
    const timed = DAY_MONTH_YEAR_TIME.exec(text);
    if (!date || !timed || Number(timed[4]) > 23) return date;
    const zone = !timed[7] ? '' : /^(GMT|UTC|Z)$/i.test(timed[7]) ? 'Z' : timed[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return `${date}T${timed[4]!.padStart(2, '0')}:${timed[5]}:${timed[6] ?? '00'}${zone}`;
  }
  match = MONTH_DAY_YEAR.exec(text);
  if (match) return isoDate(match[3]!, String(MONTHS[match[1]!.toLowerCase()]), match[2]!);
  match = NUMERIC_DMY.exec(text);
  // Day-first is the reading outside the US; US-style month-first only when the day slot cannot be a month.
  if (match) return Number(match[2]) > 12 ? isoDate(match[3]!, match[1]!, match[2]!) : isoDate(match[3]!, match[2]!, match[1]!);
  match = COMPACT.exec(text);
  if (match) return isoDate(match[1]!, match[2]!, match[3]!);
  // RFC 2822 and other forms the JavaScript parser knows ("Fri, 17 May 2024 10:00:00 GMT").
  if (/[a-z]{3}/i.test(text) && /\d{4}/.test(text)) {
    const parsed = new Date(text);
    if (!Number.isNaN(parsed.getTime())) return parsed.toISOString().replace('.000Z', 'Z');
  }
  return undefined;
}

function isoDate(year: string, month: string, day: string): string | undefined {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return undefined;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses a date with a two-digit year ("02.12.19") as well as every form parseDate reads; for text known to hold a date. */
export function parseDateWithShortYear(raw: string): string | undefined {
  const full = parseDate(raw);
  if (full) return full;
  const match = SHORT_DMY.exec(raw);
  // Two-digit years are this century's: pages before 2000 wrote dates in other forms, and 1995+ is the floor anyway.
  return match ? isoDate(`20${match[3]}`, match[2]!, match[1]!) : undefined;
}

/** Why a parsed date is implausible for an article fetched at `fetchedAt`, or undefined when it is fine. */
export function implausibleDate(iso: string, fetchedAt: string): string | undefined {
  const day = iso.slice(0, 10);
  if (day < EARLIEST_DATE) return `date ${iso} is before ${EARLIEST_DATE}`;
  // One day of slack: a page dated in a time zone ahead of the fetcher's.
  const limit = new Date(Date.parse(fetchedAt) + 86_400_000).toISOString().slice(0, 10);
  if (!Number.isNaN(Date.parse(fetchedAt)) && day > limit) return `date ${iso} is after the fetch time ${fetchedAt}`;
  return undefined;
}

/** Finds a full date in a URL path: /2024/05/17/, /2024-05-17, /20240517/. */
export function dateFromUrl(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  // A one-digit day must end the segment: in "/2023/10/3-questions" the 3 is a count, not a day.
  const match = /\/((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{2}|\d(?=\/|$))(?:[/_.-]|$)/.exec(path) ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (match) return isoDate(match[1]!, match[2]!, match[3]!);
  // Day-first slugs ("/meldungen/29-10-2021"); month-first only when the first number cannot be a month.
  const dayFirst = /[/_-](\d{2})[-_.](\d{2})[-_.]((?:19|20)\d{2})(?:[/_.-]|$)/.exec(path);
  if (!dayFirst) return undefined;
  return Number(dayFirst[2]) > 12 ? isoDate(dayFirst[3]!, dayFirst[1]!, dayFirst[2]!) : isoDate(dayFirst[3]!, dayFirst[2]!, dayFirst[1]!);
}

/** Characters of visible text scanned for a date; dates of articles sit near the top. */
export const TEXT_DATE_SCAN_CHARS = 50_000;
/** Most dates considered in visible text before giving up. */
export const MAX_TEXT_DATES = 40;

const ANY_DATE = new RegExp(
  [ISO, SLASHED_YMD, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC_DMY].map((r) => r.source).join('|'),
  'gi',
);

/** Lists full dates written in running text, in order of appearance (ISO days). */
export function datesInText(text: string): string[] {
  const found: string[] = [];
  for (const match of text.slice(0, TEXT_DATE_SCAN_CHARS).matchAll(ANY_DATE)) {
    const iso = parseDate(match[0]);
    if (iso) found.push(iso.slice(0, 10));
    if (found.length >= MAX_TEXT_DATES) break;
  }
  return found;
}

const ANY_DATE_OR_SHORT = new RegExp(`${ANY_DATE.source}|${SHORT_DMY.source}`, 'gi');

/**
 * Lists full dates written in running text with the offset where each starts (ISO days). With `shortYears`, "31.10.23"
 * counts too: for text known to sit where a date line is expected, such as just around the headline.
 */
export function datesWithOffsets(text: string, options: { shortYears?: boolean } = {}): { iso: string; index: number }[] {
  const found: { iso: string; index: number }[] = [];
  const pattern = options.shortYears ? ANY_DATE_OR_SHORT : ANY_DATE;
  const parse = options.shortYears ? parseDateWithShortYear : parseDate;
  for (const match of text.slice(0, TEXT_DATE_SCAN_CHARS).matchAll(pattern)) {
    const iso = parse(match[0]);
    if (iso) found.push({ iso: iso.slice(0, 10), index: match.index ?? 0 });
    if (found.length >= MAX_TEXT_DATES) break;
  }
  return found;
}

/** Largest clock difference between a UTC time and the same moment written in local time (UTC+14). */
const MAX_ZONE_MS = 14 * 3_600_000;

/**
 * When `chosen` is a UTC time and another of the page's date strings gives the same moment in local time on another day
 * ("2023-11-09T06:35Z" and "2023-11-08 22:35"), returns that local reading: the day readers saw. Otherwise undefined.
 */
export function localReading(chosen: string, others: readonly string[]): string | undefined {
  if (!/T\d{2}:\d{2}(:\d{2})?(Z|[+-]00:?00)$/.test(chosen)) return undefined;
  const instant = Date.parse(chosen);
  if (Number.isNaN(instant)) return undefined;
  for (const raw of others) {
    const iso = parseDate(raw);
    if (!iso || iso.slice(0, 10) === chosen.slice(0, 10) || !/T\d{2}:\d{2}/.test(iso)) continue;
    const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(iso);
    if (zoned) {
      if (Date.parse(iso) === instant && !/(Z|[+-]00:?00)$/.test(iso)) return iso;
      continue;
    }
    const shift = Date.parse(`${iso}Z`) - instant;
    if (shift !== 0 && Math.abs(shift) <= MAX_ZONE_MS && shift % 900_000 === 0) return iso;
  }
  return undefined;
}
