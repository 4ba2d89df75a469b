import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanOf } from '../core/span.ts';
import type { Claim } from '../core/types.ts';
import { compareClaims, type ComparableArticle } from './index.ts';

function article(id: string, text: string, number: string, value: string, outlet?: string, hedge?: Claim['hedge']): ComparableArticle {
  const claim: Claim = { ...spanOf(text, number), key: 'talks:hours', value, hedge, sentence: 0 };
  return { id, text, source: { outlet }, layers: { sentences: [{ start: 0, end: text.length }], claims: [claim] } };
}

// [description, articles, duplicateOf, expected status, expected sources]
const cases: [string, ComparableArticle[], Record<string, string>, string, number][] = [
  ['two outlets agree', [article('a', 'Talks lasted five hours.', 'five hours', '5', 'One'), article('b', 'A five-hour meeting.', 'five-hour', '5', 'Two')], {}, 'consistent', 2],
  ['two outlets disagree', [article('a', 'Talks lasted five hours.', 'five hours', '5', 'One'), article('b', 'A four-hour meeting.', 'four-hour', '4', 'Two')], {}, 'conflicting', 2],
  ['a hedge that fits is no conflict', [article('a', 'Talks lasted five hours.', 'five hours', '5', 'One'), article('b', 'A more than three-hour meeting.', 'more than three-hour', '3', 'Two', 'more than')], {}, 'consistent', 2],
  ['a hedge that does not fit is a conflict', [article('a', 'Talks lasted two hours.', 'two hours', '2', 'One'), article('b', 'A more than three-hour meeting.', 'more than three-hour', '3', 'Two', 'more than')], {}, 'conflicting', 2],
  ['a vague amount is a lower bound, not a figure', [article('a', 'The war killed 20,000 people.', '20,000 people', '20000', 'One'), article('b', 'Tens of thousands of people died.', 'Tens of thousands of people', '10000', 'Two', 'at least')], {}, 'consistent', 2],
  ['a copy is not a second source', [article('a', 'Talks lasted five hours.', 'five hours', '5', 'One'), article('b', 'Talks lasted five hours.', 'five hours', '5', 'Two')], { b: 'a' }, 'single-source', 1],
  ['the same outlet twice is one source', [article('a', 'Talks lasted five hours.', 'five hours', '5', 'One'), article('b', 'Talks went on five hours.', 'five hours', '5', 'One')], {}, 'single-source', 1],
];

for (const [name, articles, duplicateOf, status, sources] of cases) {
  test(`compareClaims: ${name}`, () => {
    const [comparison] = compareClaims(articles, duplicateOf);
    assert.equal(comparison?.status, status);
    assert.equal(comparison?.sources, sources);
  });
}

test('compareClaims: every variant cites the sentence that holds it', () => {
  const articles = [article('a', 'Talks lasted five hours.', 'five hours', '5', 'One'), article('b', 'A four-hour meeting.', 'four-hour', '4', 'Two')];
  for (const variant of compareClaims(articles)[0]!.variants) {
    for (const ref of variant.refs) {
      const text = articles.find((a) => a.id === ref.articleId)!.text;
      assert.ok(text.slice(ref.sentence.start, ref.sentence.end).includes(text.slice(ref.span.start, ref.span.end)));
    }
  }
});
