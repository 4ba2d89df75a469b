import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanOf } from '../../core/span.ts';
import type { EntityLayer, EntityType, Span } from '../../core/types.ts';
import { resolveEntities, type Chunk } from './resolve.ts';
import type { TaggedSentence } from './roles.ts';
import { tokenize } from './tokenize.ts';

/** Tags a text by hand: each [phrase, type] marks every occurrence not inside a longer one; sentences end at "x. ". */
function resolve(text: string, names: [string, EntityType][]): EntityLayer {
  const sentenceSpans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(/(?<=[a-z])\. /g)) {
    sentenceSpans.push({ start, end: match.index! + 1 });
    start = match.index! + 2;
  }
  sentenceSpans.push({ start, end: text.length });
  const marked: { span: Span; type: EntityType }[] = [];
  for (const [phrase, type] of names) {
    for (let i = 0; ; i++) {
      try {
        marked.push({ span: spanOf(text, phrase, i), type });
      } catch {
        break;
      }
    }
  }
  const outer = marked.filter((m) => !marked.some((o) => o !== m && o.span.start <= m.span.start && o.span.end >= m.span.end && o.span.end - o.span.start > m.span.end - m.span.start));
  marked.splice(0, marked.length, ...outer);
  const sentences: TaggedSentence[] = [];
  const chunks: Chunk[] = [];
  sentenceSpans.forEach((sentenceSpan, s) => {
    const tokens = tokenize(text, sentenceSpan);
    const types = tokens.map((t) => marked.find((m) => t.start >= m.span.start && t.end <= m.span.end)?.type);
    for (const m of marked) {
      const first = tokens.findIndex((t) => t.start === m.span.start);
      const last = tokens.findIndex((t) => t.end === m.span.end);
      if (first >= 0 && last >= first) chunks.push({ sentence: s, first, end: last + 1, type: m.type });
    }
    sentences.push({ tokens, types });
  });
  return resolveEntities(text, sentences, chunks);
}

const keysOf = (layer: EntityLayer, text: string): string[] => layer.mentions.map((m) => `${text.slice(m.start, m.end)}=${m.key}`);

test('people: surnames and variant spellings join the full name when unambiguous', () => {
  const rows: [string, [string, EntityType][], string[]][] = [
    ['Anna Kowalczyk arrived. Kowalczyk said no.', [['Anna Kowalczyk', 'PER'], ['Kowalczyk', 'PER']], ['Anna Kowalczyk=PER:anna kowalczyk', 'Kowalczyk=PER:anna kowalczyk']],
    ['Mr Smith spoke. John Smith left.', [['Smith', 'PER'], ['John Smith', 'PER']], ['Smith=PER:john smith', 'John Smith=PER:john smith']],
    ['Yuri Gagarin spoke. Yury Gagarin agreed.', [['Yuri Gagarin', 'PER'], ['Yury Gagarin', 'PER']], ['Yuri Gagarin=PER:yuri gagarin', 'Yury Gagarin=PER:yuri gagarin']],
    ['Oleh Petrenkoy spoke. Petrenkoyy agreed. Petrenkoiy left.', [['Oleh Petrenkoy', 'PER'], ['Petrenkoyy', 'PER'], ['Petrenkoiy', 'PER']], ['Oleh Petrenkoy=PER:oleh petrenkoy', 'Petrenkoyy=PER:oleh petrenkoy', 'Petrenkoiy=PER:oleh petrenkoy']],
    ['Dmitri Orlov spoke. Dmitry Orlov agreed.', [['Dmitri Orlov', 'PER'], ['Dmitry Orlov', 'PER']], ['Dmitri Orlov=PER:dmitri orlov', 'Dmitry Orlov=PER:dmitri orlov']],
    ['José Álvarez spoke. Alvarez agreed.', [['José Álvarez', 'PER'], ['Alvarez', 'PER']], ['José Álvarez=PER:jose alvarez', 'Alvarez=PER:jose alvarez']],
  ];
  for (const [text, names, expected] of rows) assert.deepEqual(keysOf(resolve(text, names), text), expected, text);
});

