import { test } from 'node:test';
import assert from 'node:assert/strict';
import { digestArticle, type ArticleInput } from './digest.ts';
import { addArticle, createStoryIndex, listStories, type Placement, type StoryIndexOptions } from './index.ts';

const FIRE = [
  'A fire destroyed the Harlow Street market in Dunmere early on Sunday, and 40 firefighters fought the blaze for six hours.',
  'Fire chief Omar Lindqvist said 85 stalls were lost and two traders were treated for smoke inhalation.',
  '"It spread through the wooden roof in minutes," Lindqvist told reporters outside the market.',
  'Mayor Grace Whitfield promised emergency grants of $2,000 for each trader by the end of the month.',
  'Investigators from the Dunmere fire service are examining an electrical panel near the east gate.',
].join('\n');
const FIRE_BOILERPLATE = 'Sign up for our morning newsletter.\n' + FIRE + '\nThis article was supplied by a news agency. Comments are closed.';
const FIRE_REWRITE = [
  'Some 40 firefighters spent six hours battling a blaze that gutted the Harlow Street market in Dunmere on Sunday morning.',
  'According to fire chief Omar Lindqvist, 85 stalls were destroyed, while two traders needed treatment for smoke inhalation.',
  'Speaking outside the market, Lindqvist said: "It spread through the wooden roof in minutes."',
  'Traders will receive emergency grants of $2,000 each before the month ends, Mayor Grace Whitfield pledged.',
  'An electrical panel by the east gate is being examined by Dunmere fire service investigators.',
].join('\n');
const FIRE_FOLLOW_UP = [
  'Traders from the burned Harlow Street market in Dunmere reopened in a car park on Wednesday.',
  'Mayor Grace Whitfield visited the temporary stalls and said rebuilding would take about 18 months.',
  '"We lost everything but our customers came back," said fishmonger Hana Sato, who has sold there since 1998.',
  'The market fire, which destroyed 85 stalls, is still under investigation by the Dunmere fire service.',
].join('\n');
const OTHER_FIRE = [
  'A fire destroyed the Kestrel Lane market in Porthaven early on Sunday, and 40 firefighters fought the blaze for six hours.',
  'Fire chief Nadia Okafor said dozens of stalls were lost and several traders were treated for smoke inhalation.',
  '"The wooden roof went up in minutes," Okafor told reporters outside the market.',
  'Mayor Tomas Brandt promised emergency grants for each trader by the end of the month.',
  'Investigators from the Porthaven fire service are examining an electrical panel near the north gate.',
].join('\n');
const ELECTION = [
  'Voters in the Republic of Estavia elected economist Lars Petrovan as president on Sunday with 54 percent of the vote.',
  'Turnout reached 61 percent, the national electoral commission said in Velgrad.',
  'Petrovan promised to cut fuel taxes and to hold a referendum on pension reform within a year.',
  'His rival, former defence minister Ilse Marten, conceded defeat in a speech to supporters.',
].join('\n');
// Cross-language: a number-rich English report, its French translation, a Spanish report of its own and a German report of another plant.
const PLANT = [
  'Corvel Motors will build a $1.8 billion battery plant near Lisvany, creating 2,400 jobs by 2028, the company said on Thursday.',
  'Chief executive Hanna Berglund said the plant would make cells for 300,000 cars a year.',
  'The regional government of Tessmark will contribute 250 million euros.',
  'Construction starts in 2026.',
].join('\n');
const PLANT_FRENCH = [
  "Corvel Motors va construire une usine de batteries de 1,8 milliard de dollars près de Lisvany, qui créera 2 400 emplois d'ici 2028, a annoncé jeudi l'entreprise.",
  "La directrice générale Hanna Berglund a déclaré que l'usine produirait des cellules pour 300 000 voitures par an.",
  "Le gouvernement régional de Tessmark apportera 250 millions d'euros.",
  'Les travaux commenceront en 2026.',
].join('\n');
const PLANT_SPANISH_REPORT = [
  'Los sindicatos de Tessmark pidieron el jueves contratos fijos para los trabajadores de la futura fábrica de baterías de Lisvany.',
  'La planta de Corvel Motors dará trabajo a 2.400 personas y producirá celdas para 300.000 coches al año.',
  'Según el sindicato, la empresa de Hanna Berglund no ha respondido a su carta.',
].join('\n');
const OTHER_PLANT_GERMAN = [
  'Der Autobauer Velta will in Oberhain ein Werk für 900 Millionen Euro errichten.',
  'Dort sollen ab 2027 rund 1.100 Menschen arbeiten, sagte Vorstand Klaus Demmer.',
  'Das Land Nordmark beteiligt sich mit 120 Millionen Euro an den Kosten für das neue Werk.',
].join('\n');

