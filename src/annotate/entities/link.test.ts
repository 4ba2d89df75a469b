import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntity, EntityLayer, EntityType } from '../../core/types.ts';
import { linkEntities, type LinkInput } from './link.ts';

/** An article holding entities given as [type, name, roles?], each mentioned once. */
function article(articleId: string, entities: [EntityType, string, string[]?][]): LinkInput {
  const list: ArticleEntity[] = entities.map(([type, name, roles]) => ({ key: `${type}:${name.toLowerCase()}`, type, name, aliases: [], roles: roles ?? [] }));
  const layer: EntityLayer = { entities: list, mentions: list.map((e) => ({ start: 0, end: 1, type: e.type, key: e.key, kind: 'name' })) };
  return { articleId, text: '', entities: layer };
}

const groupsOf = (articles: LinkInput[]): string[][] =>
  linkEntities(articles)
    .map((e) => e.members.map((m) => `${m.articleId}/${m.key}`).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));

test('people link across articles through spelling variants and surnames', () => {
  const rows: [LinkInput[], string[][]][] = [
    [
      [article('a', [['PER', 'Anna Kowalczyk']]), article('b', [['PER', 'Kowalczyk']])],
      [['a/PER:anna kowalczyk', 'b/PER:kowalczyk']],
    ],
    [
      [article('a', [['PER', 'Igor Stravinsky']]), article('b', [['PER', 'Igor Stravinskyy']]), article('c', [['PER', 'Stravinskiy']])],
      [['a/PER:igor stravinsky', 'b/PER:igor stravinskyy', 'c/PER:stravinskiy']],
    ],
    [
      [article('a', [['PER', 'Anna Lee']]), article('b', [['PER', 'Tom Lee']]), article('c', [['PER', 'Lee']])],
      [['a/PER:anna lee'], ['b/PER:tom lee'], ['c/PER:lee']],
    ],
    [
      [article('a', [['PER', 'Jane A. Doe']]), article('b', [['PER', 'Jane Doe']])],
      [['a/PER:jane a. doe', 'b/PER:jane doe']],
    ],
  ];
  for (const [articles, expected] of rows) assert.deepEqual(groupsOf(articles), expected);
});

test('organisations and places link by normalised name; type follows the majority', () => {
  const entities = linkEntities([
    article('a', [['ORG', 'the Pentagon']]),
    article('b', [['ORG', 'Pentagon']]),
    article('c', [['LOC', 'Pentagon']]),
    article('d', [['ORG', 'European Union'], ['ORG', 'EU']]),
  ]);
  const pentagon = entities.find((e) => e.name === 'Pentagon')!;
  assert.equal(pentagon.type, 'ORG');
  assert.equal(pentagon.members.length, 3);
  const union = entities.find((e) => e.name === 'European Union')!;
  assert.deepEqual(union.aliases, ['EU']);
});

test('a corpus entity carries stable id, roles per article and mention count', () => {
  const articles = [article('a', [['PER', 'Jane Doe', ['Foreign Minister']]]), article('b', [['PER', 'Doe', ['foreign minister']]])];
  const [entity] = linkEntities(articles);
  assert.equal(entity!.id, 'PER:jane-doe');
  assert.deepEqual(entity!.roles, [{ role: 'Foreign Minister', articleIds: ['a', 'b'] }]);
  assert.equal(entity!.mentionCount, 2);
  assert.deepEqual(linkEntities(articles.slice().reverse())[0]!.id, 'PER:jane-doe');
});

test('people with one surname and a shared role of two or more words are one person; other roles keep them apart', () => {
  const rows: [LinkInput[], string[][]][] = [
    [
      [article('a', [['PER', 'Aleksandr Petrenko', ['Foreign Minister']]]), article('b', [['PER', 'Alexander Petrenko', ['Foreign Minister']]]), article('c', [['PER', 'Petrenko']])],
      [['a/PER:aleksandr petrenko', 'b/PER:alexander petrenko', 'c/PER:petrenko']],
    ],
    [
      [article('a', [['PER', 'Maria Okafor', ['Senator']]]), article('b', [['PER', 'James Okafor', ['head coach']]])],
      [['a/PER:maria okafor'], ['b/PER:james okafor']],
    ],
    [
      [article('a', [['PER', 'Maria Okafor', ['President']]]), article('b', [['PER', 'James Okafor', ['President']]])],
      [['a/PER:maria okafor'], ['b/PER:james okafor']],
    ],
  ];
  for (const [articles, expected] of rows) assert.deepEqual(groupsOf(articles), expected);
});

test('a lone MISC word that is one person\'s surname joins that person', () => {
  assert.deepEqual(groupsOf([article('a', [['PER', 'Ines Varga']]), article('b', [['MISC', 'Varga']])]), [['a/PER:ines varga', 'b/MISC:varga']]);
});
