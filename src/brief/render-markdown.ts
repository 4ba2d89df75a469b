import { formatStoryDates } from './story-dates.ts';
import type { BriefItem, Briefing } from './types.ts';

/** Renders citations as [1][3]. */
export function citationMarks(item: BriefItem): string {
  return [...new Set(item.citations.map((c) => c.source))].map((n) => `[${n}]`).join('');
}

/** A readable label for a fact: "talks (hour)", with the names that set it apart ("talks (hour) · A, B"). */
export function claimLabel(key: string, context: readonly string[] = []): string {
  const [topic, unit] = key.split(':');
  const label = unit ? `${topic} (${unit})` : key;
  return context.length > 0 ? `${label} · ${context.join(', ')}` : label;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Renders a briefing as Markdown; every sentence is followed by its source numbers. */
export function renderMarkdown(briefing: Briefing): string {
  const { story } = briefing;
  const lines: string[] = [`# ${story.title}`, ''];
  const dates = formatStoryDates(story);
  lines.push(`${story.articles} articles, ${story.independentSources} independent sources, ${dates}. Story ${story.id}.`, '');
  lines.push('## Key points', '');
  for (const item of briefing.keyPoints) lines.push(`- ${oneLine(item.text)} ${citationMarks(item)}`);
  if (briefing.keyPoints.length === 0) lines.push('- (no key points: the articles have no body sentences)');
  if (briefing.timeline.length > 0) {
    lines.push('', '## Timeline', '');
    for (const entry of briefing.timeline) lines.push(`- **${entry.date}** ${oneLine(entry.text)} ${citationMarks(entry)}`);
  }
  if (briefing.contested.length > 0) {
    lines.push('', '## Contested and single-source facts', '');
    for (const fact of briefing.contested) {
      lines.push(`- **${claimLabel(fact.key, fact.context)}** — ${fact.status === 'conflicting' ? 'sources disagree' : 'one source only'}:`);
      for (const variant of fact.variants) {
        for (const item of variant.items) lines.push(`  - ${variant.hedge ? `${variant.hedge} ` : ''}${variant.value}: “${oneLine(item.text)}” ${citationMarks(item)}`);
      }
    }
  }
  if (briefing.corroborated.length > 0) {
    lines.push('', '## Corroborated facts', '');
    for (const fact of briefing.corroborated) {
      lines.push(`- **${claimLabel(fact.key, fact.context)}** — sources agree:`);
      for (const variant of fact.variants) {
        for (const item of variant.items) lines.push(`  - ${variant.hedge ? `${variant.hedge} ` : ''}${variant.value}: “${oneLine(item.text)}” ${citationMarks(item)}`);
      }
    }
  }
  if (briefing.whoSaidWhat.length > 0) {
    lines.push('', '## Who said what', '');
    for (const speaker of briefing.whoSaidWhat) {
      lines.push(`- **${speaker.speaker}**`);
      for (const s of speaker.statements) {
        lines.push(`  - ${s.date ? `${s.date}: ` : ''}${s.direct ? '' : '(reported) '}${oneLine(s.text)} ${citationMarks(s)}`);
        for (const w of s.wordings) lines.push(`    - worded differently: ${oneLine(w.text)} ${citationMarks(w)}`);
      }
    }
  }
  lines.push('', '## Sources', '');
  for (const source of briefing.sources) {
    const name = source.title ?? source.lead ?? source.input;
    const where = [source.outlet, source.publishedAt?.slice(0, 10), source.url ?? source.input].filter(Boolean).join(', ');
    lines.push(`${source.number}. ${name} — ${where}${source.copyOf ? ` (copy of ${source.copyOf.slice(0, 8)})` : ''} [${source.articleId.slice(0, 8)}]`);
  }
  return `${lines.join('\n')}\n`;
}
