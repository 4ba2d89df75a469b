import { ARTICLE_TYPES } from '../rules/metadata-tags.ts';

/** What JSON-LD blocks say about the page's article. */
export interface JsonLdFacts {
  title?: string;
  authors: string[];
  published?: string;
  modified?: string;
  publisher?: string;
  url?: string;
  language?: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Reads schema.org facts from the texts of <script type="application/ld+json"> blocks (NewsArticle etc., @graph aware). */
export function readJsonLd(scripts: readonly string[]): JsonLdFacts {
  const objects: JsonObject[] = [];
  for (const script of scripts) {
    let parsed: Json;
    try {
      // Some CMSs leave raw newlines or HTML comments in the block.
      parsed = JSON.parse(script.replace(/^\s*<!--|-->\s*$/g, '').replace(/[\n\r\t]+/g, ' ')) as Json;
    } catch {
      continue;
    }
    flatten(parsed, objects);
  }
  const articles = objects.filter((o) => types(o).some((t) => ARTICLE_TYPES.has(t)));
  const pages = objects.filter((o) => types(o).some((t) => t === 'webpage' || t === 'itempage'));
  const facts: JsonLdFacts = { authors: [] };
  for (const source of [...articles, ...pages]) {
    facts.title ??= str(source['headline']) ?? str(source['name']);
    facts.published ??= str(source['datePublished']) ?? str(source['dateCreated']);
    facts.modified ??= str(source['dateModified']);
    facts.publisher ??= nameOf(source['publisher']);
    facts.url ??= str(source['url']) ?? idOf(source['mainEntityOfPage']);
    facts.language ??= str(source['inLanguage']);
    if (facts.authors.length === 0) facts.authors = namesOf(source['author'] ?? source['creator'] ?? null);
  }
  if (!facts.publisher) {
    const organisation = objects.find((o) => types(o).some((t) => t === 'newsmediaorganization' || t === 'organization' || t === 'website'));
    if (organisation) facts.publisher = str(organisation['name']);
  }
  return facts;
}

function flatten(value: Json, out: JsonObject[], depth = 0): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out, depth + 1);
    return;
  }
  out.push(value);
  if (value['@graph']) flatten(value['@graph'], out, depth + 1);
}

function types(object: JsonObject): string[] {
  const type = object['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

function str(value: Json | undefined): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (Array.isArray(value)) return str(value[0]);
  return undefined;
}

function nameOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return str(value);
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') return str(value['name']);
  return undefined;
}

function idOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return str(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) return str(value['@id']) ?? str(value['url']);
  return undefined;
}

function namesOf(value: Json): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => nameOf(item)).filter((name): name is string => !!name && !/^https?:/.test(name));
}
