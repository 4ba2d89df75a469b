import { serve } from '@hono/node-server';
import { createApp } from '../api/app.ts';
import { createPipeline, defaultDatabasePath, openStore } from '../library/index.ts';
import { COMMON_HELP, integerFlag, UsageError, type Command } from './command.ts';

/** `dossier serve`: the HTTP API and dashboard on 127.0.0.1. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'start the HTTP API and web dashboard on 127.0.0.1',
  usage: `Usage: dossier serve [options]

Endpoints: GET /api/stories, /api/stories/ID, /api/stories/ID/briefing?format=json|md|html,
/api/articles, /api/articles/ID, /api/search?q=, /api/entities, /api/quotes;
POST /api/articles {text|html, title, url, outlet, published}. Dashboard at /.

Options:
  --port N        port (default 8080; 0 picks a free one)
  --host ADDR     address to listen on (default 127.0.0.1)
${COMMON_HELP}`,
  options: { port: { type: 'string' }, host: { type: 'string' } },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new UsageError(`serve takes no arguments, found "${positionals[0]}"`);
    const port = integerFlag('port', values.port, 8080, 0, 65535);
    const hostname = (values.host as string | undefined) ?? '127.0.0.1';
    const store = openStore((values.db as string | undefined) ?? defaultDatabasePath(io.env));
    let pipeline: ReturnType<typeof createPipeline> | undefined;
    const app = createApp(store, { pipeline: () => (pipeline ??= createPipeline()) });
    await new Promise<void>((resolve, reject) => {
      const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
        io.stdout.write(values.json ? `${JSON.stringify({ url: `http://${hostname}:${info.port}/` })}\n` : `Dossier is serving http://${hostname}:${info.port}/ (Ctrl-C to stop)\n`);
      });
      server.on('error', (error) => reject(new Error(`cannot listen on ${hostname}:${port}: ${error.message}`)));
      const stop = () => server.close(() => resolve());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }).finally(() => store.close());
    return 0;
  },
};
