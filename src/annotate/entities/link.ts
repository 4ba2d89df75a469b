/**
 * Links article entities across a corpus: people by transliteration-tolerant names (a surname
 * alone joins the single full name that ends with it), organisations and places by normalised
 * name. Indexed by key, so the cost grows with the number of entities, not their pairs.
 */
import type { CorpusEntity, EntityLayer, EntityType } from '../../core/types.ts';

export type { CorpusEntity } from '../../core/types.ts';
import { foldName, initialsOf, nameKeys, stripArticle } from './names.ts';
import { roleKey } from './roles.ts';


/** An article's entities as the linker reads them. */
export interface LinkInput {
  articleId: string;
  text: string;
  entities: EntityLayer;
}

/** A group being built: the article entities that denote one real entity. */
interface Group {
  type: EntityType;
  /** Votes for the type; organisations and places tagged differently across articles take the majority. */
  types: Map<EntityType, number>;
  keys: string[];
  names: Map<string, number>;
  aliases: Set<string>;
  roles: Map<string, { role: string; articleIds: Set<string> }>;
  members: { articleId: string; key: string }[];
  mentionCount: number;
}

/** Matching key of a name: person names word by word with transliteration folding; others folded whole. */
function keysOf(type: EntityType, name: string): string[] {
  return type === 'PER' ? nameKeys(name) : [nameKeys(stripArticle(name)).join(' ')];
}

/** Links entities of many articles into corpus entities with stable ids derived from their names. */
export function linkEntities(articles: LinkInput[]): CorpusEntity[] {
  const items = articles.flatMap((article) => {
    const counts = new Map<string, number>();
    for (const m of article.entities.mentions) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
    return article.entities.entities.map((entity) => ({ article, entity, keys: keysOf(entity.type, entity.name), mentions: counts.get(entity.key) ?? 0 }));
  });
  const groups: Group[] = [];
  const byFullKey = new Map<string, Group>();
  const byFirstLast = new Map<string, Group>();
  const bySurname = new Map<string, Set<Group>>();
  const byInitials = new Map<string, Set<Group>>();
  const newGroup = (type: EntityType, keys: string[]): Group => {
    const group: Group = { type, types: new Map(), keys, names: new Map(), aliases: new Set(), roles: new Map(), members: [], mentionCount: 0 };
    groups.push(group);
    return group;
  };
  const add = (group: Group, item: (typeof items)[number]): void => {
    const { article, entity } = item;
    const name = entity.type === 'PER' ? entity.name : stripArticle(entity.name);
    group.names.set(name, (group.names.get(name) ?? 0) + 1);
    group.types.set(entity.type, (group.types.get(entity.type) ?? 0) + 1);
    for (const alias of entity.aliases) group.aliases.add(alias);
    for (const role of entity.roles) {
      const key = roleKey(role);
      let entry = group.roles.get(key);
      if (!entry) group.roles.set(key, (entry = { role, articleIds: new Set() }));
      entry.articleIds.add(article.articleId);
    }
    group.members.push({ articleId: article.articleId, key: entity.key });
    group.mentionCount += item.mentions;
  };
  // 1. Full person names and all other names, by exact key (and first+last word for people).
  for (const item of items) {
    if (item.entity.type === 'PER' && item.keys.length < 2) continue;
    const full = `${item.entity.type === 'PER' ? 'PER' : 'NAME'}|${item.keys.join(' ')}`;
    const firstLast = item.entity.type === 'PER' ? `${item.keys[0]} ${item.keys[item.keys.length - 1]}` : undefined;
    let group = byFullKey.get(full) ?? (firstLast ? byFirstLast.get(firstLast) : undefined);
    if (!group) {
      group = newGroup(item.entity.type, item.keys);
      if (item.entity.type === 'PER') {
        const surname = item.keys[item.keys.length - 1]!;
        bySurname.set(surname, new Set([...(bySurname.get(surname) ?? []), group]));
      } else if (item.keys[0]!.includes(' ')) {
        const initials = initialsOf(stripArticle(item.entity.name));
        byInitials.set(initials, new Set([...(byInitials.get(initials) ?? []), group]));
      }
    }
    byFullKey.set(full, group);
    if (firstLast) byFirstLast.set(firstLast, group);
    add(group, item);
  }
  // 1b. Two full names with one surname are one person when they share a distinctive role
  // ("Ukrainian President"): a first name written in two languages (Vladimir / Volodymyr).
  for (const [surname, owners] of bySurname) {
    const list = [...owners];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.members.length === 0 || b.members.length === 0 || !shareDistinctiveRole(a, b)) continue;
        const [keep, drop] = a.mentionCount >= b.mentionCount ? [a, b] : [b, a];
        mergeInto(keep, drop);
        owners.delete(drop);
      }
    }
    bySurname.set(surname, owners);
  }
  // 2. Single-word person names join the one full name ending (or else starting) with that word.
  for (const item of items) {
    if (item.entity.type !== 'PER' || item.keys.length !== 1) continue;
    const word = item.keys[0]!;
    const owners = bySurname.get(word);
    let group = owners?.size === 1 ? [...owners][0] : undefined;
    if (!group && !owners) group = byFullKey.get(`PER|${word}`) ?? newGroup('PER', item.keys);
    if (!group) group = byFullKey.get(`PER|ambiguous ${word}`) ?? newGroup('PER', item.keys);
    byFullKey.set(owners && owners.size > 1 ? `PER|ambiguous ${word}` : `PER|${word}`, group);
    add(group, item);
  }
  // 3. Acronyms ("EU") join the one multi-word name with those initials, when it exists.
  for (const group of groups) {
    if (group.type === 'PER' || group.keys[0]!.includes(' ')) continue;
    const name = [...group.names.keys()][0]!;
    if (!/^[A-Z]{2,6}$/.test(name)) continue;
    const expansions = byInitials.get(name);
    if (expansions?.size !== 1) continue;
    const target = [...expansions][0]!;
    mergeInto(target, group);
  }
  // 4. A lone word tagged MISC that is the surname of exactly one person is that person, mis-typed.
  for (const group of groups) {
    if (group.type !== 'MISC' || group.keys.length !== 1 || group.keys[0]!.includes(' ') || group.members.length === 0) continue;
    const owners = bySurname.get(group.keys[0]!);
    if (owners?.size === 1) mergeInto([...owners][0]!, group);
  }
  return finish(groups.filter((g) => g.members.length > 0));
}

