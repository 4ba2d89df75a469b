import { renderHtml } from '../brief/render-html.ts';
import { renderMarkdown } from '../brief/render-markdown.ts';
import { briefStory } from '../library/index.ts';
import { choiceFlag, COMMON_HELP, withStore, UsageError, writeJson, type Command } from './command.ts';

/** `dossier brief [STORY]`: the cited briefing of a story. */
export const briefCommand: Command = {
  name: 'brief',
  summary: 'print a story’s cited briefing (the largest story when no ID is given)',
  usage: `Usage: dossier brief [STORY] [options]

Key points (each followed by its sources), a timeline, contested and single-source facts,
and who said what.

Options:
  --format md|html|json   output format (default md)
${COMMON_HELP}`,
  options: { format: { type: 'string' } },
  async run({ values, positionals }, io) {
    if (positionals.length > 1) throw new UsageError('brief takes at most one story ID');
    const format = values.json ? 'json' : choiceFlag('format', values.format, ['md', 'html', 'json'] as const, 'md');
    return withStore(values, io, async (store) => {
      const briefing = await briefStory(store, positionals[0]);
      if (format === 'json') writeJson(io, briefing);
      else if (format === 'html') io.stdout.write(`<!doctype html><meta charset="utf-8"><title>${briefing.story.title.replace(/[<&]/g, '')}</title>\n${renderHtml(briefing)}\n`);
      else io.stdout.write(renderMarkdown(briefing));
      return 0;
    });
  },
};
