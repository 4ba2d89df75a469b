import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanOf } from '../core/span.ts';
import type { Paragraph } from '../core/types.ts';
import { leadTitle } from './lead-title.ts';

test('an untitled story is named by its lead sentence, shortened', () => {
  const heading = 'Background';
  const short = 'The harbour bridge reopened on Friday.';
  const long = 'Three teams of attackers acting in unison carried out the assault on Friday night, officials said on Saturday.';
  // [text, paragraphs as [text, kind], sentences, expected]
  const rows: [string, [string, Paragraph['kind']][], string[], string | undefined][] = [
    [short, [[short, 'body']], [short], 'The harbour bridge reopened on Friday'],
    [`${heading}\n\n${long}`, [[heading, 'heading'], [long, 'body']], [heading, long], 'Three teams of attackers acting in unison carried out the assault on Friday night…'],
    [heading, [[heading, 'heading']], [heading], undefined],
  ];
  for (const [text, paragraphs, sentences, expected] of rows) {
    const layers = { paragraphs: paragraphs.map(([p, kind]) => ({ ...spanOf(text, p), kind })), sentences: sentences.map((s) => spanOf(text, s)) };
    assert.equal(leadTitle({ text, layers }), expected);
  }
});
