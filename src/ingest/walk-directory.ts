/** Lists the readable files under a directory, recursively, in a stable order. */
import { opendir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { classifyPath } from './file-kinds.ts';

/** A file found under a directory, or a directory that could not be read. */
export type DirectoryEntry = { kind: 'file'; path: string } | { kind: 'failure'; path: string; reason: string };

/**
 * Yields files with a known extension under `root`, depth first, names sorted by code unit.
 * Hidden entries (names starting with ".") and unknown extensions are skipped silently; symbolic
 * links are followed, each real directory visited once (so link cycles end).
 */
export async function* walkDirectory(root: string, visited = new Set<string>()): AsyncGenerator<DirectoryEntry> {
  let names: string[];
  try {
    const real = await realpath(root);
    if (visited.has(real)) return;
    visited.add(real);
    names = [];
    for await (const entry of await opendir(root)) names.push(entry.name);
  } catch (error) {
    yield { kind: 'failure', path: root, reason: `cannot read directory (${describeFsError(error)})` };
    return;
  }
  names.sort();
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(root, name);
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      continue; // a dangling link or a file removed meanwhile: nothing to read
    }
    if (isDirectory) yield* walkDirectory(path, visited);
    else if (classifyPath(name).known) yield { kind: 'file', path };
  }
}

/** Turns a file-system error into a short phrase: "permission denied", "not found". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const phrases: Record<string, string> = {
    ENOENT: 'not found',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOTDIR: 'a path component is not a directory',
    EISDIR: 'is a directory',
    ELOOP: 'too many symbolic links',
    EMFILE: 'too many open files',
  };
  return (code && phrases[code]) ?? (error as Error).message;
}
