import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatStoryDates, type StoryDates } from './story-dates.ts';

test('story dates say whether they are publication or ingest days', () => {
  const rows: [StoryDates, string][] = [
    [{ firstSeen: '2025-12-01T08:00:00Z', lastSeen: '2025-12-03T10:00:00Z', datedBy: 'published' }, '2025-12-01 – 2025-12-03'],
    [{ firstSeen: '2025-12-01T08:00:00Z', lastSeen: '2025-12-01T20:00:00Z', datedBy: 'published' }, '2025-12-01'],
    [{ firstSeen: '2026-01-05T08:00:00Z', lastSeen: '2026-01-05T09:00:00Z', datedBy: 'ingested' }, 'added 2026-01-05'],
    [{ firstSeen: '2025-12-01T08:00:00Z', lastSeen: '2025-12-02T08:00:00Z' }, '2025-12-01 – 2025-12-02'],
    [{}, 'undated'],
  ];
  for (const [story, expected] of rows) assert.equal(formatStoryDates(story), expected);
});
