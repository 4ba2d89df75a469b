/**
 * Groups the name mentions of one article into entities: surnames and variant spellings join the
 * full name when unambiguous, organisations and places join by normalised name or acronym, and
 * definite descriptions matching a unique role become title mentions.
 */
import type { ArticleEntity, EntityLayer, EntityType, Mention, Span } from '../../core/types.ts';
import { foldName, initialsOf, nameKeys, stripArticle } from './names.ts';
import { roleAfter, roleBefore, roleKey, type TaggedSentence } from './roles.ts';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './rules.ts';

/** A tagged phrase inside one sentence, over token indices [first, end). */
export interface Chunk {
  sentence: number;
  first: number;
  end: number;
  type: EntityType;
}

/** A mention before it is assigned to an entity. */
interface Candidate {
  span: Span;
  type: EntityType;
  surface: string;
  keys: string[];
  role?: Span;
}

/** An entity being built. */
interface Cluster {
  type: EntityType;
  name: string;
  keys: string[];
  members: Candidate[];
  kinds: Mention['kind'][];
}

/** Reads a chunk as a candidate mention: honorifics and title words in front of a person's name are dropped. */
function toCandidate(text: string, sentences: readonly TaggedSentence[], chunk: Chunk): Candidate | undefined {
  const sentence = sentences[chunk.sentence]!;
  const word = (i: number): string => text.slice(sentence.tokens[i]!.start, sentence.tokens[i]!.end);
  let first = chunk.first;
  if (chunk.type === 'PER') {
    while (first < chunk.end - 1) {
      const lower = word(first).toLowerCase();
      if (!(HONORIFICS.has(lower) || ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower))) break;
      first++;
    }
  }
  const span = { start: sentence.tokens[first]!.start, end: sentence.tokens[chunk.end - 1]!.end };
  const surface = text.slice(span.start, span.end);
  const keys = chunk.type === 'PER' ? nameKeys(surface) : [foldName(stripArticle(surface))];
  if (keys.length === 0 || keys[0] === '') return undefined;
  // Title words the tagger put inside the name are read as part of the role in front of it.
  const view = first > chunk.first ? { tokens: sentence.tokens, types: sentence.types.map((t, i) => (i >= chunk.first && i < first ? undefined : t)) } : sentence;
  const role = chunk.type === 'PER' ? (roleBefore(text, view, first) ?? roleAfter(text, sentence, chunk.end)) : undefined;
  return { span, type: chunk.type, surface, keys, ...(role ? { role } : {}) };
}

/** True when two multi-word person names denote the same person: same key, or same first and last word. */
function samePerson(a: readonly string[], b: readonly string[]): boolean {
  if (a.join(' ') === b.join(' ')) return true;
  return a.length > 1 && b.length > 1 && a[0] === b[0] && a[a.length - 1] === b[b.length - 1];
}

/** Clusters person mentions: full names first, then single words joining a unique full name. */
function clusterPeople(candidates: readonly Candidate[]): Cluster[] {
  const clusters: Cluster[] = [];
  const join = (cluster: Cluster, candidate: Candidate): void => {
    cluster.members.push(candidate);
    if (candidate.keys.length > cluster.keys.length) {
      cluster.keys = candidate.keys;
      cluster.name = candidate.surface;
    }
  };
  for (const candidate of candidates.filter((c) => c.keys.length > 1)) {
    const found = clusters.find((c) => samePerson(c.keys, candidate.keys));
    if (found) join(found, candidate);
    else clusters.push({ type: 'PER', name: candidate.surface, keys: candidate.keys, members: [candidate], kinds: [] });
  }
  const full = clusters.slice();
  const single = new Map<string, Cluster>();
  for (const candidate of candidates.filter((c) => c.keys.length === 1)) {
    const key = candidate.keys[0]!;
    let matches = full.filter((c) => c.keys[c.keys.length - 1] === key);
    if (matches.length === 0) matches = full.filter((c) => c.keys[0] === key);
    if (matches.length === 1) {
      matches[0]!.members.push(candidate);
      continue;
    }
    // No full name, or several people share this word: the mention stays its own entity.
    let own = single.get(key);
    if (!own) {
      own = { type: 'PER', name: candidate.surface, keys: candidate.keys, members: [], kinds: [] };
      single.set(key, own);
      clusters.push(own);
    }
    own.members.push(candidate);
  }
  return clusters;
}

