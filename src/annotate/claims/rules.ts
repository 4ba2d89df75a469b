/**
 * What a quantity is about. A claim's key is "<topic>:<unit>", so that "a five-hour meeting" and
 * "talks lasted four hours" land on one key and can be compared. Topics are generic news nouns,
 * grouped where outlets use them interchangeably; nothing here is about one story.
 */
export const TOPIC_GROUPS: Readonly<Record<string, readonly string[]>> = {
  talks: ['talk', 'talks', 'meeting', 'meetings', 'discussion', 'discussions', 'negotiation', 'negotiations', 'summit', 'session', 'conversation', 'call', 'round'],
  plan: ['plan', 'proposal', 'framework', 'deal', 'agreement', 'draft', 'blueprint', 'roadmap'],
  // "people" is no topic of its own: "129 people" is a death toll, an arrest count or a crowd
  // depending on the verb, so the verb ("killed", "arrested", "evacuated") picks the topic.
  casualties: ['dead', 'killed', 'died', 'deaths', 'casualties', 'victims', 'fatalities'],
  injured: ['injured', 'wounded', 'hurt'],
  arrests: ['arrested', 'arrests', 'detained', 'custody', 'charged'],
  displaced: ['evacuated', 'displaced', 'homeless', 'fled', 'refugees'],
  missing: ['missing'],
  troops: ['troops', 'soldiers', 'personnel', 'forces'],
  territory: ['territory', 'land', 'area', 'region'],
  residents: ['residents', 'households', 'homes', 'civilians'],
  budget: ['budget', 'aid', 'funding', 'package', 'loan', 'spending'],
  vote: ['vote', 'votes', 'ballots', 'turnout'],
  prisoners: ['prisoners', 'hostages', 'detainees', 'captives'],
  drones: ['drones', 'missiles', 'rockets', 'shells'],
};

/** Words between a quantity and its topic noun that do not break the link ("hours of intense talks"). */
export const LINK_WORDS = new Set(['of', 'the', 'a', 'an', 'people', 'were', 'was', 'have', 'has', 'had', 'been', 'are', 'be', 'long', 'intense', 'new', 'peace', 'direct', 'high-level', 'face-to-face', 'closed-door', 'first', 'latest', 'marathon', 'US', 'U.S.', 'draft', 'proposed', 'revised']);

/** How many words away from a quantity its topic noun may be. */
export const TOPIC_WINDOW_WORDS = 6;

/**
 * Counted nouns that are not checkable facts: the number of participants ("the two presidents",
 * "both sides"), ordinals and periods used as names ("the sixth round", "a two-week period").
 */
export const NON_CLAIM_UNITS = new Set(['president', 'leader', 'side', 'party', 'country', 'nation', 'point', 'round', 'period', 'time', 'step', 'stage', 'phase', 'term', 'year-old', 'member', 'delegation']);