let clock = 0;
function article(id: string, text: string, extra: Partial<ArticleInput> = {}): ArticleInput {
  clock += 1;
  return { id, text, title: text.split('\n')[0]!.slice(0, 60), ingestedAt: new Date(Date.UTC(2025, 4, 1, 0, clock)).toISOString(), ...extra };
}

function place(inputs: ArticleInput[], options?: StoryIndexOptions): { placements: Placement[]; index: ReturnType<typeof createStoryIndex> } {
  const index = createStoryIndex(options);
  return { placements: inputs.map((input) => addArticle(index, digestArticle(input))), index };
}

const PAIRS: [string, string, string, { sameStory: boolean; method?: 'exact' | 'near' | 'rewrite' | 'translation' }][] = [
  ['exact copy (spacing and case differ)', FIRE, FIRE.toUpperCase().replace(/\n/g, '  '), { sameStory: true, method: 'exact' }],
  ['near copy with boilerplate', FIRE, FIRE_BOILERPLATE, { sameStory: true, method: 'near' }],
  ['rewrite', FIRE, FIRE_REWRITE, { sameStory: true, method: 'rewrite' }],
  ['unrelated same-topic article', FIRE, FIRE_FOLLOW_UP, { sameStory: true }],
  ['two separate events', FIRE, ELECTION, { sameStory: false }],
  ['same kind of event, other people and place (names refute the wording)', FIRE, OTHER_FIRE, { sameStory: false }],
  ['lower-case feed without names still joins its story', FIRE.toLowerCase(), FIRE_FOLLOW_UP.toLowerCase(), { sameStory: true }],
  ['translation (French): names and every number match', PLANT, PLANT_FRENCH, { sameStory: true, method: 'translation' }],
  ['own report in another language (Spanish): same names, numbers of its own', PLANT, PLANT_SPANISH_REPORT, { sameStory: true }],
  ['report of another event in another language (German)', PLANT, OTHER_PLANT_GERMAN, { sameStory: false }],
];

for (const [name, first, second, expected] of PAIRS) {
  test(`addArticle: ${name}`, () => {
    const { placements } = place([article('first', first, { outlet: 'one' }), article('second', second, { outlet: 'two' })]);
    assert.equal(placements[0]!.duplicateOf, undefined);
    assert.equal(placements[1]!.storyId === placements[0]!.storyId, expected.sameStory);
    assert.equal(placements[1]!.duplicateOf?.method, expected.method);
    if (expected.method) assert.equal(placements[1]!.duplicateOf?.id, 'first');
  });
}

test('a later-added but earlier-published article becomes the original and copies are relinked', () => {
  const { placements, index } = place([
    article('agency', FIRE_BOILERPLATE, { outlet: 'wire', publishedAt: '2025-05-01T10:00:00Z' }),
    article('paper', FIRE_REWRITE, { outlet: 'paper', publishedAt: '2025-05-01T12:00:00Z' }),
    article('source', FIRE, { outlet: 'local', publishedAt: '2025-05-01T08:00:00Z' }),
  ]);
  assert.equal(placements[2]!.duplicateOf, undefined);
  assert.deepEqual(placements[2]!.relinked, { agency: 'source', paper: 'source' });
  const [story] = listStories(index);
  assert.deepEqual(story!.duplicateOf, { agency: 'source', paper: 'source' });
  assert.equal(story!.independentSources, 1);
  assert.deepEqual(story!.outlets, ['local', 'paper', 'wire']);
});

