/** Rules for periods relative to the anchor ("last week", "two years ago", "the third quarter") and vague references ("now"). */
import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, quarterOf, weekdayOf, type CalendarDay } from './calendar.ts';
import { absolute, dayOf, durationValue, parseNumber, periodValue, relative, shiftedValue, yearFor, type Resolution, type ResolveContext } from './resolve.ts';
import { compile, MODIFIER, MONTH, NUMBER, UNIT, type TimeRule } from './time-rule.ts';
import { MONTHS, NUMBER_SOURCE, ORDINALS, PAST_VERBS } from './rules.ts';
import { shiftOf } from './date-rules.ts';

/** Vague references to the present, past and future, as TimeML tokens. */
const REFERENCES: Readonly<Record<string, string>> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', nowadays: 'PRESENT_REF', 'at present': 'PRESENT_REF', 'the present': 'PRESENT_REF',
  'these days': 'PRESENT_REF', 'at the moment': 'PRESENT_REF', 'right now': 'PRESENT_REF', current: 'PRESENT_REF',
  recently: 'PAST_REF', lately: 'PAST_REF', 'the past': 'PAST_REF', formerly: 'PAST_REF',
  // TimeBank writes "in recent years" as PAST_REF (3 of 5), unlike "recent weeks" (PXW).
  'recent years': 'PAST_REF',
  // Bare "soon", "shortly", "future" and "recent" are left out: the gold marks few of them (npm run eval:time --detail
  // reference: bare "recent" carried the gold value 6 times of 15, 0 of 4 in AQUAINT; "soon" 4 of 19; "future" 4 of 16).
  'the future': 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'the near term': 'FUTURE_REF', 'the short term': 'FUTURE_REF',
  'coming quarters': 'FUTURE_REF', 'future quarters': 'FUTURE_REF', 'future years': 'FUTURE_REF',
  'past years': 'PAST_REF', 'a later date': 'FUTURE_REF', 'as soon as possible': 'FUTURE_REF',
  // "at the then current market price": "then" moves "current" to a past moment.
  'then current': 'PAST_REF', 'then-current': 'PAST_REF',
};

/** An amount and a plural noun right after "the past": the phrase counts a stretch ("the past three summers") rather than naming the past. */
const COUNT_AFTER = new RegExp(`^ (?:${NUMBER_SOURCE}) [a-z]+s\\b`, 'i');

const referenceSource = Object.keys(REFERENCES)
  .sort((a, b) => b.length - a.length)
  .map((phrase) => `[${phrase[0]!.toUpperCase()}${phrase[0]}]${phrase.slice(1)}`)
  .join('|');

/** The year of quarter `ordinal` named without one: the current or an ended quarter, as results news reports them whatever the tense. */
function quarterYear(anchor: CalendarDay, ordinal: number): number {
  return ordinal <= quarterOf(anchor.month) ? anchor.year : anchor.year - 1;
}

/**
 * The period `years` years before the anchor; in a sentence about a quarter ("rose 5% from a year ago" in
 * quarterly results) it is that quarter a year earlier, the TimeBank convention.
 */
function yearBefore(anchor: CalendarDay, years: number, context: ResolveContext): string {
  if (!context.sentence || !/\bquarter\b/i.test(context.sentence)) return formatYear(anchor.year - Math.round(years));
  const named = [...context.sentence.matchAll(/\b(first|second|third|fourth)[- ]quarter\b/gi)].at(-1)?.[1];
  const ordinal = named ? ORDINALS[named.toLowerCase()]! : undefined;
  if (ordinal === undefined) return periodValue(anchor, 'quarter', -1 - 4 * Math.round(years));
  return `${formatYear(quarterYear(anchor, ordinal) - Math.round(years))}-Q${ordinal}`;
}

/**
 * True for "three days later", "a year later", "an hour earlier": an amount after or before a narrated event, which
 * TimeBank marks as the amount alone. "A year earlier" (and decades, quarters) stays a date: results news uses it
 * to compare with the same period of the previous year.
 */
