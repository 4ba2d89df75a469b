import { claimLabel } from './render-markdown.ts';
import { formatStoryDates } from './story-dates.ts';
import type { BriefItem, Briefing } from './types.ts';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function cited(item: BriefItem): string {
  const marks = [...new Set(item.citations.map((c) => c.source))].map((n) => `<a class="cite" href="#source-${n}">[${n}]</a>`).join('');
  return `${escapeHtml(item.text.replace(/\s+/g, ' ').trim())} ${marks}`;
}

/** Renders a briefing as an HTML fragment (a <section>), every sentence linked to its sources. */
export function renderHtml(briefing: Briefing): string {
  const { story } = briefing;
  const parts: string[] = [`<section class="briefing" data-story="${escapeHtml(story.id)}">`, `<h1>${escapeHtml(story.title)}</h1>`];
  parts.push(`<p class="story-meta">${story.articles} articles, ${story.independentSources} independent sources, ${escapeHtml(formatStoryDates(story))}</p>`);
  parts.push('<h2>Key points</h2><ul class="key-points">', ...briefing.keyPoints.map((i) => `<li>${cited(i)}</li>`), '</ul>');
  if (briefing.timeline.length) parts.push('<h2>Timeline</h2><ul class="timeline">', ...briefing.timeline.map((e) => `<li><time>${escapeHtml(e.date)}</time> ${cited(e)}</li>`), '</ul>');
  for (const [facts, heading, css] of [[briefing.contested, 'Contested and single-source facts', 'contested'], [briefing.corroborated, 'Corroborated facts', 'corroborated']] as const) {
    if (!facts.length) continue;
    parts.push(`<h2>${heading}</h2><ul class="${css}">`);
    for (const fact of facts) {
      const verdict = fact.status === 'conflicting' ? 'sources disagree' : fact.status === 'consistent' ? 'sources agree' : 'one source only';
      parts.push(`<li><strong>${escapeHtml(claimLabel(fact.key, fact.context))}</strong> — ${verdict}<ul>`);
      for (const v of fact.variants) for (const i of v.items) parts.push(`<li>${escapeHtml(`${v.hedge ? `${v.hedge} ` : ''}${v.value}`)}: ${cited(i)}</li>`);
      parts.push('</ul></li>');
    }
    parts.push('</ul>');
  }
  if (briefing.whoSaidWhat.length) {
    parts.push('<h2>Who said what</h2><ul class="who-said-what">');
    for (const s of briefing.whoSaidWhat) parts.push(`<li><strong>${escapeHtml(s.speaker)}</strong><ul>`, ...s.statements.map((x) => `<li>${x.date ? `<time>${escapeHtml(x.date)}</time> ` : ''}${cited(x)}${x.wordings.length ? `<ul class="wordings">${x.wordings.map((w) => `<li>worded differently: ${cited(w)}</li>`).join('')}</ul>` : ''}</li>`), '</ul></li>');
    parts.push('</ul>');
  }
  parts.push('<h2>Sources</h2><ol class="sources">');
  for (const source of briefing.sources) {
    const name = escapeHtml(source.title ?? source.lead ?? source.input);
    const link = source.url && /^https?:\/\//.test(source.url) ? `<a href="${escapeHtml(source.url)}" rel="noreferrer noopener">${name}</a>` : name;
    parts.push(`<li id="source-${source.number}" data-article="${escapeHtml(source.articleId)}">${link}${source.outlet ? ` — ${escapeHtml(source.outlet)}` : ''}${source.copyOf ? ' (copy)' : ''}</li>`);
  }
  parts.push('</ol></section>');
  return parts.join('\n');
}
