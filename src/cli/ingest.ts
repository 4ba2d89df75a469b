import { countInputs } from '../ingest/index.ts';
import { createPipeline, defaultDatabasePath, ingestInputs, openStore, organiseStore } from '../library/index.ts';
import { COMMON_HELP, counted, integerFlag, UsageError, writeJson, type Command } from './command.ts';
import { createProgress } from './progress.ts';

/** `dossier ingest PATH...`: read, extract, annotate and store articles, then regroup stories. */
export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'add articles from files, directories, .jsonl dumps, URLs, feeds or - (stdin)',
  usage: `Usage: dossier ingest PATH... [options]

Reads .txt, .md, .html/.htm (and .gz of those), directories (recursively), .jsonl dumps
(one article a line: url, title, text or html, published, outlet), RSS/Atom/JSON feeds,
http(s) URLs, and - for stdin (a JSONL dump on stdin is streamed line by line).
The same article twice is stored once.

Options:
  --encoding NAME    character encoding of plain-text files that are not UTF-8
  --max-mb N         largest document accepted, in MiB (default 20)
  --timeout S        seconds to wait for a URL (default 20)
  --allow-private    allow URLs on loopback or private networks
  --ignore-robots    fetch feed items even where the site's robots.txt disallows it
${COMMON_HELP}

Exit code: 0 all stored, 1 some inputs failed, 2 usage error.`,
  options: { encoding: { type: 'string' }, 'max-mb': { type: 'string' }, timeout: { type: 'string' }, 'allow-private': { type: 'boolean', default: false }, 'ignore-robots': { type: 'boolean', default: false } },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError('ingest needs at least one PATH, URL or - (see: dossier ingest --help)');
    const maxBytes = integerFlag('max-mb', values['max-mb'], 20, 1, 1024) * 1024 * 1024;
    const timeoutMs = integerFlag('timeout', values.timeout, 20, 1, 600) * 1000;
    const store = openStore((values.db as string | undefined) ?? defaultDatabasePath(io.env));
    try {
      const pipeline = createPipeline();
      const progress = createProgress(io, { total: await countInputs(positionals), enabled: !values.json });
      const summary = await ingestInputs(store, pipeline, positionals, {
        encoding: values.encoding as string | undefined,
        maxBytes,
        timeoutMs,
        allowPrivate: values['allow-private'] as boolean,
        ignoreRobots: values['ignore-robots'] as boolean,
        stdin: io.stdin,
        onEvent: (event) => {
          progress.tick(event.input);
          if (event.kind === 'failed' && !values.json) progress.note(`dossier: failed ${event.input}: ${event.reason}`);
          if (event.kind === 'stored' && !values.json) for (const warning of event.warnings) progress.note(`dossier: warning ${event.input}: ${warning}`);
        },
      });
      progress.done();
      const organised = await organiseStore(store);
      if (values.json) writeJson(io, { ...summary, stories: organised.stories, entities: organised.entities });
      else {
        const total = await store.countArticles();
        io.stdout.write(`Stored ${summary.stored}, duplicates ${summary.duplicates}, failed ${summary.failed.length}. The database now has ${counted(total, 'article', 'articles')} in ${counted(organised.stories, 'story', 'stories')}.\n`);
      }
      return summary.failed.length > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