function isNarrativeShift(g: Record<string, string | undefined>): boolean {
  if (/^later$/i.test(g.direction ?? '')) return true;
  return /^earlier$/i.test(g.direction ?? '') && !/^(?:years?|decades?|centur(?:y|ies)|quarters?)$/i.test(g.unit ?? '');
}

function periodResolution(unit: string, offset: number, context: Parameters<TimeRule['resolve']>[1]): Resolution {
  const placeholders: Record<string, string> = {
    day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', year: 'XXXX',
    decade: 'XXX', century: 'XX',
  };
  return relative(context, placeholders[unit] ?? 'XXXX', (anchor) => periodValue(anchor, unit, offset));
}

/** Rules for relative periods, counted offsets and vague references. */
export const PERIOD_RULES: readonly TimeRule[] = [
  {
    name: 'reference', reason: '"now", "recently", "the future" are TimeML PRESENT_REF / PAST_REF / FUTURE_REF', type: 'DATE',
    pattern: compile(`(?:${referenceSource})`),
    // "the past three summers", "the past several quarters": a counted stretch, not the vague past.
    accept: (text, _start, end, g) => !/^the past$/i.test(g[0] ?? '') || !COUNT_AFTER.test(text.slice(end, end + 24)),
    resolve: (g) => absolute(REFERENCES[(g[0] ?? '').toLowerCase()] ?? 'PRESENT_REF'),
  },
  {
    name: 'vague-span', reason: '"recent weeks", "the coming months", "the weeks ahead" are spans of unknown length (PXW, PXM), as TimeBank marks them', type: 'DURATION',
    pattern: compile('(?:the )?(?:(?:recent|coming|next few|past few|last few) (?<unit>days|weeks|months|quarters)|(?<unitAhead>days|weeks|months|years) ahead|coming (?<unitYears>years))', 'i'),
    resolve: (g) => absolute(durationValue(undefined, (g.unit ?? g.unitAhead ?? g.unitYears)!)),
  },
  {
    name: 'anaphoric-period', reason: '"the following year", "that month" count from the last date the text mentioned, not from publication', type: 'DATE',
    pattern: compile(`${MODIFIER}(?<shift>[Tt]he following|[Tt]he next|[Tt]he previous|[Tt]he prior|[Tt]he same|[Tt]hat) (?<unit>year|month)(?![- ](?:ago|earlier|later|old|long))(?: or so\\b)?`),
    resolve: (g, context) => {
      const shift = /following|next/i.test(g.shift!) ? 1 : /previous|prior/i.test(g.shift!) ? -1 : 0;
      // "the next year" looks ahead from publication unless a past-tense narrative counts from a date it mentioned.
      if (/next/i.test(g.shift!) && context.tense !== 'past') return periodResolution(g.unit!, 1, context);
      const reference = /^(\d{4})(?:-(\d{2}))?/.exec(context.previousDate ?? '');
      if (!reference) return shift === 0 ? undefined : periodResolution(g.unit!, shift, context);
      const year = Number(reference[1]);
      if (g.unit === 'year') return absolute(formatYear(year + shift));
      if (!reference[2]) return undefined;
      const { year: y, month } = addMonths(year, Number(reference[2]), shift);
      return absolute(formatMonth(y, month));
    },
  },
  {
    name: 'relative-period', reason: '"last week", "this year", "earlier this month", "the coming year" shift the anchor\'s own period', type: 'DATE',
    pattern: compile(`${MODIFIER}(?<shift>[Tt]his past|[Tt]his coming|[Tt]his|[Ll]ast|[Nn]ext|[Tt]he past|[Tt]he previous|[Tt]he prior|[Tt]he coming|[Tt]he current|[Tt]he following|[Tt]he same|(?<=(?:[Ee]arlier|[Ll]ater|[Ee]nd of|[Bb]eginning of|[Ss]tart of|[Mm]iddle of) (?:in )?)the) (?:fiscal )?(?<unit>weekend|week|month|year|quarter|decade|century)(?![- ](?:ago|earlier|later|old|long))(?: or so\\b)?`),
    resolve: (g, context) => {
      const unit = g.unit!;
      const shift = shiftOf(g.shift);
      if (g.shift?.toLowerCase() === 'the same') return undefined;
      return periodResolution(unit, shift ?? 0, context);
    },
  },
  {
    name: 'reporting-year', reason: 'results news: "the year ended Sept. 30" is a year-long span; "for the year", "by year end" are the current year', type: 'DATE',
    pattern: compile("(?:(?<ended>[Tt]he (?:fiscal )?year)(?= end(?:ed|ing)\\b)|(?<=\\b(?:[Ff]or|[Oo]f|[Ii]n|[Dd]uring|[Tt]hroughout) )the (?:full |fiscal |full fiscal )?year(?!['’-]| (?:ago|earlier|later|before|after|two|one|\\d|of|when|in which|that|to)\\b)|(?<=\\b(?:[Bb]y|[Aa]t|[Aa]round|[Bb]efore|[Uu]ntil|[Tt]hrough|[Ss]ince) )year(?:[- ]end|['’]s end)\\b)"),
    resolve: (g, context) => g.ended
      ? { ...absolute('P1Y'), type: 'DURATION' }
      : relative(context, 'XXXX', (anchor) => formatYear(anchor.year)),
  },
  {
    name: 'the-week', reason: '"for the week", "the week\'s most active session" in market reports: the current week', type: 'DATE',
    pattern: compile("(?<=\\b(?:[Ff]or|[Oo]f|[Dd]uring|[Tt]hroughout) )the week\\b(?! (?:of|before|after|ahead|earlier|later|that|when|in which)\\b)"),
    resolve: (_g, context) => periodResolution('week', 0, context),
  },
  {
    name: 'year-earlier', reason: '"the year-earlier quarter", "year-ago" compare with the same period a year before', type: 'DATE',
    pattern: compile('(?:the )?year-(?:earlier|ago)(?: (?:quarter|period|level|results?|(?<months>three|six|nine) months|(?<ordinal>first|second|third|fourth)[- ]quarter))?', 'i'),
    resolve: (g, context) => {
      // "the year-earlier nine months" is the same stretch a year before: TimeBank gives its length (P9M).
      if (g.months) return { ...absolute(durationValue(parseNumber(g.months), 'months')), type: 'DURATION' };
      if (g.ordinal) {
        const ordinal = ORDINALS[g.ordinal.toLowerCase()]!;
        return relative(context, `XXXX-Q${ordinal}`, (anchor) => `${formatYear(quarterYear(anchor, ordinal) - 1)}-Q${ordinal}`);
      }
      return relative(context, 'XXXX', (anchor) => yearBefore(anchor, 1, context));
    },
  },
  {
    name: 'same-period-last-year', reason: '"last year\'s quarter", "the quarter a year ago", "the corresponding period last year": results news compares with the same stretch a year before', type: 'DATE',
    pattern: compile("(?:[Ll]ast year['’]s (?:quarter|period)|(?:[Tt]he )?(?:(?:same|corresponding|comparable) |(?<ordinal>first|second|third|fourth)[- ])?(?:period|quarter) (?:a year (?:ago|earlier)|(?:of )?last year|(?:of )?the previous year))\\b"),
    resolve: (g, context) => {
      if (g.ordinal) {
        const ordinal = ORDINALS[g.ordinal.toLowerCase()]!;
        return relative(context, `XXXX-Q${ordinal}`, (anchor) => `${formatYear(quarterYear(anchor, ordinal) - 1)}-Q${ordinal}`);
      }
      // The phrase itself names a quarter-long period, so the quarter cue is added for yearBefore.
      return relative(context, 'XXXX', (anchor) => yearBefore(anchor, 1, { ...context, sentence: `${context.sentence ?? ''} quarter` }));
    },
  },
  {
    name: 'the-weekend', reason: '"over the weekend" is the weekend before the anchor in past tense, the coming one otherwise', type: 'DATE',
    // Any "the weekend" (TimeBank/AQUAINT mark all 8 of 8), not only after "over" or "during": "ahead of the weekend".
    // A deadline word before it ("by the weekend", "through the weekend", "ahead of the weekend") points at the coming one.
    pattern: compile('(?:(?<=\\b(?:[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough|[Bb]efore|[Aa]head of|[Tt]owards?) )(?<ahead>)|)\\b[Tt]he weekend\\b'),
    resolve: (g, context) => relative(context, 'XXXX-WXX-WE', (anchor) => {
      const weekday = weekdayOf(anchor);
      if (weekday >= 6) return `${formatWeek(anchor)}-WE`;
      const offset = context.tense === 'future' || g.ahead !== undefined ? 0 : -1;
      return `${formatWeek(addDays(anchor, offset * 7))}-WE`;
    }),
  },
  {
    name: 'counted-offset', reason: '"two years ago", "three days earlier", "a month from now": the anchor moved by an amount, at that unit\'s grain', type: 'DATE',
    pattern: compile(`(?:(?:about|almost|nearly|more than|some|just|only|over) )?${NUMBER}[ -]${UNIT} (?:or so )?(?<direction>ago|earlier|later|from now|hence|before that)`, 'i'),
    // "three days later" counts from a narrated event, not from publication: TimeBank marks the amount alone as a DURATION.
    extent: (text, span, g) => (isNarrativeShift(g) ? { start: span.start, end: span.end - g.direction!.length - 1 } : span),
    resolve: (g, context) => {
      const sign = /ago|earlier|before/i.test(g.direction!) ? -1 : 1;
      const amount = parseNumber(g.number!);
      if (isNarrativeShift(g)) return { ...absolute(durationValue(amount, g.unit!)), type: 'DURATION' };
      if (sign < 0 && amount !== undefined && /^years?$/i.test(g.unit!)) {
        return relative(context, 'PAST_REF', (anchor) => yearBefore(anchor, amount, context));
      }
      return relative(context, sign < 0 ? 'PAST_REF' : 'FUTURE_REF', (anchor) => shiftedValue(anchor, amount, g.unit!, sign));
    },
  },
  {
    name: 'quarter', reason: '"the third quarter", "fourth-quarter", "the first quarter of 2025": fiscal quarters', type: 'DATE',
    pattern: compile(`(?:the )?(?:(?<leadYear>\\d{4}) |(?<yearShift>this|last|next) year's )?(?:fiscal[- ])?(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)(?:[- ]fiscal)?[- ]quarter(?:(?: of| in)? (?:fiscal )?(?<year>\\d{4}))?`, 'i'),
    resolve: (g, context) => {
      const ordinal = ORDINALS[g.ordinal!.toLowerCase()]!;
      const year = g.year ?? g.leadYear;
      if (year) return absolute(`${year}-Q${ordinal}`);
      const yearShift = shiftOf(g.yearShift);
      if (yearShift !== undefined) return relative(context, `XXXX-Q${ordinal}`, (anchor) => `${formatYear(anchor.year + yearShift)}-Q${ordinal}`);
      return relative(context, `XXXX-Q${ordinal}`, (anchor) => `${formatYear(quarterYear(anchor, ordinal))}-Q${ordinal}`);
    },
  },
  {
    name: 'latest-quarter', reason: '"the latest quarter", "the quarter" in results news: the last quarter that has ended', type: 'DATE',
    pattern: compile('(?:the )(?:(?:latest |most recent |recent |just-ended |just-completed )?quarter|(?:latest|most recent) period)(?![- ](?:ago|earlier|later))', 'i'),
    resolve: (_g, context) => relative(context, 'XXXX-QX', (anchor) => periodValue(anchor, 'quarter', -1)),
  },
  {
    name: 'week-of', reason: '"the week of March 6" is the ISO week holding that day, not the day itself', type: 'DATE',
    pattern: compile(`[Tt]he week of ${MONTH} (?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,? (?<year>\\d{4}))?`),
    resolve: (g, context) => {
      const month = MONTHS[g.month!.toLowerCase().replace('.', '')]!;
      const day = Number(g.day);
      if (day < 1 || day > 31) return undefined;
      if (g.year) return absolute(formatWeek(dayOf(Number(g.year), month, day)));
      return relative(context, 'XXXX-WXX', (anchor) => formatWeek(dayOf(yearFor(anchor, context.tense, month, day), month, day)));
    },
  },
  {
    name: 'some-day', reason: '"will one day be", "hopes he one day follows": "one day" between a modal or subject and its verb means some future day, not a length', type: 'DATE',
    pattern: compile(`(?<=\\b(?<lead>will|would|could|might|may|can|should|must|shall|to|I|we|you|he|she|they|it)\\s)(?:one|some) day(?= (?!(?:of|and|or|in|on|at|for|to|the|a|an|ago|later|earlier|after|before|long|old|left|more|less|is|was)\\b)(?<verb>[a-z]+)\\b)`),
    // After a bare subject the verb must not be past: "he one day walked in" is a past day, not a hope.
    accept: (_text, _start, _end, g) => /^(?:will|would|could|might|may|can|should|must|shall|to)$/.test(g.lead ?? '') || !(PAST_VERBS.includes(g.verb ?? '') || /ed$/.test(g.verb ?? '')),
    resolve: () => absolute('FUTURE_REF'),
  },
  {
    name: 'anaphoric-day', reason: '"that day", "the next morning", "earlier that day" point at the last full date the text mentioned, not at publication', type: 'DATE',
    pattern: compile('(?:(?:[Ee]arlier|[Ll]ater) )?(?<shift>[Tt]hat(?: same)?|[Tt]he same|[Tt]he next|[Tt]he following|[Tt]he previous) (?:day|morning|afternoon|evening|night)(?![- ](?:ago|earlier|later|long|old))'),
    resolve: (g, context) => {
      const reference = /^(\d{4})-(\d{2})-(\d{2})/.exec(context.previousDate ?? '');
      // Without a day to count from, "that day" is left unmarked rather than guessed from publication.
      if (!reference) return undefined;
      const offset = /next|following/i.test(g.shift!) ? 1 : /previous/i.test(g.shift!) ? -1 : 0;
      // TimeBank/AQUAINT write "the next morning" as the day alone, so the part of day is not kept.
      return absolute(formatDay(addDays({ year: Number(reference[1]), month: Number(reference[2]), day: Number(reference[3]) }, offset)));
    },
  },
  {
    name: 'year-period', reason: '"the 1988 quarter", "the 1989 period" in results news: the quarter under discussion, in that year', type: 'DATE',
    pattern: compile('(?:[Tt]he )(?<year>(?:19|20)\\d\\d) (?:quarter|period)\\b'),
    resolve: (g, context) => {
      // Nine-month or half-year results compare whole periods of the year: the value is the year.
      if (/\b(?:nine|six) months\b|\bfirst half\b/i.test(context.sentence ?? '')) return absolute(g.year!);
      const named = [...(context.sentence ?? '').matchAll(/\b(first|second|third|fourth)[- ]quarter\b/gi)].at(-1)?.[1];
      if (named) return absolute(`${g.year}-Q${ORDINALS[named.toLowerCase()]}`);
      return relative(context, `${g.year}-QX`, (anchor) => `${g.year}-Q${quarterOf(addMonths(anchor.year, anchor.month, -3).month)}`);
    },
  },
  {
    name: 'half-year', reason: '"the first half of 2025" is a half year (H1/H2)', type: 'DATE',
    pattern: compile('(?:the )?(?<ordinal>first|second|last)[- ]half(?: of (?:(?:fiscal )?(?<year>\\d{4})|(?:the|this) (?:fiscal )?year|(?<yearShift>last|next) (?:fiscal )?year))?(?! of the (?:\'\\d0s|\\d{4}s))', 'i'),
    resolve: (g, context) => {
      const half = g.ordinal!.toLowerCase() === 'first' ? 1 : 2;
      if (g.year) return absolute(`${g.year}-H${half}`);
      // "the second half of next year": the half of the shifted year; "of the year" / "of this year" is the anchor's year.
      const yearShift = shiftOf(g.yearShift);
      if (yearShift !== undefined || /\byear$/i.test(g[0] ?? '')) {
        return relative(context, `XXXX-H${half}`, (anchor) => `${formatYear(anchor.year + (yearShift ?? 0))}-H${half}`);
      }
      return relative(context, `XXXX-H${half}`, (anchor) => {
        const current = anchor.month <= 6 ? 1 : 2;
        const year = half <= current ? anchor.year : anchor.year - 1;
        return `${formatYear(year)}-H${half}`;
      });
    },
  },
];

