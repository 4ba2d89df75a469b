/** How a story's date range reads to a person: publication dates, or the days its articles were added. */

/** The date fields a story carries. */
export interface StoryDates {
  firstSeen?: string;
  lastSeen?: string;
  datedBy?: 'published' | 'ingested';
}

/**
 * "2025-12-01 – 2025-12-03" for published dates, "added 2026-01-05" when no article carries a
 * publication date (the range is then only when Dossier received them), "undated" when nothing is known.
 */
export function formatStoryDates(story: StoryDates): string {
  const days = [...new Set([story.firstSeen, story.lastSeen].filter((d): d is string => Boolean(d)).map((d) => d.slice(0, 10)))];
  if (days.length === 0) return 'undated';
  const range = days.join(' – ');
  return story.datedBy === 'ingested' ? `added ${range}` : range;
}
