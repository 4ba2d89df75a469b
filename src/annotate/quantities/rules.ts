/**
 * Quantity rules as data: number words, scales, hedges, currencies, unit aliases and the word
 * lists that keep dates, names and verbs out. Keys are lower-case.
 */
import type { Quantity } from '../../core/types.ts';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Cardinal number words below one hundred. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ').map((w, i) => [w, i] as const),
  ...'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, (i + 2) * 10] as const),
  ['dozen', 12],
]);

/** Scale words that multiply the number before them ("3.5 million", "$2bn"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['b', 1e9], ['tn', 1e12], ['trn', 1e12],
]);

/** Abbreviated scales ("2bn", "5m") are only read after a currency, where they cannot be metres. */
export const SHORT_SCALES = words('k m mn mln bn b tn trn');

/** Plural scale words used vaguely, with the lower bound they stand for ("hundreds of" → 100). */
export const VAGUE_SCALES: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['scores', 20], ['tens', 10], ['hundreds', 1e2], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
]);

/** Vague counts before a scale word, with the lower bound they stand for ("several hundred" → 200). */
export const VAGUE_COUNTS: ReadonlyMap<string, number> = new Map([['several', 2], ['few', 2]]);

/** Ordinal words and their rank; numeric ordinals ("6th") are read from digits. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ...'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'
    .split(' ').map((w, i) => [w, i + 1] as const),
  ...'twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth'.split(' ').map((w, i) => [w, i < 8 ? (i + 2) * 10 : 100] as const),
]);

/** Fraction denominators, singular and plural ("a fifth", "two-thirds"). */
export const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4], ['fourths', 4],
  ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8],
  ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10],
]);

type HedgeRow = readonly [phrase: string, hedge: NonNullable<Quantity['hedge']>];

/** Hedges before a number, longest first, with the meaning kept in `Quantity.hedge`. "nearly" counts as "about": both say the figure is approximate. */
export const HEDGES_BEFORE: readonly HedgeRow[] = ([
  ['more than', 'more than'], ['greater than', 'more than'], ['upwards of', 'more than'], ['just over', 'more than'], ['over', 'more than'], ['in excess of', 'more than'],
  ['less than', 'less than'], ['fewer than', 'less than'], ['just under', 'less than'], ['under', 'less than'], ['below', 'less than'],
  ['at least', 'at least'], ['no fewer than', 'at least'], ['no less than', 'at least'], ['a minimum of', 'at least'],
  ['at most', 'at most'], ['up to', 'at most'], ['as many as', 'at most'], ['as much as', 'at most'], ['no more than', 'at most'], ['a maximum of', 'at most'],
  ['nearly', 'about'], ['almost', 'about'], ['approximately', 'about'], ['approx', 'about'], ['about', 'about'], ['around', 'about'], ['roughly', 'about'],
  ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['close to', 'about'], ['circa', 'about'], ['nigh on', 'about'],
] satisfies HedgeRow[]).sort((a, b) => b[0].length - a[0].length);

/** Hedges after a quantity ("five hours or more"). */
export const HEDGES_AFTER: readonly HedgeRow[] = [
  ['or more', 'at least'], ['or so', 'about'], ['or thereabouts', 'about'], ['or less', 'at most'], ['or fewer', 'at most'],
];

/** Currency signs and codes written before the number, mapped to ISO 4217 codes (lower-case). */
export const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['$', 'usd'], ['us$', 'usd'], ['c$', 'cad'], ['a$', 'aud'], ['€', 'eur'], ['£', 'gbp'], ['¥', 'jpy'], ['₹', 'inr'], ['₽', 'rub'], ['₴', 'uah'], ['₩', 'krw'],
  ['usd', 'usd'], ['eur', 'eur'], ['gbp', 'gbp'], ['rub', 'rub'], ['uah', 'uah'], ['cny', 'cny'], ['jpy', 'jpy'], ['chf', 'chf'],
]);

