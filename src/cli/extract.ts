import { extractArticle } from '../extract/index.ts';
import { readInputs } from '../ingest/index.ts';
import { COMMON_HELP, integerFlag, UsageError, type Command } from './command.ts';

/** `dossier extract INPUT...`: print extracted text and metadata without touching the database. */
export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the cleaned text and metadata of files or URLs (no database)',
  usage: `Usage: dossier extract FILE|URL... [options]

With --json, prints one JSON object per input and line:
{"input","title","text","publishedAt","modifiedAt","authors","outlet","language","messages"};
a failed input prints {"input","error"}.

Options:
  --encoding NAME    character encoding of plain-text files that are not UTF-8
  --max-mb N         largest document accepted, in MiB (default 20)
  --allow-private    allow URLs on loopback or private networks
${COMMON_HELP}`,
  options: { encoding: { type: 'string' }, 'max-mb': { type: 'string' }, 'allow-private': { type: 'boolean', default: false } },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError('extract needs at least one FILE or URL');
    const maxBytes = integerFlag('max-mb', values['max-mb'], 20, 1, 1024) * 1024 * 1024;
    let failed = 0;
    const report = (input: string, reason: string) => {
      failed++;
      if (values.json) io.stdout.write(`${JSON.stringify({ input, error: reason })}\n`);
      else io.stderr.write(`dossier: failed ${input}: ${reason}\n`);
    };
    for await (const item of readInputs(positionals, { maxBytes, allowPrivate: values['allow-private'] as boolean, stdin: io.stdin })) {
      if (item.kind === 'failure') {
        report(item.input, item.reason);
        continue;
      }
      let result;
      try {
        result = extractArticle(item.document, { encoding: values.encoding as string | undefined });
      } catch (error) {
        report(item.document.input, `internal error while extracting: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      if (!result.ok) {
        report(result.input, result.reason);
        continue;
      }
      const { article } = result;
      const record = {
        input: article.source.input,
        title: article.meta.title ?? null,
        text: article.text,
        publishedAt: article.meta.publishedAt ?? null,
        modifiedAt: article.meta.modifiedAt ?? null,
        authors: article.meta.authors,
        outlet: article.source.outlet ?? null,
        language: article.meta.language ?? null,
        messages: article.messages,
      };
      if (values.json) io.stdout.write(`${JSON.stringify(record)}\n`);
      else io.stdout.write(`== ${record.input}\n${record.title ? `${record.title}\n` : ''}${[record.outlet, record.publishedAt, record.language].filter(Boolean).join(' · ')}\n\n${record.text}\n\n`);
    }
    return failed > 0 ? 1 : 0;
  },
};
