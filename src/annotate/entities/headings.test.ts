import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanOf } from '../../core/span.ts';
import type { EntityLayer, EntityType, Paragraph } from '../../core/types.ts';
import { dropLayoutOnlyMentions } from './headings.ts';

const text = 'Mayor Visits Harbour As Storm Nears\n\nA New Plan\n\nMayor Ana Ruiz visited the Harbour district on Monday. Ruiz said the plan was ready.';
const paragraphs: Paragraph[] = [
  { ...spanOf(text, 'Mayor Visits Harbour As Storm Nears'), kind: 'title' },
  { ...spanOf(text, 'A New Plan'), kind: 'heading' },
  { ...spanOf(text, 'Mayor Ana Ruiz visited the Harbour district on Monday. Ruiz said the plan was ready.'), kind: 'body' },
];

function layer(mentions: [string, number, EntityType, string][]): EntityLayer {
  const list = mentions.map(([surface, occurrence, type, key]) => ({ ...spanOf(text, surface, occurrence), type, key, kind: 'name' as const }));
  const keys = [...new Set(list.map((m) => m.key))];
  return { mentions: list, entities: keys.map((key) => ({ key, type: list.find((m) => m.key === key)!.type, name: key, aliases: [], roles: [] })) };
}

// [mention in a heading, kept]
const rows: [[string, number, EntityType, string], boolean][] = [
  [['Harbour', 0, 'LOC', 'LOC:harbour'], true],
  [['New Plan', 0, 'ORG', 'ORG:new plan'], false],
  [['Storm Nears', 0, 'MISC', 'MISC:storm nears'], false],
];
for (const [mention, kept] of rows) {
  test(`dropLayoutOnlyMentions: "${mention[0]}" in a heading is ${kept ? 'kept' : 'dropped'}`, () => {
    const input = layer([mention, ['Ana Ruiz', 0, 'PER', 'PER:ana ruiz'], ['Harbour', 1, 'LOC', 'LOC:harbour']]);
    const output = dropLayoutOnlyMentions(text, input, paragraphs);
    assert.equal(output.mentions.some((m) => m.start === spanOf(text, mention[0]).start), kept);
    assert.equal(output.entities.some((e) => e.key === mention[3]), kept || mention[3] === 'LOC:harbour');
  });
}

test('dropLayoutOnlyMentions: body mentions are never dropped', () => {
  const input = layer([['Ana Ruiz', 0, 'PER', 'PER:ana ruiz'], ['Ruiz', 1, 'PER', 'PER:ana ruiz']]);
  assert.deepEqual(dropLayoutOnlyMentions(text, input, paragraphs), input);
});
