import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanOf } from '../core/span.ts';
import type { Sentence, TimeExpression } from '../core/types.ts';
import { buildTimeline, TIMELINE_LENGTH } from './timeline.ts';

/** One article whose sentences each carry one resolved date: [sentence, date text, value]. */
function article(id: string, rows: [string, string, string][]) {
  const text = rows.map(([sentence]) => sentence).join(' ');
  const sentences: Sentence[] = rows.map(([sentence]) => spanOf(text, sentence));
  const times: TimeExpression[] = rows.map(([sentence, words, value]) => {
    const at = text.indexOf(sentence) + sentence.indexOf(words);
    return { start: at, end: at + words.length, type: 'DATE', value, anchor: 'absolute' };
  });
  return { id, text, layers: { sentences, times } };
}

test('timeline: oldest first, one entry per event, reported twice means support', () => {
  const a = article('a', [['The dam broke on 3 May 2024 after heavy rain.', '3 May 2024', '2024-05-03'], ['Repairs began on 9 May 2024.', '9 May 2024', '2024-05-09']]);
  const b = article('b', [['Heavy rain broke the dam on 3 May 2024.', '3 May 2024', '2024-05-03']]);
  const timeline = buildTimeline([a, b]);
  assert.deepEqual(timeline.map((e) => [e.date, e.articleId, e.support.map((s) => s.articleId)]), [['2024-05-03', 'a', ['b']], ['2024-05-09', 'a', []]]);
});

test('timeline: when it must be cut, events dated to the day beat bare background years', () => {
  const days = Array.from({ length: TIMELINE_LENGTH }, (_, i): [string, string, string] => [`Officials met again on ${10 + i} June 2024 in round ${i + 1}.`, `${10 + i} June 2024`, `2024-06-${10 + i}`]);
  const years = Array.from({ length: 5 }, (_, i): [string, string, string] => [`The town was founded in ${1800 + i * 10} by settler ${i}.`, `${1800 + i * 10}`, `${1800 + i * 10}`]);
  const timeline = buildTimeline([article('a', [...years, ...days])]);
  assert.equal(timeline.length, TIMELINE_LENGTH);
  assert.ok(timeline.every((e) => e.date.startsWith('2024-06')), timeline.map((e) => e.date).join(' '));
});
