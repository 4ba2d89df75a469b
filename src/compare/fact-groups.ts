/**
 * Splits the claims that share a key ("talks:hour") into separate facts when their sentences are
 * about different participants: "a three-hour meeting between A and B" and "five hours of talks
 * between C and D" are two meetings, not a disagreement. Names are the evidence; names that most
 * articles of the story carry (its main actors) say nothing about which event a number belongs to.
 */
import type { Article, Claim, Span } from '../core/types.ts';

/** With at least this many articles, names found in BACKGROUND_SHARE of them are background. */
export const BACKGROUND_MIN_ARTICLES = 4;
/** Share of a story's articles a name must appear in to count as background (its main actors). */
export const BACKGROUND_SHARE = 0.7;
/** MISC names that describe rather than name ("Russian-occupied", "U.S.-Ukraine", "European"): no event evidence. */
export const ADJECTIVE_LIKE = /-|(?:an|ese|ish|ic|i)$/;

/** Most distinguishing names kept to label a fact. */
export const CONTEXT_NAMES = 3;

/** One claim with the evidence used to group it. */
export interface ClaimInstance {
  articleId: string;
  claim: Claim;
  sentence: Span;
  /** Folded distinguishing name tokens of the claim's sentence, with a surface form each. */
  names: Map<string, string>;
  words: Set<string>;
}

/** What fact grouping needs from an article. */
export type GroupableArticle = Pick<Article, 'id' | 'text' | 'layers'>;

/** Folds a name to the token used for matching: its last word, lower case, without accents. */
export function nameToken(name: string): string {
  const words = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  return words.at(-1) ?? '';
}

/** Name tokens that appear in so many of the articles that they cannot tell events apart. */
export function backgroundNames(articles: readonly GroupableArticle[]): Set<string> {
  const background = new Set<string>();
  if (articles.length < BACKGROUND_MIN_ARTICLES) return background;
  const counts = new Map<string, number>();
  for (const article of articles) {
    const seen = new Set((article.layers.entities?.mentions ?? []).filter((m) => m.kind !== 'pronoun').map((m) => nameToken(article.text.slice(m.start, m.end))));
    for (const token of seen) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  for (const [token, count] of counts) if (count >= BACKGROUND_SHARE * articles.length) background.add(token);
  return background;
}

/**
 * The claim's evidence: the distinguishing names of its own sentence and its content words. (The
 * sentence before is not used: "He said the plan is 90% agreed" is about the story's plan, not
 * about whatever the previous sentence named.)
 */
export function describeClaim(article: GroupableArticle, claim: Claim, background: ReadonlySet<string>): ClaimInstance {
  const sentences = article.layers.sentences ?? [];
  const sentence = sentences[claim.sentence] ?? { start: claim.start, end: claim.end };
  const names = namesIn(article, sentence, background);
  const words = new Set(
    article.text
      .slice(sentence.start, sentence.end)
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 3),
  );
  return { articleId: article.id, claim, sentence: { start: sentence.start, end: sentence.end }, names, words };
}

function namesIn(article: GroupableArticle, span: Span, background: ReadonlySet<string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const mention of article.layers.entities?.mentions ?? []) {
    if (mention.kind === 'pronoun' || mention.start < span.start || mention.end > span.end) continue;
    const surface = article.text.slice(mention.start, mention.end);
    if (mention.type === 'MISC' && ADJECTIVE_LIKE.test(surface)) continue;
    const token = nameToken(surface);
    if (token && !background.has(token) && !names.has(token)) names.set(token, surface);
  }
  return names;
}

/**
 * Groups instances of one key into facts: instances sharing a distinguishing name are one fact;
 * instances without such names join the fact whose sentences share most of their words (or form
 * one fact together when no named fact exists). Output order follows first appearance.
 */
export function groupFacts(instances: readonly ClaimInstance[]): ClaimInstance[][] {
  const parent = instances.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  instances.forEach((instance, i) => {
    for (const token of instance.names.keys()) {
      const other = owner.get(token);
      if (other === undefined) owner.set(token, i);
      else parent[find(i)] = find(other);
    }
  });
  const named = new Map<number, ClaimInstance[]>();
  const unnamed: ClaimInstance[] = [];
  instances.forEach((instance, i) => {
    if (instance.names.size === 0) return unnamed.push(instance);
    const root = find(i);
    named.set(root, [...(named.get(root) ?? []), instance]);
  });
  const groups = [...named.values()];
  if (groups.length === 0) return unnamed.length > 0 ? [unnamed] : [];
  for (const instance of unnamed) {
    let best = groups[0]!;
    let bestScore = -1;
    for (const group of groups) {
      const score = Math.max(...group.map((other) => overlap(instance.words, other.words)));
      if (score > bestScore || (score === bestScore && group.length > best.length)) {
        best = group;
        bestScore = score;
      }
    }
    best.push(instance);
  }
  return groups;
}

/** The names that set a fact apart, most frequent first, in their first surface form. */
export function contextOf(group: readonly ClaimInstance[]): string[] {
  const counts = new Map<string, { surface: string; count: number }>();
  for (const instance of group) {
    for (const [token, surface] of instance.names) {
      const entry = counts.get(token) ?? { surface, count: 0 };
      entry.count++;
      counts.set(token, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).slice(0, CONTEXT_NAMES).map((e) => e.surface);
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