/** Fewest words a role needs to identify a person together with a surname ("President" alone does not). */
export const DISTINCTIVE_ROLE_WORDS = 2;

/** True when two groups were given the same role of two or more words in some article. */
function shareDistinctiveRole(a: Group, b: Group): boolean {
  for (const key of a.roles.keys()) if (key.split(' ').length >= DISTINCTIVE_ROLE_WORDS && b.roles.has(key)) return true;
  return false;
}

/** Moves every member of `source` into `target`, leaving `source` empty. */
function mergeInto(target: Group, source: Group): void {
  for (const [name, count] of source.names) target.aliases.add(name), target.names.set(name, (target.names.get(name) ?? 0) + count);
  for (const alias of source.aliases) target.aliases.add(alias);
  for (const [key, entry] of source.roles) {
    const existing = target.roles.get(key);
    if (existing) for (const id of entry.articleIds) existing.articleIds.add(id);
    else target.roles.set(key, entry);
  }
  for (const [type, count] of source.types) target.types.set(type, (target.types.get(type) ?? 0) + count);
  target.members.push(...source.members);
  target.mentionCount += source.mentionCount;
  source.members = [];
}

/** Chooses each group's canonical name and type, derives its id, and returns the public shape. */
function finish(groups: readonly Group[]): CorpusEntity[] {
  const used = new Set<string>();
  const out: CorpusEntity[] = [];
  for (const group of groups) {
    const names = [...group.names.entries()].sort((a, b) => wordCount(b[0]) - wordCount(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0]));
    const name = names[0]![0];
    const type = [...group.types.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? group.type;
    const base = `${type}:${foldName(name).replace(/\s+/g, '-')}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const aliases = [...new Set([...names.slice(1).map(([n]) => n), ...group.aliases])].filter((a) => a !== name).sort();
    const roles = [...group.roles.values()].map((r) => ({ role: r.role, articleIds: [...r.articleIds].sort() })).sort((a, b) => b.articleIds.length - a.articleIds.length || a.role.localeCompare(b.role));
    out.push({ id, type, name, aliases, roles, members: group.members, mentionCount: group.mentionCount });
  }
  return out;
}

function wordCount(name: string): number {
  return name.split(/\s+/).length;
}
