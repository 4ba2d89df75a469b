import type { Io } from './command.ts';

/** Smallest time between two redraws of the progress line, in milliseconds. */
export const PROGRESS_REDRAW_MS = 100;

/** A one-line progress display on a terminal's stderr; silent when stderr is not a TTY or output is JSON. */
export interface Progress {
  tick(label: string): void;
  /** Prints a line above the bar (for failures), even when the bar is off. */
  note(line: string): void;
  done(): void;
}

/** Creates a progress line for `total` items (unknown total shows a count). */
export function createProgress(io: Io, options: { total?: number; enabled: boolean }): Progress {
  const active = options.enabled && io.stderr.isTTY === true && io.env.CI !== 'true';
  let count = 0;
  let last = 0;
  let drawn = false;
  const width = Math.max(20, Math.min(100, io.stderr.columns ?? 80));
  const draw = (label: string) => {
    const total = options.total;
    const head = total ? `${bar(count / total, 20)} ${count}/${total}` : `${count}`;
    const room = Math.max(0, width - head.length - 2);
    io.stderr.write(`\r\x1b[2K${head} ${label.slice(-room)}`);
    drawn = true;
  };
  return {
    tick(label) {
      count++;
      const now = Date.now();
      if (!active || now - last < PROGRESS_REDRAW_MS) return;
      last = now;
      draw(label);
    },
    note(line) {
      if (drawn) io.stderr.write('\r\x1b[2K');
      io.stderr.write(`${line}\n`);
    },
    done() {
      if (drawn) io.stderr.write('\r\x1b[2K');
    },
  };
}

function bar(share: number, cells: number): string {
  const filled = Math.round(Math.max(0, Math.min(1, share)) * cells);
  return `[${'#'.repeat(filled)}${'.'.repeat(cells - filled)}]`;
}
