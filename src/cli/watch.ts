import { pollFeeds } from '../ingest/index.ts';
import { createPipeline, defaultDatabasePath, ingestItems, openStore, organiseStore } from '../library/index.ts';
import { COMMON_HELP, UsageError, type Command } from './command.ts';

/** Shortest polling interval accepted, in seconds: feeds are other people's servers. */
export const MIN_POLL_SECONDS = 30;
/** How often stories are regrouped while new articles arrive, in milliseconds. */
export const REGROUP_EVERY_MS = 5000;

/** Parses "90s", "10m", "1h" or plain seconds into milliseconds. */
export function parseInterval(text: string): number {
  const match = /^(\d+)\s*(s|m|h)?$/.exec(text.trim());
  if (!match) throw new UsageError(`--every expects a duration like 30s, 10m or 1h, found "${text}"`);
  const seconds = Number(match[1]) * ({ s: 1, m: 60, h: 3600 } as const)[(match[2] ?? 's') as 's' | 'm' | 'h'];
  if (seconds < MIN_POLL_SECONDS) throw new UsageError(`--every must be at least ${MIN_POLL_SECONDS}s, found "${text}"`);
  return seconds * 1000;
}

/** `dossier watch FEED...`: poll feeds and ingest new items until stopped. */
export const watchCommand: Command = {
  name: 'watch',
  summary: 'poll RSS/Atom/JSON feeds and ingest new items until stopped',
  usage: `Usage: dossier watch FEED... [options]

FEED is a feed URL or file. Items the database already has are skipped.

Options:
  --every DURATION   time between polls: 30s, 10m, 1h (default 10m)
  --allow-private    allow URLs on loopback or private networks
  --ignore-robots    fetch feed items even where the site's robots.txt disallows it
${COMMON_HELP}`,
  options: { every: { type: 'string' }, 'allow-private': { type: 'boolean', default: false }, 'ignore-robots': { type: 'boolean', default: false } },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError('watch needs at least one FEED');
    const everyMs = parseInterval((values.every as string | undefined) ?? '10m');
    const store = openStore((values.db as string | undefined) ?? defaultDatabasePath(io.env));
    const pipeline = createPipeline();
    const known = new Set((await store.listArticles()).map((a) => a.url).filter((u): u is string => Boolean(u)));
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    let dirty = false;
    const regroup = setInterval(() => {
      if (!dirty) return;
      dirty = false;
      void organiseStore(store);
    }, REGROUP_EVERY_MS);
    io.stderr.write(`dossier: watching ${positionals.length} feed(s) every ${everyMs / 1000}s (Ctrl-C to stop)\n`);
    try {
      await pollFeeds(positionals, everyMs, { allowPrivate: values['allow-private'] as boolean, ignoreRobots: values['ignore-robots'] as boolean, isKnownUrl: (url) => known.has(url) }, async (item) => {
        const summary = await ingestItems(store, pipeline, [item]);
        for (const failure of summary.failed) io.stderr.write(`dossier: failed ${failure.input}: ${failure.reason}\n`);
        if (summary.stored > 0) {
          dirty = true;
          if (item.kind === 'document' && item.document.url) known.add(item.document.url);
          if (values.json) io.stdout.write(`${JSON.stringify({ stored: summary.articleIds })}\n`);
          else io.stdout.write(`stored ${item.kind === 'document' ? item.document.input : ''}\n`);
        }
      }, controller.signal);
    } finally {
      clearInterval(regroup);
      await organiseStore(store);
      await store.close();
    }
    return 0;
  },
};
