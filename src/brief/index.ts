import type { Article, Span } from '../core/types.ts';
import type { ClaimComparison } from '../compare/index.ts';
import { collectSentences, selectKeyPoints } from './key-points.ts';
import { leadTitle } from './lead-title.ts';
import { collectStatements, type EntityLookup } from './speakers.ts';
import { buildTimeline } from './timeline.ts';
import type { BriefItem, BriefSource, Briefing, Citation, ContestedFact } from './types.ts';

export type { Briefing, BriefItem, Citation } from './types.ts';

/** Most contested or single-source facts listed. */
export const CONTESTED_COUNT = 8;

/** An article as the briefing needs it. */
export type BriefArticle = Pick<Article, 'id' | 'text' | 'layers' | 'meta' | 'source'> & { ingestedAt?: string };

/** Everything a briefing is built from; all of it read from the store by the caller. */
export interface BriefingInput {
  story: { id: string; title: string; firstSeen?: string; lastSeen?: string; datedBy?: 'published' | 'ingested'; independentSources: number; duplicateOf: Record<string, string> };
  articles: readonly BriefArticle[];
  comparisons: readonly ClaimComparison[];
  lookupEntity: EntityLookup;
}

/**
 * Builds a story's briefing: key points, timeline, contested facts and who said what.
 * Every item's text is a span of a cited article; originals are numbered before copies.
 */
export function buildBriefing(input: BriefingInput): Briefing {
  const { story, articles } = input;
  const sources = numberSources(articles, story.duplicateOf);
  const numberOf = new Map(sources.map((s) => [s.articleId, s.number]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const cite = (articleId: string, span: Span): Citation => ({ articleId, source: numberOf.get(articleId)!, span, copy: story.duplicateOf[articleId] !== undefined });
  const item = (articleId: string, span: Span, support: { articleId: string; span: Span }[] = []): BriefItem => ({
    text: byId.get(articleId)!.text.slice(span.start, span.end),
    citations: [cite(articleId, span), ...support.map((s) => cite(s.articleId, s.span)).sort((a, b) => a.source - b.source)],
  });

  const originals = articles.filter((a) => story.duplicateOf[a.id] === undefined);
  const all = collectSentences(articles);
  const candidates = collectSentences(originals);
  const keyPoints = selectKeyPoints(candidates, all).map(({ point, support }) => item(point.articleId, point.span, support.map((s) => ({ articleId: s.articleId, span: s.span }))));

  const timeline = buildTimeline(originals).map((entry) => ({ date: entry.date, ...item(entry.articleId, entry.sentence, entry.support.map((s) => ({ articleId: s.articleId, span: s.sentence }))) }));

  const toFact = (c: ClaimComparison): ContestedFact => ({
    key: c.key,
    context: c.context,
    status: c.status,
    variants: c.variants.map((v) => ({ value: v.value, hedge: v.hedge, items: v.refs.map((r) => item(r.articleId, r.sentence)) })),
  });
  const contested = input.comparisons.filter((c) => c.status !== 'consistent').slice(0, CONTESTED_COUNT).map(toFact);
  const corroborated = input.comparisons.filter((c) => c.status === 'consistent').slice(0, CONTESTED_COUNT).map(toFact);

  const whoSaidWhat = [...collectStatements(articles, input.lookupEntity).values()].map((statements) => ({
    speaker: statements[0]!.speaker,
    entityId: statements[0]!.entityId,
    statements: statements.map((s) => ({
      direct: s.direct,
      date: s.date,
      ...item(s.articleId, s.passage, s.support.map((x) => ({ articleId: x.articleId, span: x.passage }))),
      wordings: s.wordings.map((w) => item(w.articleId, w.passage)),
    })),
  }));

  return {
    story: { id: story.id, title: story.title, firstSeen: story.firstSeen, lastSeen: story.lastSeen, datedBy: story.datedBy, articles: articles.length, independentSources: story.independentSources },
    keyPoints,
    timeline,
    contested,
    corroborated,
    whoSaidWhat,
    sources,
  };
}

/** Numbers the sources: originals first (by publication, then arrival), then copies. */
function numberSources(articles: readonly BriefArticle[], duplicateOf: Record<string, string>): BriefSource[] {
  const order = [...articles].sort((a, b) => {
    const copyA = duplicateOf[a.id] ? 1 : 0;
    const copyB = duplicateOf[b.id] ? 1 : 0;
    return copyA - copyB || (a.meta.publishedAt ?? '~').localeCompare(b.meta.publishedAt ?? '~') || (a.ingestedAt ?? '').localeCompare(b.ingestedAt ?? '') || a.id.localeCompare(b.id);
  });
  return order.map((a, index) => ({
    number: index + 1,
    articleId: a.id,
    title: a.meta.title,
    ...(a.meta.title === undefined ? { lead: leadTitle(a) } : {}),
    outlet: a.source.outlet,
    url: a.source.url,
    input: a.source.input,
    publishedAt: a.meta.publishedAt,
    copyOf: duplicateOf[a.id],
  }));
}
