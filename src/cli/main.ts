import { briefCommand } from './brief.ts';
import { parseCommandArgs, UsageError, type Command, type Io } from './command.ts';
import { entitiesCommand } from './entities.ts';
import { extractCommand } from './extract.ts';
import { ingestCommand } from './ingest.ts';
import { quotesCommand } from './quotes.ts';
import { searchCommand } from './search.ts';
import { serveCommand } from './serve.ts';
import { showCommand } from './show.ts';
import { storiesCommand } from './stories.ts';
import { storyCommand } from './story.ts';
import { watchCommand } from './watch.ts';

/** Every command, in the order `dossier --help` lists them. */
export const COMMANDS: readonly Command[] = [ingestCommand, storiesCommand, storyCommand, briefCommand, showCommand, searchCommand, entitiesCommand, quotesCommand, extractCommand, watchCommand, serveCommand];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Dossier: follow developing stories across many outlets, with every line cited.

Usage: dossier COMMAND [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "dossier COMMAND --help" for a command's options. Quick start:
  dossier ingest examples && dossier brief
`;
}

/** Runs the CLI with the given arguments; returns the exit code (0 ok, 1 failures, 2 usage). */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.stdout.write('dossier 0.1.0\n');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})`);
    const args = parseCommandArgs(command, rest);
    if (args.values.help) {
      io.stdout.write(`${command.usage}\n`);
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`dossier: ${message}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  // A reader that stops early (`dossier show X | head`) closes the pipe: stop quietly, as other command-line tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, stdin: process.stdin }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`dossier: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
