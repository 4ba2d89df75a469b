import type { Article, Claim, Span } from '../core/types.ts';
import { backgroundNames, contextOf, describeClaim, groupFacts, type ClaimInstance } from './fact-groups.ts';

/** Relative tolerance of an "about" hedge: "about 100" covers 80 to 120. */
export const ABOUT_TOLERANCE = 0.2;

/** Where a claim was made: article, span of the number, and its sentence. */
export interface ClaimRef {
  articleId: string;
  span: Span;
  sentence: Span;
}

/** One value of a compared fact and who reported it. */
export interface ClaimVariant {
  value: string;
  hedge?: Claim['hedge'];
  refs: ClaimRef[];
}

/** A fact reported in a story, compared across its sources. */
export interface ClaimComparison {
  key: string;
  /** Names that tell this fact apart from others with the same key (empty when the key holds one fact). */
  context: string[];
  status: 'consistent' | 'conflicting' | 'single-source';
  /** Independent sources (originals, not copies) that report the fact. */
  sources: number;
  variants: ClaimVariant[];
}

/** The least a story's articles must tell compareClaims. */
export type ComparableArticle = Pick<Article, 'id' | 'text' | 'layers'> & { source: { outlet?: string } };

/**
 * Groups a story's claims by key, splits each key into facts by the names around the numbers
 * (see fact-groups.ts), and decides for each fact whether its sources agree, disagree or stand
 * alone. Copies (keys of `duplicateOf`) do not count as independent sources.
 */
export function compareClaims(articles: readonly ComparableArticle[], duplicateOf: Readonly<Record<string, string>> = {}): ClaimComparison[] {
  const background = backgroundNames(articles);
  const byKey = new Map<string, ClaimInstance[]>();
  for (const article of articles) {
    for (const claim of article.layers.claims ?? []) {
      const instances = byKey.get(claim.key) ?? [];
      byKey.set(claim.key, instances);
      instances.push(describeClaim(article, claim, background));
    }
  }
  const outletOf = new Map(articles.map((a) => [a.id, a.source.outlet]));
  const comparisons: ClaimComparison[] = [];
  for (const [key, instances] of byKey) {
    const facts = groupFacts(instances);
    for (const fact of facts) {
      const variants = toVariants(fact);
      const sources = countSources(variants.flatMap((v) => v.refs.map((r) => r.articleId)), duplicateOf, outletOf);
      const status = hasConflict(variants) ? 'conflicting' : sources >= 2 ? 'consistent' : 'single-source';
      comparisons.push({ key, context: facts.length > 1 ? contextOf(fact) : [], status, sources, variants });
    }
  }
  const order = { conflicting: 0, consistent: 1, 'single-source': 2 } as const;
  return comparisons.sort((a, b) => order[a.status] - order[b.status] || b.sources - a.sources || a.key.localeCompare(b.key));
}

/** The distinct values of one fact, each with the places that report it. */
function toVariants(fact: readonly ClaimInstance[]): ClaimVariant[] {
  const variants = new Map<string, ClaimVariant>();
  for (const { articleId, claim, sentence } of fact) {
    const id = `${claim.value}|${claim.hedge ?? ''}`;
    const variant = variants.get(id) ?? { value: claim.value, hedge: claim.hedge, refs: [] };
    variants.set(id, variant);
    variant.refs.push({ articleId, span: { start: claim.start, end: claim.end }, sentence });
  }
  return [...variants.values()];
}

/** Counts distinct originals: copies fold into their original, and one outlet counts once. */
export function countSources(articleIds: readonly string[], duplicateOf: Readonly<Record<string, string>>, outletOf: ReadonlyMap<string, string | undefined>): number {
  const seen = new Set<string>();
  for (const id of articleIds) {
    const original = duplicateOf[id] ?? id;
    seen.add(outletOf.get(original) ? `outlet:${outletOf.get(original)!.toLowerCase()}` : `article:${original}`);
  }
  return seen.size;
}

/** The range of values a hedged claim allows. */
export function rangeOf(value: number, hedge?: Claim['hedge']): [number, number] {
  switch (hedge) {
    case 'about': return [value * (1 - ABOUT_TOLERANCE), value * (1 + ABOUT_TOLERANCE)];
    case 'more than': return [value + Number.EPSILON, Infinity];
    case 'at least': return [value, Infinity];
    case 'less than': return [-Infinity, value - Number.EPSILON];
    case 'at most': return [-Infinity, value];
    default: return [value, value];
  }
}

function hasConflict(variants: readonly ClaimVariant[]): boolean {
  for (let i = 0; i < variants.length; i++) {
    for (let j = i + 1; j < variants.length; j++) {
      const a = variants[i]!;
      const b = variants[j]!;
      const [aLow, aHigh] = rangeOf(Number(a.value), a.hedge);
      const [bLow, bHigh] = rangeOf(Number(b.value), b.hedge);
      if (aHigh < bLow || bHigh < aLow) return true;
    }
  }
  return false;
}
