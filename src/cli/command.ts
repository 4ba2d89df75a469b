import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultDatabasePath, openStore } from '../library/index.ts';
import type { Store } from '../store/types.ts';

/** A mistake in how a command was called; exits with code 2. */
export class UsageError extends Error {
  /** Creates an error that says what was expected and what was found. */
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Where a command writes; tests pass their own. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** One CLI command: its help text, its flags, and what it does. Returns the exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Options;
  run(args: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] }, io: Io): Promise<number>;
}

/** Flags every command takes. */
export const COMMON_OPTIONS: Options = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

/** Help lines for the common flags. */
export const COMMON_HELP = `  --db PATH      database file (default: $DOSSIER_DB or ./dossier.db)
  --json         machine-readable output
  -h, --help     show this help`;

/** Parses argv for a command; unknown flags become a UsageError naming the flag. */
export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
    throw new UsageError(`${message} (see: dossier ${command.name} --help)`);
  }
}

/** Reads a whole-number flag within bounds, or throws a UsageError saying what was expected. */
export function integerFlag(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) throw new UsageError(`--${name} expects a whole number from ${min} to ${max}, found "${String(value)}"`);
  return number;
}

/** Reads a flag that must be one of a few words. */
export function choiceFlag<T extends string>(name: string, value: unknown, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!choices.includes(value as T)) throw new UsageError(`--${name} expects one of ${choices.join(', ')}, found "${String(value)}"`);
  return value as T;
}

/** Writes one JSON value and a newline. */
export function writeJson(io: Io, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Opens the store named by --db (or DOSSIER_DB, or ./dossier.db), runs `use`, and always closes it. */
export async function withStore<T>(values: { db?: unknown }, io: Io, use: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore((values.db as string | undefined) ?? defaultDatabasePath(io.env));
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** "1 article", "2 articles": a count with its noun in the right number (nouns given in both forms). */
export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
