import { loadStory } from '../library/index.ts';
import { formatStoryDates } from '../brief/story-dates.ts';
import { leadTitle } from '../brief/lead-title.ts';
import { COMMON_HELP, counted, withStore, UsageError, writeJson, type Command } from './command.ts';

/** `dossier story ID`: the articles of a story with their copy links. */
export const storyCommand: Command = {
  name: 'story',
  summary: 'list a story’s articles, originals first, with copy links',
  usage: `Usage: dossier story ID [options]

Options:
${COMMON_HELP}`,
  options: {},
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('story needs exactly one story ID (list them with: dossier stories)');
    return withStore(values, io, async (store) => {
      const { story, articles, comparisons } = await loadStory(store, positionals[0]);
      const rows = articles.map((a) => ({ id: a.id, title: a.meta.title, lead: a.meta.title === undefined ? leadTitle(a) : undefined, outlet: a.source.outlet, input: a.source.input, publishedAt: a.meta.publishedAt, duplicateOf: story.duplicateOf[a.id], copyMethod: story.copyMethod[a.id] }));
      rows.sort((a, b) => Number(Boolean(a.duplicateOf)) - Number(Boolean(b.duplicateOf)));
      if (values.json) {
        writeJson(io, { story, articles: rows, comparisons });
        return 0;
      }
      io.stdout.write(`${story.title}\n${counted(story.articleIds.length, 'article', 'articles')}, ${counted(story.independentSources, 'independent source', 'independent sources')}, ${formatStoryDates(story)}\n\n`);
      for (const row of rows) {
        const copy = row.duplicateOf ? `  copy of ${row.duplicateOf.slice(0, 10)} (${row.copyMethod?.method ?? 'copy'} ${row.copyMethod?.score?.toFixed(2) ?? ''})` : '';
        io.stdout.write(`${row.id.slice(0, 10)}  ${row.publishedAt?.slice(0, 10) ?? 'undated   '}  ${row.outlet ?? '-'}  ${row.title ?? row.lead ?? row.input}${copy}\n`);
      }
      return 0;
    });
  },
};
