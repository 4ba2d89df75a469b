import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseLanguage, clearsBar, compareAnchors, CROSS_LANGUAGE_STORY_BAR, guessLanguage, TRANSLATION_BAR } from './language.ts';

const GUESSES: [string, string | undefined][] = [
  ['The council said on Monday that the bridge will be closed for repairs and that buses will run from the station.', 'en'],
  ["Le conseil a annoncé lundi que le pont sera fermé pour des travaux et que des bus partiront de la gare pour les habitants.", 'fr'],
  ['Der Rat teilte am Montag mit, dass die Brücke für Reparaturen gesperrt wird und dass Busse vom Bahnhof fahren werden.', 'de'],
  ['El consejo anunció el lunes que el puente estará cerrado por obras y que los autobuses saldrán de la estación para los vecinos.', 'es'],
  ['Bridge closed', undefined],
  ['', undefined],
];

for (const [text, expected] of GUESSES) {
  test(`guessLanguage: ${expected ?? 'no guess'} for "${text.slice(0, 30)}"`, () => assert.equal(guessLanguage(text), expected));
}

const TAGS: [string | undefined, string | undefined][] = [['en-GB', 'en'], ['FR', 'fr'], ['pt_BR', 'pt'], ['', undefined], [undefined, undefined]];
for (const [tag, expected] of TAGS) test(`baseLanguage: ${tag} → ${expected}`, () => assert.equal(baseLanguage(tag), expected));

// Term numbers: names 1–9, numbers 100+.
const isNumber = (term: number): boolean => term >= 100;
const anchorsOf = (anchors: number[], otherTerms: number[] = []) => ({ anchors: new Set(anchors), terms: new Set([...anchors, ...otherTerms]) });
const ORIGINAL = anchorsOf([1, 2, 3, 4, 100, 101, 102]);

const BARS: [string, ReturnType<typeof anchorsOf>, { translation: boolean; story: boolean }][] = [
  ['translation: same names and numbers', anchorsOf([1, 2, 3, 4, 100, 101, 102]), { translation: true, story: true }],
  ['translation with a name lost in translation', anchorsOf([1, 2, 3, 9, 100, 101, 102]), { translation: true, story: true }],
  ['own report: same people, some numbers of its own', anchorsOf([1, 2, 3, 100, 105, 106]), { translation: false, story: true }],
  ['German report: names hidden among capitalised nouns, found in its terms', anchorsOf([20, 21, 22, 23, 24, 25, 26, 27, 100, 101], [1, 2, 3]), { translation: false, story: true }],
  ['other event: one shared number', anchorsOf([5, 6, 7, 100, 110]), { translation: false, story: false }],
  ['other event: shared names, no shared number', anchorsOf([1, 2, 3, 4, 120, 121]), { translation: false, story: false }],
];

for (const [name, other, expected] of BARS) {
  test(`cross-language bars: ${name}`, () => {
    const overlap = compareAnchors(other, ORIGINAL, isNumber);
    assert.equal(clearsBar(overlap, TRANSLATION_BAR), expected.translation, JSON.stringify(overlap));
    assert.equal(clearsBar(overlap, CROSS_LANGUAGE_STORY_BAR), expected.story, JSON.stringify(overlap));
  });
}
