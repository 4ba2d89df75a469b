import { formatStoryDates } from '../brief/story-dates.ts';
import { COMMON_HELP, withStore, writeJson, type Command } from './command.ts';

/** `dossier stories`: list stories with sizes, independent sources and dates. */
export const storiesCommand: Command = {
  name: 'stories',
  summary: 'list stories: title, articles, independent sources, date range',
  usage: `Usage: dossier stories [options]

Options:
${COMMON_HELP}`,
  options: {},
  async run({ values }, io) {
    return withStore(values, io, async (store) => {
      const stories = await store.listStories();
      if (values.json) {
        writeJson(io, stories);
        return 0;
      }
      if (stories.length === 0) {
        io.stdout.write('No stories yet. Add articles with: dossier ingest PATH\n');
        return 0;
      }
      for (const story of stories) {
        const dates = formatStoryDates(story);
        io.stdout.write(`${story.id.slice(0, 10)}  ${column(story.articleIds.length, 'article')}  ${column(story.independentSources, 'source')}  ${dates.padEnd(23)}  ${story.title}\n`);
      }
      return 0;
    });
  },
};

/** A right-aligned count and its noun, padded so that singular and plural rows line up. */
function column(count: number, noun: string): string {
  return `${String(count).padStart(3)} ${count === 1 ? `${noun} ` : `${noun}s`}`;
}
