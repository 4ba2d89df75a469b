import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanOf } from '../../core/span.ts';
import { tokenize } from './tokenize.ts';

const words = (text: string): string[] => tokenize(text).map((t) => text.slice(t.start, t.end));

test('tokenize follows CoNLL-2003 conventions', () => {
  const rows: [string, string[]][] = [
    ['Peter Blackburn said.', ['Peter', 'Blackburn', 'said', '.']],
    ["Clinton's plan", ['Clinton', "'s", 'plan']],
    ['Kowalczyk’s office', ['Kowalczyk', '’s', 'office']],
    ["They don't know", ['They', 'do', "n't", 'know']],
    ['the U.S. envoy', ['the', 'U.S.', 'envoy']],
    ['Mr. Smith met Dr. Jones.', ['Mr.', 'Smith', 'met', 'Dr.', 'Jones', '.']],
    ['(Reuters) - Talks', ['(', 'Reuters', ')', '-', 'Talks']],
    ['"We agree," he said', ['"', 'We', 'agree', ',', '"', 'he', 'said']],
    ['a Polish-born writer', ['a', 'Polish-born', 'writer']],
    ['talks—and more', ['talks', '—', 'and', 'more']],
    ['1,250.5 tonnes', ['1,250.5', 'tonnes']],
    ['John F. Kennedy', ['John', 'F.', 'Kennedy']],
    ['It ended...', ['It', 'ended', '...']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(words(text), expected, text);
});

test('tokenize keeps spans into the original text and honours a sub-span', () => {
  const text = 'First one. Then Anna Kowalczyk spoke.';
  const sentence = { start: spanOf(text, 'Then').start, end: text.length };
  const tokens = tokenize(text, sentence);
  assert.deepEqual(tokens[1], spanOf(text, 'Anna'));
  assert.equal(text.slice(tokens[0]!.start, tokens[0]!.end), 'Then');
});
