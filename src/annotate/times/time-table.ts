/** Table tests for findTimes, shared by the times test files: each row is a sentence, its publication date and the expected [text, value] pairs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textOf } from '../../core/span.ts';
import { findTimes } from './index.ts';

/** One table row; `note` marks a known limitation kept as a todo test. */
export type TimeRow = [sentence: string, publishedAt: string | undefined, expected: [text: string, value: string][], note?: { todo: string }];

/** Registers one test per row. */
export function timeTable(rows: TimeRow[]): void {
  for (const [sentence, publishedAt, expected, note] of rows) {
    test(`${sentence} @ ${publishedAt ?? 'no date'}`, note ?? {}, () => {
      const found = findTimes(sentence, { publishedAt }).map((time) => [textOf(sentence, time), time.value]);
      assert.deepEqual(found, expected);
    });
  }
}
