/**
 * Sentence-boundary rules as data. Every list says why its words are there; the splitter in
 * `split.ts` only asks "is this word in that list?". Words are lower-case, without the final period.
 */

/** A word list with the reason it exists. */
export interface WordRule {
  reason: string;
  words: ReadonlySet<string>;
}

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Abbreviations that stand before a name, so a capital after them never starts a sentence. */
export const TITLE_ABBREVIATIONS: WordRule = {
  reason: 'titles and place prefixes precede a name ("Mr. Smith", "Gen. Lee", "Mt. Fuji", "St. Louis")',
  words: words(`
    mr mrs ms messrs mmes mme mlle dr prof gen lt col maj capt cpt sgt cpl pvt cmdr adm brig
    sen sens rep reps gov govs pres supt insp det atty amb rev hon fr msgr cie
    st mt ft pt
  `),
};

/** Abbreviations that may end a sentence; after them only a typical sentence opener starts a new one. */
export const TRAILING_ABBREVIATIONS: WordRule = {
  reason: 'company suffixes, name suffixes and list endings often sit mid-sentence but can close one ("Pitt & Co. It closed")',
  words: words(`
    inc co corp ltd llc plc bros jr sr esq etc al vs v cf esp approx dept univ assn est govt intl natl
    ave blvd rd hwy
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat
  `),
};

/** Company suffixes: a capital after them starts a new sentence unless it is another suffix ("Co. Ltd."). */
export const COMPANY_SUFFIXES: WordRule = {
  reason: 'news style ends a company name with the suffix and follows it with a comma or lower case when the sentence goes on ("Lawrence Group Inc. Lawrence Insurance, based in …")',
  words: words('inc corp ltd plc llc co bros'),
};

/** Words after a company suffix that still belong to the name. */
export const NAME_CONTINUATIONS: WordRule = {
  reason: 'legal-form suffixes stack ("Co. Ltd.", "Holding Corp. LLC", "Orkem Coatings U.K. Ltd.")',
  words: words('ltd llc plc inc corp co ag sa nv bv gmbh kg lp llp limited'),
};

/** US state abbreviations in news style; only read when capitalised, as several are also words ("ill.", "wash."). */
export const STATE_ABBREVIATIONS: WordRule = {
  reason: 'datelines and addresses ("Amherst, N.Y.", "St. Albans, Vt.", "INDEPENDENCE, MO. (AP)") put them mid-sentence or at its end',
  words: words(`
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex vt va wash wis wisc wyo
  `),
};

/** Abbreviations that introduce a number ("No. 5", "p. 55", "Feb. 28"); a digit after them continues the sentence. */
export const NUMBER_ABBREVIATIONS: WordRule = {
  reason: 'reference words and month names are followed by a number in the same sentence',
  words: words(`
    no nos nr n° p pp vol vols art arts fig figs ch chap sec sect para ref tel ext ca op rt
    jan feb mar apr jun jul aug sep sept oct nov dec
  `),
};

/** Time-of-day abbreviations written with periods. */
export const CLOCK_ABBREVIATIONS: WordRule = {
  reason: 'lower-case "a.m."/"p.m." usually continue the sentence ("At 5 a.m. Mr. Smith left"); upper-case "P.M." is treated as an ordinary word',
  words: words('a.m p.m'),
};

/** Words that commonly open an English sentence and rarely continue a name. */
export const SENTENCE_OPENERS: WordRule = {
  reason: 'after an ambiguous abbreviation ("U.S.", "Co.", "I."), a capitalised function word signals a new sentence',
  words: words(`
    the a an this that these those it its he she they we i you his her their our my your there here
    what when where why how who whom whose which but and or so yet if in on at as after before since
    while although though however meanwhile also still then now not no some many most all one both
    each such last earlier later today yesterday tomorrow please did do does is are was were can could
    will would should may might must has have had by for from with under according during despite
    once instead asked speaking other another even only just more
  `),
};

/** Characters that may close a sentence after its final punctuation. */
export const CLOSING_CHARACTERS = '"\'”’»)]}';

/** Characters that may open a sentence before its first word. */
export const OPENING_CHARACTERS = '"\'“‘«([{';

/** Bullet characters that start a list item. */
export const BULLET_CHARACTERS = '•⁃▪◦‣●○■□➢►';
