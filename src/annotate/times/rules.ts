/**
 * Lexicons for time expressions: month and weekday names, number words, units, tense cues and the
 * words that reveal a date word is really part of a name. Data only; the patterns that use these
 * live in patterns.ts.
 */

/** Month names and abbreviations → month number (1–12). "May" is handled separately as it is also a name and a modal. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Regex source matching a capitalised month name; abbreviations need their full stop so "Mar-a-Lago" or "Jan" (a name) do not match. */
export const MONTH_SOURCE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.|Sept)';

/** Weekday names → ISO weekday (1 = Monday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tues: 2, tue: 2, wednesday: 3, wed: 3, thursday: 4, thurs: 4, thu: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Regex source matching a capitalised weekday name (abbreviations only with their full stop). */
export const WEEKDAY_SOURCE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Tues|Wed|Thurs|Fri)\\.)';

/** Number words → value; used for durations and "N days ago". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, 'a hundred': 100, dozen: 12, 'a dozen': 12, 'a couple of': 2, 'a couple': 2, couple: 2,
};

/** Vague quantity words: the duration is known in unit but not in number (PXY). */
export const VAGUE_NUMBERS: readonly string[] = ['several', 'a few', 'few', 'many', 'some', 'a number of', 'numerous'];

/** Regex source for a number: digits, number words and hyphenated or spaced compounds ("twenty-four", "twenty four"). */
export const NUMBER_SOURCE =
  '(?:\\d{1,3} 1/2|\\d{1,3}(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|a dozen|a couple of|a couple|a|an|several|a few|few|many|some|hundreds of|dozens of)';

/** Time units → TimeML duration letter, whether it belongs after the "T", and a multiplier (a decade is P10Y, as TimeBank writes it). */
export const UNITS: Readonly<Record<string, { letter: string; clock: boolean; times?: number }>> = {
  second: { letter: 'S', clock: true }, minute: { letter: 'M', clock: true }, hour: { letter: 'H', clock: true },
  day: { letter: 'D', clock: false }, night: { letter: 'D', clock: false }, week: { letter: 'W', clock: false },
  fortnight: { letter: 'W', clock: false }, month: { letter: 'M', clock: false }, quarter: { letter: 'Q', clock: false },
  year: { letter: 'Y', clock: false }, decade: { letter: 'Y', clock: false, times: 10 }, century: { letter: 'Y', clock: false, times: 100 },
};

/** Regex source for a unit word, singular or plural. */
export const UNIT_SOURCE = '(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|centuries)s?';

/** Parts of the day → TimeML part-of-day codes. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};

/** Seasons → TimeML season codes. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

/** Ordinals for quarters and halves. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: 4,
};

/** Words that mark the governing verb as future. */
export const FUTURE_CUES: readonly string[] = [
  'will', "'ll", 'shall', 'going to', 'plans to', 'plan to', 'is to', 'are to', 'expected to', 'expects to', 'scheduled to',
  'set to', 'intends to', 'would', 'hopes to', 'aims to', 'is due', 'are due', 'tomorrow',
  // Plans point ahead even in the past tense: "planned a rally on Saturday", "scheduled a news conference Thursday".
  'planned', 'planning', 'scheduled', 'as soon as', 'upcoming',
];

/** Words right before a date that make it a deadline or term ("payable Jan. 2", "extended to Nov. 20"): the tense of the clause says nothing about which side of the anchor it falls. */
export const DEADLINE_WORDS: readonly string[] = [
  'to', 'until', 'till', 'through', 'by', 'before', 'expire', 'expires', 'expiring', 'payable', 'effective', 'due', 'record',
];

/** Irregular past-tense verbs; regular ones are recognised by their "-ed" ending. */
export const PAST_VERBS: readonly string[] = [
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'made', 'came', 'went', 'took', 'gave', 'got', 'began', 'left',
  'held', 'spoke', 'wrote', 'sent', 'saw', 'found', 'brought', 'thought', 'became', 'rose', 'fell', 'sold', 'bought',
  'paid', 'won', 'lost', 'hit', 'put', 'set', 'led', 'ran', 'struck', 'fled', 'flew', 'knew', 'meant', 'kept',
  'heard', 'felt', 'stood', 'broke', 'chose', 'drove', 'grew', 'built', 'spent', 'shot', 'caught', 'taught', 'fought',
  'sought', 'ago', 'earlier', 'last', 'previously', 'ended', 'closed',
];

/** Speech verbs: they govern a date only when right next to it ("said Friday", "said on Friday"); further away they report a statement whose own verb carries the tense. */
export const SPEECH_VERBS: readonly string[] = ['said', 'told', 'announced', 'reported', 'added', 'stated', 'noted', 'explained', 'declared', 'confirmed', 'disclosed'];

/** "-ed" words that are not past-tense verbs (adjectives, nouns) and must not count as a past cue. */
export const NOT_PAST_ED: readonly string[] = ['need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'hundred', 'united', 'limited', 'expected', 'proposed', 'based',
  // "-eed" verbs and adverbs in the present: "will succeed", "proceed", "indeed".
  'succeed', 'proceed', 'exceed', 'indeed', 'greed', 'breed', 'bleed', 'embed'];

/** Words that, capitalised before a date word, show it belongs to a name ("Good Friday Agreement", "India Today"). */
export const NAME_HEADS_AFTER: readonly string[] = [
  'Agreement', 'Accord', 'Accords', 'Mosque', 'Prayer', 'Prayers', 'Sermon', 'Club', 'Group', 'Movement', 'Party',
  'Revolution', 'Offensive', 'War', 'Massacre', 'Times', 'Post', 'Show', 'Night', 'Live', 'News', 'Magazine',
];

/** Capitalised words that turn a following weekday into a named day or event ("Bloody Sunday", "Super Tuesday"). */
export const NAME_MODIFIERS_BEFORE: readonly string[] = ['Bloody', 'Super', 'Cyber', 'Black', 'Giving', 'Manic', 'Blue', 'Holy', 'Ash', 'Palm', 'Maundy', 'Easter', 'Good'];

/** Function words that may precede a date word without making it part of a name, even when capitalised. */
export const DATE_LEAD_WORDS: readonly string[] = [
  'on', 'by', 'since', 'until', 'till', 'before', 'after', 'from', 'to', 'in', 'last', 'next', 'this', 'that', 'early',
  'late', 'mid', 'as', 'of', 'through', 'during', 'and', 'or', 'but', 'earlier', 'later', 'each', 'every', 'late', 'at',
  'the', 'a', 'said', 'says', 'for', 'between', 'than', 'around', 'about', 'until', 'following', 'past', 'previous',
];
