/** Which file names ingest reads, and how, by extension. */
import type { DocumentFormat } from './types.ts';

/** How a file is read: as one document, as a JSONL dump, or as a feed (by content), and whether gzipped. */
export interface FileKind {
  read: 'document' | 'jsonl' | 'feed' | 'sniff';
  format?: DocumentFormat;
  gzip: boolean;
}

/** Extensions read when walking a directory; other files there are skipped silently. */
export const EXTENSIONS: Readonly<Record<string, Omit<FileKind, 'gzip'>>> = {
  '.txt': { read: 'document', format: 'text' },
  '.text': { read: 'document', format: 'text' },
  '.md': { read: 'document', format: 'markdown' },
  '.markdown': { read: 'document', format: 'markdown' },
  '.html': { read: 'document', format: 'html' },
  '.htm': { read: 'document', format: 'html' },
  '.xhtml': { read: 'document', format: 'html' },
  '.jsonl': { read: 'jsonl' },
  '.ndjson': { read: 'jsonl' },
  '.rss': { read: 'feed' },
  '.atom': { read: 'feed' },
};

/**
 * Says how to read a file from its name. Known extensions (optionally followed by .gz) are in
 * EXTENSIONS; anything else is 'sniff': read only when named explicitly, and judged by content.
 */
export function classifyPath(path: string): FileKind & { known: boolean } {
  const lower = path.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const base = gzip ? lower.slice(0, -3) : lower;
  const extension = base.match(/\.[a-z0-9]+$/)?.[0] ?? '';
  const kind = EXTENSIONS[extension];
  return kind ? { ...kind, gzip, known: true } : { read: 'sniff', gzip, known: false };
}
