/** Rules for durations ("five hours", "a four-hour meeting"), recurring sets ("every Monday") and clock times ("3 p.m."). */
import { addDays, formatDay } from './calendar.ts';
import { absolute, dayOf, durationValue, parseNumber, relative, shiftedValue, unitKey, weekdayDate, yearFor } from './resolve.ts';
import { compile, MONTH, NUMBER, UNIT, WEEKDAY, type TimeRule } from './time-rule.ts';
import { MONTHS, PARTS_OF_DAY, UNITS, WEEKDAYS } from './rules.ts';

const SET_ADVERBS: Readonly<Record<string, string>> = {
  // "quarterly" is left out: it is nearly always "quarterly dividend/report", which TimeBank does not mark.
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M',
  annually: 'P1Y', yearly: 'P1Y', semiannually: 'P6M',
};

/** The words before a bare "a year", "a week" that make it a rate: an amount or a counted plural noun ("flights a week"). */
const RATE_BEFORE = /(?:\d|\b(?:million|billion|thousand|hundred|percent|cents|dollars|times|twice|once)|\b[a-z]{3,}[^s\W]s)\s+$/i;

/** Words right before "last" that make it the verb ("will last two days", "expected to last"). */
const LAST_AS_VERB_BEFORE = /\b(?:will|would|could|can|may|might|should|must|to|not|did|does|do)\s+$|['’]ll\s+$/i;

const clockValue = (hour: number, minute: number): string => `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase().startsWith('p');
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

/** Rules for sets, durations and clock times (sets first: "a year" after "twice" is a frequency, not a duration). */
export const DURATION_RULES: readonly TimeRule[] = [
  {
    name: 'set-adverb', reason: '"daily", "weekly", "annually" are recurring sets', type: 'SET',
    pattern: compile(`(?<word>${Object.keys(SET_ADVERBS).join('|')})`, 'i'),
    // "to rise 8.5% annually" is a growth rate, not a recurring event; the gold leaves rates unmarked.
    accept: (text, start) => !/(?:%|\bpercent|\bper cent)\s+$/i.test(text.slice(Math.max(0, start - 12), start)),
    resolve: (g) => absolute(SET_ADVERBS[g.word!.toLowerCase()]!),
  },
  {
    name: 'set-every', reason: '"every Monday", "each July", "each year", "every two weeks" recur', type: 'SET',
    pattern: compile(`(?:[Ee]very|[Ee]ach) (?:(?:${NUMBER}|(?<other>other)) )?(?:${UNIT}|${WEEKDAY}|${MONTH})`),
    resolve: (g) => {
      if (g.weekday) return absolute(`XXXX-WXX-${WEEKDAYS[g.weekday.toLowerCase().replace('.', '')]}`);
      if (g.month) return absolute(`XXXX-${String(MONTHS[g.month.toLowerCase().replace('.', '')]).padStart(2, '0')}`);
      const amount = g.other ? 2 : g.number ? parseNumber(g.number) ?? 1 : 1;
      return absolute(durationValue(amount, g.unit!));
    },
  },
  {
    name: 'set-weekday-plural', reason: '"on Mondays", "Tuesday nights" recur every week', type: 'SET',
    // "Monday and Tuesday nights": the first weekday shares the plural part of day after the second.
    pattern: compile('(?<=\\b[Oo]n )(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s|(?<weekdayPart>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?<part>morning|afternoon|evening|night)s\\b|(?<weekdayShared>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?= (?:and|or) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?<sharedPart>morning|afternoon|evening|night)s\\b)'),
    resolve: (g) => {
      const weekday = WEEKDAYS[(g.weekday ?? g.weekdayPart ?? g.weekdayShared)!.toLowerCase()];
      const part = g.part ?? g.sharedPart;
      return absolute(`XXXX-WXX-${weekday}${part ? `T${PARTS_OF_DAY[part]}` : ''}`);
    },
  },
  {
    name: 'set-rate', reason: '"twice a week", "three times a year": a frequency per unit is a set', type: 'SET',
    // Prices and amounts per period ("$2 million a year") are left out: TimeBank does not mark them.
    pattern: compile('(?<=\\b(?:once|twice|times) )(?:a|an|per) (?<unit>second|minute|hour|day|week|month|year)\\b'),
    resolve: (g) => absolute(durationValue(1, g.unit!)),
  },
  {
    name: 'duration-fraction', reason: '"half an hour", "a quarter of a century", "a year and a half" are durations in the next smaller unit', type: 'DURATION',
    pattern: compile(`(?:[Hh]alf (?:an?|the) (?<half>hour|day|year|month|week|century|decade)|(?:[Aa]|[Oo]ne) quarter of an? (?<quarter>hour|year|century|decade)|${NUMBER} ${UNIT} and a half)`),
    resolve: (g) => {
      if (g.half) return absolute(durationValue(0.5, g.half));
      if (g.quarter) return absolute(durationValue(0.25, g.quarter));
      const amount = parseNumber(g.number!);
      return absolute(durationValue(amount === undefined ? undefined : amount + 0.5, g.unit!));
    },
  },
  {
    name: 'duration', reason: '"five hours", "the past two weeks", "a four-hour meeting": amount and unit, never a clock time', type: 'DURATION',
    // The empty branch after "in " marks "in five years" (a point ahead when the verb looks ahead); see resolve.
    pattern: compile(`(?:(?<=\\b[Ii]n )(?<afterIn>)|)(?:(?:the|another) (?:(?:first|past|last|next|previous|coming|final|remaining|following|initial) )?|(?:first|past|last|next) )?(?:(?:about|nearly|almost|more than|less than|over|some|at least|up to|roughly|around) )?${NUMBER}(?<joiner>[ -])(?:(?:more|additional|extra|trading|business|working|calendar|straight|consecutive) )?${UNIT}(?:-long| or so\\b)?`, 'i'),
    accept: (text, start, end, g) => {
      // A capitalised unit is a title ("60 Minutes"); ages ("a 6-year-old") are not time expressions in TimeML;
      // "three-quarters" is a fraction.
      if (/^[A-Z]/.test(g.unit ?? '')) return false;
      if (/^(?:-| )old\b/.test(text.slice(end, end + 4))) return false;
      if (g.joiner === '-' && /^quarters?$/i.test(g.unit ?? '')) return false;
      // "more than a quarter of the market" is a fraction; "a quarter of a century" is still a length of time.
      if (/^quarter$/i.test(g.unit ?? '') && /^(?:a|one)$/i.test(g.number ?? '') && /^ of (?!an? (?:century|decade|year)\b)/i.test(text.slice(end, end + 16))) return false;
      // "a decades-long battle": an article never counts a plural unit.
      if (/^an?$/i.test(g.number ?? '') && /(?:s|centuries)$/i.test(g.unit ?? '')) return false;
      // "a week" and "an hour" as bare article + unit: keep; "1 year" after a currency sign is money, drop.
      if (/[$€£]\s?$/.test(text.slice(Math.max(0, start - 2), start))) return false;
      const bare = /^an? (\w+)$/i.exec(text.slice(start, end))?.[1];
      // "$500 million a year", "four flights a week", "24 hours a day": a rate after an amount, which TimeBank does not mark.
      if (bare && RATE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
      // "a second group", "a second betrayal": the ordinal, not the unit.
      if (bare?.toLowerCase() === 'second' && /^ (?!(?:or|and|to|of|in|later|earlier|ago|after|before)\b)[a-z]/.test(text.slice(end, end + 12))) return false;
      return UNITS[(g.unit ?? '').toLowerCase().replace(/s$/, '').replace(/centurie$/, 'century')] !== undefined;
    },
    // An adjectival duration ("the five-hour meeting") is the compound alone; the article belongs to the noun.
    extent: (text, span, g) => {
      // "will last two days": the verb "last" is not part of the duration.
      if (/^last /i.test(text.slice(span.start, span.end)) && LAST_AS_VERB_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))) {
        return { start: span.start + 5, end: span.end };
      }
      if (g.joiner !== '-') return span;
      const article = /^(?:the|another) /i.exec(text.slice(span.start, span.end));
      return article ? { start: span.start + article[0].length, end: span.end } : span;
    },
    resolve: (g, context) => {
      const amount = parseNumber(g.number!);
      // "would be redeemed in five years", "will open in two weeks": after "in" with a future verb, the amount counts
      // forward from publication to a date (TimeBank: "in five years" → 1994 in 1989), unlike "rose in two weeks".
      const unit = unitKey(g.unit!);
      if (g.afterIn !== undefined && context.tense === 'future' && amount !== undefined && !UNITS[unit]?.clock && !/^(?:the|another|first|past|last|next)\b/i.test(g[0] ?? '')) {
        return relative(context, 'FUTURE_REF', (anchor) => shiftedValue(anchor, amount, g.unit!, 1), 'DATE');
      }
      return absolute(durationValue(amount, g.unit!));
    },
  },
  {
    name: 'duration-long', reason: '"a day-long meeting", "a decades-long battle": the compound gives a length, vague when the unit is plural', type: 'DURATION',
    pattern: compile('\\b(?<unit>day|week|month|year|decade|days|weeks|months|years|decades)-long\\b'),
    resolve: (g) => absolute(durationValue(g.unit!.endsWith('s') ? undefined : 1, g.unit!)),
  },
  {
    name: 'duration-vague', reason: '"for years", "in months": a bare plural unit after a preposition is a vague duration', type: 'DURATION',
    pattern: compile('(?<=\\b(?:[Ff]or|[Ii]n|[Oo]ver|[Ww]ithin|[Tt]ook|[Ll]asted) )(?<unit>years|months|weeks|days|hours|minutes|decades)\\b'),
    resolve: (g) => absolute(durationValue(undefined, g.unit!)),
  },
  {
    // The day part ends in an empty branch rather than "(…)?": a zero-width lookahead inside an optional group never keeps its captures.
    name: 'clock-time', reason: '"3 p.m.", "10:30 a.m. Friday", "14:00 GMT": a clock time on the anchor day or the named day (also after a bracketed conversion)', type: 'TIME',
    pattern: compile(`(?:(?:about|around|approximately|shortly after|shortly before) )?(?:(?<hour>\\d{1,2})(?::(?<minute>[0-5]\\d))? ?(?<meridiem>[ap]\\.m\\.|[AP]\\.M\\.|[ap]m\\b|[AP]M\\b)|(?<hour24>[01]?\\d|2[0-3]):(?<minute24>[0-5]\\d)(?= ?(?:GMT|UTC|local|hours|h\\b|[A-Z]{2,4}\\b))|(?<word>noon|midnight|midday))(?: (?<zone>GMT|UTC|EST|EDT|CST|CDT|PST|PDT|ET|BST|CET|local time))?(?:(?= \\([^()]{1,24}\\),? (?:on )?(?<weekdayAfter>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)|,? (?:on )?(?:(?<dayword>today|yesterday|tomorrow)|${WEEKDAY}|${MONTH} (?<monthDay>\\d{1,2})\\b)|)`),
    resolve: (g, context) => {
      let hour: number;
      let minute = 0;
      if (g.word) hour = g.word === 'midnight' ? 0 : 12;
      else if (g.hour24 !== undefined) [hour, minute] = [Number(g.hour24), Number(g.minute24)];
      else [hour, minute] = [hour24(Number(g.hour), g.meridiem), Number(g.minute ?? 0)];
      if (hour > 23 || (g.hour !== undefined && Number(g.hour) > 12)) return undefined;
      const clock = clockValue(hour, minute);
      return relative(context, `XXXX-XX-XX${clock}`, (anchor) => {
        let day = anchor;
        if (g.dayword) day = addDays(anchor, { today: 0, yesterday: -1, tomorrow: 1 }[g.dayword]!);
        // "10 a.m. (0700 GMT) Friday": the weekday after the bracket names the day; it keeps its own span.
        else if (g.weekday ?? g.weekdayAfter) day = weekdayDate(anchor, WEEKDAYS[(g.weekday ?? g.weekdayAfter)!.toLowerCase().replace('.', '')]!, context.tense);
        else if (g.month && g.monthDay) {
          const month = MONTHS[g.month.toLowerCase().replace('.', '')]!;
          day = dayOf(yearFor(anchor, context.tense, month, Number(g.monthDay)), month, Number(g.monthDay));
        }
        return `${formatDay(day)}${clock}`;
      });
    },
  },
];
