import { COMMON_HELP, withStore, integerFlag, UsageError, writeJson, type Command } from './command.ts';

/** `dossier search QUERY`: full-text search over titles and text, ranked by bm25. */
export const searchCommand: Command = {
  name: 'search',
  summary: 'search all article text (ranked by bm25)',
  usage: `Usage: dossier search QUERY... [options]

Words are all required; "quoted words" are a phrase; word* matches a prefix.

Options:
  --limit N     most results (default 20)
${COMMON_HELP}`,
  options: { limit: { type: 'string' } },
  async run({ values, positionals }, io) {
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('search needs a QUERY');
    const limit = integerFlag('limit', values.limit, 20, 1, 1000);
    return withStore(values, io, async (store) => {
      const hits = await store.search(query, { limit });
      if (values.json) writeJson(io, hits);
      else if (hits.length === 0) io.stdout.write(`No articles match "${query}".\n`);
      else for (const hit of hits) io.stdout.write(`${hit.articleId.slice(0, 10)}  ${hit.title ?? '(untitled)'}${hit.outlet ? ` — ${hit.outlet}` : ''}\n    ${hit.snippet.replace(/\s+/g, ' ')}\n`);
      return 0;
    });
  },
};