test('independent sources count outlets that are not copying another outlet', () => {
  const { index } = place([
    article('a', FIRE, { outlet: 'one' }),
    article('b', FIRE_BOILERPLATE, { outlet: 'two' }),
    article('c', FIRE_FOLLOW_UP, { outlet: 'three' }),
    article('d', FIRE_FOLLOW_UP.replace('Wednesday', 'Thursday') + '\nMore on this later.'),
  ]);
  const stories = listStories(index);
  assert.equal(stories.length, 1);
  assert.equal(stories[0]!.independentSources, 2, JSON.stringify(stories[0]));
});

test('two stories bridged by a later article are merged', () => {
  // A strict join threshold keeps the two halves apart at first; the bridge matches both.
  const half = (text: string, from: number, to: number): string => text.split('\n').slice(from, to).join('\n');
  const { placements, index } = place(
    [article('start', half(FIRE, 0, 2)), article('end', half(FIRE, 3, 5)), article('bridge', FIRE)],
    { joinSimilarity: 0.3, mergeSimilarity: 0.1 },
  );
  assert.notEqual(placements[0]!.storyId, placements[1]!.storyId);
  assert.equal(placements[2]!.merged?.length, 1);
  assert.equal(listStories(index).length, 1);
});

test('a digest survives a JSON round trip with the same placement', () => {
  const first = digestArticle(article('one', FIRE));
  const second = JSON.parse(JSON.stringify(digestArticle(article('two', FIRE_REWRITE))));
  const index = createStoryIndex();
  addArticle(index, first);
  assert.deepEqual(addArticle(index, second).duplicateOf, { id: 'one', method: 'rewrite', score: 1 });
});

test('an article outside the time window of a story starts a new story', () => {
  const { placements } = place([
    article('march', FIRE_FOLLOW_UP, { publishedAt: '2025-03-01T00:00:00Z' }),
    article('april', FIRE, { publishedAt: '2025-04-15T00:00:00Z' }),
  ]);
  assert.notEqual(placements[1]!.storyId, placements[0]!.storyId);
});

test('adding the same article id twice is a programming error', () => {
  const index = createStoryIndex();
  addArticle(index, digestArticle(article('same', FIRE)));
  assert.throws(() => addArticle(index, digestArticle(article('same', ELECTION))), /already added/);
});

test('packing closed stories changes no placement, even when a late or copied article reopens one', () => {
  const inputs = [
    article('fire', FIRE, { publishedAt: '2025-03-01T00:00:00Z', outlet: 'Herald' }),
    article('plant', PLANT, { publishedAt: '2025-03-02T00:00:00Z', outlet: 'Courier' }),
    article('election', ELECTION, { publishedAt: '2025-03-20T00:00:00Z', outlet: 'Courier' }),
    // Published two days after the fire but arriving after the election: reaches the packed fire story again.
    article('follow-up', FIRE_FOLLOW_UP, { publishedAt: '2025-03-03T00:00:00Z', outlet: 'Post' }),
    article('other-fire', OTHER_FIRE, { publishedAt: '2025-03-21T00:00:00Z' }),
    // A month later: an exact copy of the plant report joins its packed story through the copy link.
    article('plant-copy', PLANT.toUpperCase(), { publishedAt: '2025-04-20T00:00:00Z', outlet: 'Wire' }),
    // Dated before the fire report: becomes the original of it, in the packed fire story.
    article('fire-early', FIRE_BOILERPLATE, { publishedAt: '2025-02-28T00:00:00Z', outlet: 'Wire' }),
  ];
  const packing = place(inputs, { sweepEvery: 1 });
  const unpacked = place(inputs, { sweepEvery: Infinity });
  assert.deepEqual(packing.placements, unpacked.placements);
  assert.deepEqual(listStories(packing.index), listStories(unpacked.index));
  assert.ok(packing.index.stories.some((story) => story.packedAt >= 0), 'some story was packed');
  assert.equal(packing.placements[3]!.storyId, packing.placements[0]!.storyId, 'the late follow-up reopened the fire story');
  assert.equal(packing.placements[5]!.duplicateOf?.id, 'plant');
  assert.deepEqual(packing.placements[6]!.relinked, { fire: 'fire-early' });
});
