import type { EntityLayer, Paragraph } from '../../core/types.ts';

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Drops mentions found only in headlines and headings whose words never come back as a name in the
 * body: title case capitalises every word ("Territorial Control", "A Path Forward"), so a phrase
 * tagged there is a name only if the body names it too. Entities left without mentions go as well.
 */
export function dropLayoutOnlyMentions(text: string, layer: EntityLayer, paragraphs: readonly Paragraph[]): EntityLayer {
  const headings = paragraphs.filter((p) => p.kind !== 'body');
  if (headings.length === 0) return layer;
  const inHeading = (start: number) => headings.some((p) => p.start <= start && start < p.end);
  const bodyNames = new Set<string>();
  for (const m of layer.mentions) if (!inHeading(m.start)) bodyNames.add(fold(text.slice(m.start, m.end)));
  const bodyText = ` ${[...bodyNames].join(' | ')} `;
  const mentions = layer.mentions.filter((m) => !inHeading(m.start) || bodyText.includes(` ${fold(text.slice(m.start, m.end))} `));
  const keys = new Set(mentions.map((m) => m.key));
  return { mentions, entities: layer.entities.filter((e) => keys.has(e.key)) };
}
