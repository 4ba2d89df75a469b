import type { StoredArticle } from '../store/types.ts';
import { findArticle } from '../library/index.ts';
import { COMMON_HELP, withStore, UsageError, writeJson, type Command } from './command.ts';

interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
}

/** Marks entities as [name]TYPE and dates as {text}=VALUE inline; overlapping marks keep the earlier, longer one. */
export function markText(article: Pick<StoredArticle, 'text' | 'layers'>): string {
  const marks: Mark[] = [
    ...(article.layers.entities?.mentions ?? []).map((m) => ({ start: m.start, end: m.end, open: '[', close: `]${m.type}` })),
    ...(article.layers.times ?? []).map((t) => ({ start: t.start, end: t.end, open: '{', close: `}=${t.value}` })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    out += article.text.slice(at, mark.start) + mark.open + article.text.slice(mark.start, mark.end) + mark.close;
    at = mark.end;
  }
  return out + article.text.slice(at);
}

/** `dossier show ARTICLE`: cleaned text with entities, dates and quotes marked. */
export const showCommand: Command = {
  name: 'show',
  summary: 'print an article’s cleaned text with entities, dates and quotes marked',
  usage: `Usage: dossier show ARTICLE [options]

ARTICLE is an article id or a unique prefix of at least 4 characters. Entities are shown as
[name]TYPE, dates as {text}=VALUE; quotes and quantities are listed after the text.

Options:
${COMMON_HELP}`,
  options: {},
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('show needs exactly one ARTICLE id');
    return withStore(values, io, async (store) => {
      const article = await findArticle(store, positionals[0]!);
      if (values.json) {
        writeJson(io, article);
        return 0;
      }
      const { meta, source } = article;
      io.stdout.write(`${meta.title ?? '(untitled)'}\n${[source.outlet, meta.publishedAt, source.url ?? source.input, meta.language].filter(Boolean).join(' · ')}\nid ${article.id}${article.duplicateOf ? ` · copy of ${article.duplicateOf}` : ''}\n\n`);
      io.stdout.write(`${markText(article)}\n`);
      const quotes = article.layers.quotes ?? [];
      if (quotes.length > 0) {
        io.stdout.write('\nQuotes:\n');
        for (const quote of quotes) {
          const speaker = quote.source ? article.text.slice(quote.source.start, quote.source.end) : '(unknown speaker)';
          const content = quote.content.map((c) => article.text.slice(c.start, c.end)).join(' … ');
          io.stdout.write(`- ${speaker} (${article.text.slice(quote.cue.start, quote.cue.end)}${quote.direct ? '' : ', reported'}): ${content}\n`);
        }
      }
      const quantities = article.layers.quantities ?? [];
      if (quantities.length > 0) {
        io.stdout.write('\nQuantities:\n');
        for (const q of quantities) io.stdout.write(`- ${article.text.slice(q.start, q.end)} = ${q.hedge ? `${q.hedge} ` : ''}${q.value ?? '?'} ${q.unit}\n`);
      }
      const problems = article.messages.filter((m) => m.level !== 'info');
      if (problems.length > 0) io.stdout.write(`\nMessages:\n${problems.map((m) => `- ${m.level} ${m.stage}/${m.rule}: ${m.reason}`).join('\n')}\n`);
      return 0;
    });
  },
};
