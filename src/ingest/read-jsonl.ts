/** Streams a JSONL dump (one article object a line) into documents, one failure per bad line. */
import { z } from 'zod';
import { formatBytes, RUNAWAY_LINE_FACTOR } from './limits.ts';
import { splitLines } from './split-lines.ts';
import type { DocumentFields, IngestItem } from './types.ts';

/** The shape of one JSONL line; unknown keys are ignored and null counts as absent. */
const lineSchema = z.object({
  url: z.string().nullish(),
  title: z.string().nullish(),
  text: z.string().nullish(),
  html: z.string().nullish(),
  published: z.union([z.string(), z.number()]).nullish(),
  outlet: z.string().nullish(),
  authors: z.union([z.array(z.string()), z.string()]).nullish(),
});

/**
 * Yields one document per non-blank line of a JSONL stream, labelled "input:line"; a line with no
 * break for RUNAWAY_LINE_FACTOR × maxBytes throws an IngestError, ending the dump. When a line has
 * both "text" and "html", the text wins: it is the dump producer's own extraction.
 */
export async function* readJsonl(source: AsyncIterable<Uint8Array>, input: string, maxBytes: number): AsyncGenerator<IngestItem> {
  for await (const line of splitLines(source, maxBytes, maxBytes * RUNAWAY_LINE_FACTOR)) {
    const label = `${input}:${line.number}`;
    if ('tooLong' in line) {
      yield { kind: 'failure', input: label, reason: `line is over the ${formatBytes(maxBytes)} limit (maxBytes)` };
      continue;
    }
    const text = line.bytes.toString('utf8');
    if (text.trim() === '') continue;
    yield parseLine(text, label);
  }
}

/** Turns one line into a document item, or a failure saying what was expected and what was found. */
export function parseLine(line: string, label: string): IngestItem {
  const fail = (reason: string): IngestItem => ({ kind: 'failure', input: label, reason });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(`expected a JSON object, found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
  }
  const parsed = lineSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`field "${issue.path.join('.')}": ${issue.message}`);
  }
  const { text, html } = parsed.data;
  const body = text?.trim() ? { format: 'text' as const, content: text } : html?.trim() ? { format: 'html' as const, content: html } : undefined;
  if (!body) return fail('needs a non-empty "text" or "html" field');
  return {
    kind: 'document',
    document: {
      input: label,
      bytes: new Uint8Array(Buffer.from(body.content, 'utf8')),
      format: body.format,
      url: parsed.data.url ?? undefined,
      fields: toFields(parsed.data),
      fetchedAt: new Date().toISOString(),
    },
  };
}

/** The metadata fields of a line, without empty values. */
function toFields(line: z.infer<typeof lineSchema>): DocumentFields {
  const fields: DocumentFields = {};
  if (line.title?.trim()) fields.title = line.title.trim();
  if (line.url?.trim()) fields.url = line.url.trim();
  if (line.outlet?.trim()) fields.outlet = line.outlet.trim();
  if (typeof line.published === 'number') fields.published = fromEpoch(line.published);
  else if (line.published?.trim()) fields.published = line.published.trim();
  const authors = (typeof line.authors === 'string' ? [line.authors] : line.authors ?? []).map((a) => a.trim()).filter(Boolean);
  if (authors.length > 0) fields.authors = authors;
  return fields;
}

/** Epoch seconds or milliseconds (told apart by size) as ISO 8601. */
function fromEpoch(value: number): string | undefined {
  const milliseconds = Math.abs(value) < 1e11 ? value * 1000 : value;
  const date = new Date(milliseconds);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