/** Currency names written after the number. "pounds" is left out: it is also a weight. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'usd'], ['dollars', 'usd'], ['euro', 'eur'], ['euros', 'eur'], ['rouble', 'rub'], ['roubles', 'rub'], ['ruble', 'rub'], ['rubles', 'rub'],
  ['hryvnia', 'uah'], ['hryvnias', 'uah'], ['hryvnia', 'uah'], ['yuan', 'cny'], ['yen', 'jpy'], ['rupee', 'inr'], ['rupees', 'inr'], ['sterling', 'gbp'],
  ['canadian dollar', 'cad'], ['canadian dollars', 'cad'], ['australian dollar', 'aud'], ['australian dollars', 'aud'],
  ['hong kong dollars', 'hkd'], ['swiss francs', 'chf'], ['british pounds', 'gbp'], ['pounds sterling', 'gbp'],
  ...[...CURRENCY_PREFIXES].filter(([k]) => /^[a-z]{3}$/.test(k)),
]);

/** Unit abbreviations and variants mapped to the unit name used in `Quantity.unit`. */
export const UNIT_ALIASES: ReadonlyMap<string, string> = new Map([
  ['%', 'percent'], ['per cent', 'percent'], ['pct', 'percent'], ['percentage point', 'percentage point'], ['percentage points', 'percentage point'],
  ['km', 'kilometer'], ['kms', 'kilometer'], ['kilometre', 'kilometer'], ['kilometres', 'kilometer'], ['metre', 'meter'], ['metres', 'meter'],
  ['kg', 'kilogram'], ['mph', 'mile per hour'], ['km/h', 'kilometer per hour'], ['bpd', 'barrel per day'], ['mw', 'megawatt'], ['gw', 'gigawatt'],
  ['hrs', 'hour'], ['mins', 'minute'], ['yrs', 'year'],
]);

/** Nouns that count even in the singular after "one" or an ordinal ("one hour", "one percent"). */
export const SINGULAR_UNITS = words(`
  percent hour minute second day week month year decade century point meter kilometer mile kilogram ton tonne barrel
  person round time
`);

/** Plurals that do not end in "s", and plural-only nouns, mapped to their singular. */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['people', 'person'], ['children', 'child'], ['men', 'man'], ['women', 'woman'], ['feet', 'foot'], ['teeth', 'tooth'],
  ['police', 'police'], ['personnel', 'personnel'], ['staff', 'staff'], ['aircraft', 'aircraft'], ['livestock', 'livestock'],
  ['cattle', 'cattle'], ['sheep', 'sheep'], ['fish', 'fish'], ['data', 'data'], ['media', 'media'], ['crew', 'crew'],
]);

/** Words that are never a counted noun: function words, verbs of saying, time words that make a date. */
export const NOT_NOUNS = words(`
  the a an of to in on at by for with from as into onto than then and or but nor so yet if that this these those
  is was were are be been being has have had do does did will would can could should may might must
  who whom which what when where why how he she it they we you i his her its their our my your
  said says say told added more less fewer most least other another such per each every all both
  ago earlier later before after since until till last next
`);

/** Adjectives that may stand between a number and its noun ("20 new cases", "1,200 more troops"). */
export const SKIPPABLE_ADJECTIVES = words(`
  new more additional other extra further fresh former current armed foreign senior top key main major minor
  small large big separate different young old local regional national international civilian military
  confirmed reported registered documented known estimated full whole long short straight consecutive
`);

/** Nouns after an ordinal that make a set phrase rather than a count ("first time", "second half"). */
export const ORDINAL_NOUN_STOPS = words(`
  time times lady place half quarter hand person sight glance step priority name floor instance thought class rate
  world gentleman son daughter wife husband cousin
`);

/** Words before a year-like number that mark it as a year ("in 2022", "the 2024 election"). */
export const YEAR_CUES = words('in since by until till of from before after the early late mid fiscal between and to during through around this last next year');

/** Month names and abbreviations: a number next to one is a date, not a quantity. */
export const MONTHS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Words after a number that make it a clock time or a relative date ("5 p.m.", "two weeks ago"). */
export const TIME_FOLLOWERS = words('am pm a.m p.m gmt utc est edt cet cest msk bst pst pdt o’clock o\'clock ago');

/** Head nouns that follow a modifier after a hyphenated measure ("20-point peace plan" → "point plan"). */
export const COMPOUND_HEADS = words(`
  plan deal agreement accord proposal framework ceasefire truce package program programme meeting summit talks
  period window freeze pause moratorium sentence ban contract loan budget term mission operation
`);
