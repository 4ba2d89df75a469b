import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanOf } from '../core/span.ts';
import type { Claim, Mention } from '../core/types.ts';
import { compareClaims, type ComparableArticle } from './index.ts';
import { nameToken } from './fact-groups.ts';

/** An article of one sentence with one claim and the named mentions listed (as PER unless given). */
function article(id: string, text: string, number: string, value: string, names: (string | [string, Mention['type']])[]): ComparableArticle {
  const claim: Claim = { ...spanOf(text, number), key: 'talks:hour', value, sentence: 0 };
  const mentions: Mention[] = names.map((entry) => {
    const [name, type] = typeof entry === 'string' ? [entry, 'PER' as const] : entry;
    return { ...spanOf(text, name), type, key: `${type}:${name.toLowerCase()}`, kind: 'name' };
  });
  return { id, text, source: { outlet: id }, layers: { sentences: [{ start: 0, end: text.length }], claims: [claim], entities: { entities: [], mentions } } };
}

const MEETING_AB = 'A three-hour meeting between Anna Kowalczyk and Bram Oosterhuis ended late.';
const MEETING_CD = 'Talks between Chidi Okafor and Dana Whitlock lasted five hours.';
const MEETING_CD_AGAIN = 'Okafor met Whitlock for four hours on Tuesday.';
const UNNAMED = 'The meeting lasted five hours, officials said.';

// [description, articles, expected facts as sorted "value…|context" strings]
const cases: [string, ComparableArticle[], string[]][] = [
  [
    'different participants are different facts, not a conflict',
    [article('a', MEETING_AB, 'three-hour', '3', ['Anna Kowalczyk', 'Bram Oosterhuis']), article('b', MEETING_CD, 'five hours', '5', ['Chidi Okafor', 'Dana Whitlock'])],
    ['3 single-source', '5 single-source'],
  ],
  [
    'the same participants under other name forms are one fact',
    [article('b', MEETING_CD, 'five hours', '5', ['Chidi Okafor', 'Dana Whitlock']), article('c', MEETING_CD_AGAIN, 'four hours', '4', ['Okafor', 'Whitlock'])],
    ['5,4 conflicting'],
  ],
  [
    'a sentence without names joins the fact whose wording it shares',
    [
      article('a', MEETING_AB, 'three-hour', '3', ['Anna Kowalczyk', 'Bram Oosterhuis']),
      article('b', MEETING_CD, 'five hours', '5', ['Chidi Okafor', 'Dana Whitlock']),
      article('d', UNNAMED, 'five hours', '5', []),
    ],
    ['3 single-source', '5 consistent'],
  ],
  [
    'demonyms and hyphenated descriptions are no evidence',
    [article('a', 'Polish officials held three hours of talks.', 'three hours', '3', [['Polish', 'MISC']]), article('b', 'Dutch-led talks lasted four hours.', 'four hours', '4', [['Dutch-led', 'MISC']])],
    ['3,4 conflicting'],
  ],
];

for (const [name, articles, expected] of cases) {
  test(`compareClaims facts: ${name}`, () => {
    const facts = compareClaims(articles).map((c) => `${c.variants.map((v) => v.value).join(',')} ${c.status}`);
    assert.deepEqual(facts.sort(), expected.sort());
  });
}

test('facts split by names carry the names as context', () => {
  const facts = compareClaims([article('a', MEETING_AB, 'three-hour', '3', ['Anna Kowalczyk', 'Bram Oosterhuis']), article('b', MEETING_CD, 'five hours', '5', ['Chidi Okafor', 'Dana Whitlock'])]);
  assert.deepEqual(facts.map((f) => f.context).sort(), [['Anna Kowalczyk', 'Bram Oosterhuis'], ['Chidi Okafor', 'Dana Whitlock']]);
});

test('name tokens fold case, accents and first names', () => {
  const rows: [string, string][] = [['Zoë Brandão', 'brandao'], ['Brandão', 'brandao'], ['the Kremlin', 'kremlin'], ['', '']];
  for (const [name, token] of rows) assert.equal(nameToken(name), token);
});
