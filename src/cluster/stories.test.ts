import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStoryIndex } from './index.ts';
import { liveStory, StorySpans } from './stories.ts';

test('StorySpans: a span widens to take in each time, and clears', () => {
  const spans = new StorySpans();
  spans.include(3, 500);
  spans.include(3, 200);
  spans.include(3, 900);
  assert.deepEqual([spans.first.get(3), spans.last.get(3)], [200, 900]);
  spans.clear(3);
  assert.deepEqual([spans.first.get(3), spans.last.get(3)], [Infinity, -Infinity]);
  assert.deepEqual([spans.first.get(5000), spans.last.get(5000)], [Infinity, -Infinity], 'never written: empty span');
});

test('liveStory: follows merges to the live story and shortens the path it walked', () => {
  const index = createStoryIndex({ background: null });
  index.spans.mergedInto.set(0, 1);
  index.spans.mergedInto.set(1, 2);
  index.spans.mergedInto.set(2, 3);
  assert.equal(index.spans.isMerged(0), true);
  assert.equal(index.spans.isMerged(3), false);
  assert.equal(liveStory(index, 0), 3);
  assert.deepEqual([0, 1, 2].map((s) => index.spans.mergedInto.get(s)), [3, 3, 3]);
  assert.equal(liveStory(index, 3), 3);
});
