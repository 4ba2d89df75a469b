import { listQuotes } from '../library/index.ts';
import { COMMON_HELP, withStore, writeJson, type Command } from './command.ts';

/** `dossier quotes`: statements with their speakers and outlets. */
export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'list quotes and reported statements with their speakers',
  usage: `Usage: dossier quotes [options]

Options:
  --story ID       only quotes from this story
  --speaker NAME   only this speaker (name or alias, any part, case-insensitive)
${COMMON_HELP}`,
  options: { story: { type: 'string' }, speaker: { type: 'string' } },
  async run({ values }, io) {
    return withStore(values, io, async (store) => {
      const quotes = await listQuotes(store, { storyId: values.story as string | undefined, speaker: values.speaker as string | undefined });
      if (values.json) writeJson(io, quotes);
      else if (quotes.length === 0) io.stdout.write('No quotes found.\n');
      else for (const q of quotes) io.stdout.write(`${q.speaker ?? '(unknown)'}${q.direct ? '' : ' (reported)'}: ${q.text.replace(/\s+/g, ' ')}  [${q.articleId.slice(0, 10)}${q.outlet ? `, ${q.outlet}` : ''}]\n`);
      return 0;
    });
  },
};
