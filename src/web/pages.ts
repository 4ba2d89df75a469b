import type { Briefing } from '../brief/index.ts';
import { escapeHtml, renderHtml } from '../brief/render-html.ts';
import type { StoryRecord } from '../store/types.ts';
import { renderLayout } from './layout.ts';
import { formatStoryDates } from '../brief/story-dates.ts';

/** The story list: title, articles, independent sources, dates; each title links to its briefing. */
export function renderStoryList(stories: readonly StoryRecord[], error?: string): string {
  const notice = error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : '';
  if (stories.length === 0) return renderLayout('Stories', `${notice}<h1>Stories</h1><p>No stories yet. Add articles with <code>dossier ingest PATH</code>.</p>`);
  const rows = stories.map((s) => {
    const dates = formatStoryDates(s);
    return `<tr data-story="${escapeHtml(s.id)}"><td><a href="/stories/${encodeURIComponent(s.id)}">${escapeHtml(s.title)}</a></td><td class="n">${s.articleIds.length}</td><td class="n">${s.independentSources}</td><td>${escapeHtml(dates)}</td></tr>`;
  });
  return renderLayout('Stories', `${notice}<h1>Stories</h1><table class="stories"><thead><tr><th>Story</th><th>Articles</th><th>Sources</th><th>Dates</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
}

/** A story's briefing page. */
export function renderStoryPage(briefing: Briefing): string {
  return renderLayout(briefing.story.title, `<p><a href="/">← All stories</a></p>${renderHtml(briefing)}`);
}