test('people: two people sharing a surname are never merged', () => {
  const text = 'Anna Lee met Tom Lee. Lee said yes.';
  const layer = resolve(text, [['Anna Lee', 'PER'], ['Tom Lee', 'PER'], ['Lee', 'PER']]);
  const keys = new Set(layer.entities.map((e) => e.key));
  assert.ok(keys.has('PER:anna lee') && keys.has('PER:tom lee'));
  const lone = layer.mentions.find((m) => m.start === spanOf(text, 'Lee said').start)!;
  assert.equal(lone.key, 'PER:lee');
});

test('roles before and after a name go to the mention and the entity, titles stay out of the name', () => {
  const rows: [string, [string, EntityType][], string, string][] = [
    ['Foreign Minister Jane Doe said so.', [['Jane Doe', 'PER']], 'Jane Doe', 'Foreign Minister'],
    ['Jane Doe, the company\'s chief executive, said so.', [['Jane Doe', 'PER']], 'Jane Doe', "the company's chief executive"],
    ['said U.S. President Tom Brand on Monday.', [['Tom Brand', 'PER'], ['U.S.', 'LOC']], 'Tom Brand', 'U.S. President'],
    ['said Acme spokeswoman Ida Bell.', [['Ida Bell', 'PER'], ['Acme', 'ORG']], 'Ida Bell', 'Acme spokeswoman'],
    ['President Tom Brand said so.', [['President Tom Brand', 'PER']], 'Tom Brand', 'President'],
    ['EU foreign policy chief Ana Vell spoke.', [['Ana Vell', 'PER'], ['EU', 'ORG']], 'Ana Vell', 'EU foreign policy chief'],
  ];
  for (const [text, names, name, role] of rows) {
    const layer = resolve(text, names);
    const mention = layer.mentions.find((m) => m.type === 'PER')!;
    assert.equal(text.slice(mention.start, mention.end), name, text);
    assert.deepEqual(mention.role && text.slice(mention.role.start, mention.role.end), role, text);
    assert.deepEqual(layer.entities.find((e) => e.type === 'PER')!.roles, [role], text);
  }
});

test('no role is read from a plain clause or a possessive place', () => {
  const rows: [string, [string, EntityType][]][] = [
    ['Jane Doe, who arrived late, said so.', [['Jane Doe', 'PER']]],
    ["Canada's Tom Brand said so.", [['Tom Brand', 'PER'], ['Canada', 'LOC']]],
    ['the president and Tom Brand met.', [['Tom Brand', 'PER']]],
  ];
  for (const [text, names] of rows) assert.deepEqual(resolve(text, names).entities.find((e) => e.type === 'PER')!.roles, [], text);
});

test('a definite description matching one person\'s role becomes a title mention', () => {
  const text = 'Ruritanian President Tom Brand spoke. Later the Ruritanian president left.';
  const layer = resolve(text, [['Tom Brand', 'PER'], ['Ruritanian', 'MISC']]);
  const title = layer.mentions.find((m) => m.kind === 'title')!;
  assert.deepEqual({ start: title.start, end: title.end }, spanOf(text, 'the Ruritanian president'));
  assert.equal(title.key, 'PER:tom brand');
});

test('organisations and places join by normalised name and acronym', () => {
  const text = 'The European Union met. The EU agreed. Officials at the Pentagon and Pentagon aides.';
  const layer = resolve(text, [['European Union', 'ORG'], ['EU', 'ORG'], ['Pentagon', 'ORG']]);
  assert.deepEqual(layer.entities.map((e) => e.key).sort(), ['ORG:european union', 'ORG:pentagon']);
  assert.equal(layer.mentions.filter((m) => m.key === 'ORG:pentagon').length, 2);
});