/** Clusters organisations, places and other names by folded name, acronyms joining their expansion. */
function clusterNames(candidates: readonly Candidate[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  const ordered = candidates.slice().sort((a, b) => b.surface.length - a.surface.length);
  for (const candidate of ordered) {
    const key = candidate.keys[0]!;
    let cluster = byKey.get(key);
    if (!cluster && /^[A-Z]{2,6}$/.test(candidate.surface)) {
      const expansions = [...new Set([...byKey.values()].filter((c) => initialsOf(c.name) === candidate.surface))];
      if (expansions.length === 1) cluster = expansions[0];
    }
    if (!cluster) {
      cluster = { type: candidate.type, name: stripArticle(candidate.surface), keys: [key], members: [], kinds: [] };
    }
    byKey.set(key, cluster);
    cluster.members.push(candidate);
  }
  const clusters = [...new Set(byKey.values())];
  // A name tagged with different types across the article takes its most frequent type.
  for (const cluster of clusters) {
    const votes = new Map<EntityType, number>();
    for (const m of cluster.members) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
    cluster.type = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  }
  return clusters;
}

/** Entity key: type plus lower-cased canonical name ("PER:jane doe"). */
export function entityKey(type: EntityType, name: string): string {
  return `${type}:${foldName(name)}`;
}

/** Builds the entity layer of an article from its tagged sentences and chunks. */
export function resolveEntities(text: string, sentences: readonly TaggedSentence[], chunks: readonly Chunk[]): EntityLayer {
  // 1. Chunks become candidate mentions with their role phrases.
  const candidates = chunks.map((c) => toCandidate(text, sentences, c)).filter((c): c is Candidate => c !== undefined);
  // 2. People and other names are clustered by their own rules.
  const clusters = [...clusterPeople(candidates.filter((c) => c.type === 'PER')), ...clusterNames(candidates.filter((c) => c.type !== 'PER'))];
  // 3. Each cluster becomes an entity; mentions point to it by key.
  const mentions: Mention[] = [];
  const entities: ArticleEntity[] = [];
  const rolesByEntity = new Map<string, Set<string>>();
  for (const cluster of clusters) {
    const key = entityKey(cluster.type, cluster.name);
    const aliases = new Set<string>();
    const roles = new Set<string>();
    for (const member of cluster.members) {
      const kind = member.surface === cluster.name ? 'name' : 'alias';
      if (kind === 'alias') aliases.add(member.surface);
      if (member.role) roles.add(text.slice(member.role.start, member.role.end));
      mentions.push({ ...member.span, type: cluster.type, key, kind, ...(member.role ? { role: member.role } : {}) });
    }
    const existing = entities.find((e) => e.key === key);
    if (existing) {
      existing.aliases = [...new Set([...existing.aliases, ...aliases])];
      existing.roles = [...new Set([...existing.roles, ...roles])];
    } else entities.push({ key, type: cluster.type, name: cluster.name, aliases: [...aliases], roles: [...roles] });
    rolesByEntity.set(key, new Set([...(rolesByEntity.get(key) ?? []), ...[...roles].map(roleKey)]));
  }
  // 4. "the <role>" pointing to exactly one person becomes a title mention.
  mentions.push(...findTitleMentions(text, mentions, rolesByEntity));
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { mentions, entities };
}

/** Finds "the Ruritanian president"-style descriptions whose role belongs to exactly one entity. */
function findTitleMentions(text: string, mentions: readonly Mention[], rolesByEntity: ReadonlyMap<string, ReadonlySet<string>>): Mention[] {
  const owners = new Map<string, string[]>();
  for (const [key, roles] of rolesByEntity) {
    if (!key.startsWith('PER:')) continue;
    for (const role of roles) if (role.split(' ').length <= 4) owners.set(role, [...(owners.get(role) ?? []), key]);
  }
  // Descriptions may contain place or group names ("the Ruritanian president") but not a person's name or another role.
  const taken = mentions.flatMap((m) => [...(m.type === 'PER' ? [m] : []), ...(m.role ? [m.role] : [])]);
  const found: Mention[] = [];
  for (const [role, keys] of owners) {
    if (keys.length !== 1 || !/[a-z]/i.test(role)) continue;
    const escaped = role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    const pattern = new RegExp(`\\bthe\\s+(${escaped})(?![\\p{L}\\p{N}-])`, 'giu');
    for (const match of text.matchAll(pattern)) {
      const span = { start: match.index!, end: match.index! + match[0].length };
      if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      found.push({ ...span, type: 'PER', key: keys[0]!, kind: 'title' });
    }
  }
  return found;
}
