/**
 * Lexicons for tokenising and for reading names in news text: abbreviations, honorifics, role
 * words. Generic English news knowledge only; each list says why it exists.
 */

/** Short forms written with a final period that does not end the word (tokeniser keeps the period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'cmdr', 'sgt', 'maj', 'adm',
  'pres', 'rev', 'hon', 'st', 'jr', 'sr', 'mt', 'ft', 'inc', 'corp', 'ltd', 'co', 'bros', 'plc', 'vs', 'etc',
  'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept',
  'univ', 'ave', 'blvd', 'est', 'fig', 'vol',
]);

/** Courtesy titles: never part of a name and not a role ("Mr Smith" is the entity "Smith"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'madam', 'monsieur', 'herr', 'frau',
]);

/** Nouns that head a role phrase ("Foreign Minister", "chief executive", "spokeswoman"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'minister', 'secretary', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess',
  'emperor', 'pope', 'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor',
  'ambassador', 'envoy', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'leader',
  'chairman', 'chairwoman', 'chair', 'chairperson', 'director', 'executive', 'ceo', 'cfo', 'coo', 'founder', 'co-founder',
  'head', 'chief', 'commander', 'general', 'gen.', 'admiral', 'colonel', 'col.', 'lieutenant', 'captain', 'sergeant',
  'officer', 'official', 'judge', 'justice', 'prosecutor', 'attorney', 'lawyer', 'negotiator', 'mediator', 'speaker',
  'lawmaker', 'deputy', 'analyst', 'economist', 'professor', 'prof.', 'researcher', 'scientist', 'correspondent', 'reporter',
  'editor', 'columnist', 'coach', 'manager', 'striker', 'captain', 'owner', 'partner', 'candidate', 'nominee', 'commissioner',
  'chancellor', 'dean', 'rector', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'sheikh', 'mp', 'mep', 'councillor',
  'councilman', 'councilwoman', 'ruler', 'monarch', 'dictator', 'strongman', 'tsar', 'czar', 'treasurer', 'auditor', 'inspector',
  'commissar', 'delegate', 'emissary', 'representative', 'counsel', 'administrator', 'superintendent', 'marshal', 'mufti',
]);

/** Words that may precede a role head inside the role phrase ("Deputy Foreign Minister"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'foreign', 'policy', 'prime', 'deputy', 'vice', 'former', 'acting', 'interim', 'chief', 'executive', 'senior', 'junior', 'general',
  'defence', 'defense', 'interior', 'finance', 'economy', 'economic', 'trade', 'energy', 'health', 'justice', 'education',
  'state', 'national', 'security', 'foreign-policy', 'press', 'communications', 'operating', 'financial', 'technology',
  'managing', 'attorney', 'supreme', 'top', 'lead', 'special', 'first', 'lady', 'crown', 'secretary', 'presidential',
  'armed', 'forces', 'military', 'intelligence', 'white', 'house', 'opposition', 'party', 'union', 'army', 'navy',
  'commerce', 'agriculture', 'transport', 'labour', 'labor', 'environment', 'culture', 'sports', 'digital', 'treasury',
  'majority', 'minority', 'house', 'senate', 'cabinet', 'and', 'of', 'for', 'the', 'affairs', 'assistant', 'associate',
  'elect', 'designate', 'incoming', 'outgoing', 'longtime', 'veteran', 'retired', 'late', 'then', 'current', 'new',
]);

/** Determiners and possessives that may open a role phrase after a name (", the company's chief executive"). */
export const ROLE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'whose']);

/** Most tokens a role phrase after a name may have before it is taken to be a clause instead. */
export const MAX_APPOSITION_TOKENS = 8;

/** Most tokens a role phrase before a name may have. */
export const MAX_PREFIX_ROLE_TOKENS = 6;

/**
 * Seats of government that news writes as actors ("the Kremlin said", "the White House denied"):
 * tagged as organisations whatever the tagger says, so one institution is one ORG entity. Lower
 * case, accents folded, words joined by one space.
 */
export const GOVERNMENT_SEATS: ReadonlySet<string> = new Set([
  'kremlin', 'white house', 'pentagon', 'downing street', 'elysee', 'elysee palace', 'whitehall', 'capitol hill',
  'foggy bottom', "quai d'orsay", 'zhongnanhai', 'blue house', 'bankova', 'chigi palace', 'palazzo chigi', 'moncloa',
  'la moncloa', 'casa rosada', 'planalto', 'los pinos', 'rideau hall', 'the lodge', 'beehive', 'bellevue palace',
]);

/** Most words a government seat name has. */
export const MAX_SEAT_WORDS = 2;

/**
 * Holidays and religious seasons: a name ending in one ("Eid", "Catholic Easter") is a named day,
 * typed MISC whatever the tagger says, never a person, organisation or place. Lower case, the last word of the name.
 */
export const HOLIDAYS: ReadonlySet<string> = new Set([
  'christmas', 'easter', 'ramadan', 'eid', 'hanukkah', 'chanukah', 'diwali', 'thanksgiving', 'passover', 'pentecost',
  'lent', 'advent', 'epiphany', 'halloween', 'nowruz', 'navruz', 'holi', 'purim', 'sukkot', 'kwanzaa', 'vesak',
]);
