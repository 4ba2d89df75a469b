/**
 * Copy-link evaluation: adds the articles of a rewrite test set in file order and compares the final copy → original
 * links with the gold links. Prints JSON with precision, recall, F1 and every link.
 * When gold.json also lists `stories` (groups of article ids), pairs of articles in different languages are scored too:
 * precision and recall of "same story" over cross-language pairs (test/fixtures/rewrites/cross-language).
 * Usage: npm run eval:rewrites -- [DIR]   (DIR holds articles.json and gold.json; default test/fixtures/rewrites)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { digestArticle, type ArticleInput } from '../src/cluster/digest.ts';
import { addArticle, createStoryIndex, listStories } from '../src/cluster/index.ts';

const dir = process.argv[2] ?? resolve(process.cwd(), 'test/fixtures/rewrites');
const articles = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as Omit<ArticleInput, 'ingestedAt'>[];
const goldFile = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { copies: Record<string, string>; stories?: string[][] };
const gold = goldFile.copies;

const index = createStoryIndex();
const languageOf = new Map<string, string | undefined>();
articles.forEach((article, i) => {
  const digest = digestArticle({ ...article, ingestedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() });
  languageOf.set(article.id, digest.language);
  addArticle(index, digest);
});
const predicted: Record<string, string> = {};
const methods: Record<string, { method: string; score: number }> = {};
for (const story of listStories(index)) {
  Object.assign(predicted, story.duplicateOf);
  Object.assign(methods, story.copyMethod);
}
const correct = Object.entries(predicted).filter(([copy, original]) => gold[copy] === original).length;
const precision = Object.keys(predicted).length === 0 ? 1 : correct / Object.keys(predicted).length;
const recall = correct / Object.keys(gold).length;
const round = (v: number): number => Math.round(v * 1000) / 1000;

/** Same-story decisions over pairs of articles whose (given or guessed) languages differ. */
function scoreCrossLanguage(groups: string[][]): { pairs: number; goldLinked: number; predictedLinked: number; precision: number; recall: number; wrong: string[][]; missed: string[][] } {
  const goldStory = new Map<string, number>();
  groups.forEach((group, g) => group.forEach((id) => goldStory.set(id, g)));
  const predictedStory = new Map<string, string>();
  for (const story of listStories(index)) for (const id of story.articleIds) predictedStory.set(id, story.id);
  let pairs = 0;
  let goldLinked = 0;
  let predictedLinked = 0;
  let correctLinked = 0;
  const wrong: string[][] = [];
  const missed: string[][] = [];
  const ids = articles.map((a) => a.id);
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i]!, ids[j]!];
      if (languageOf.get(a) === languageOf.get(b)) continue;
      pairs += 1;
      const isGold = goldStory.get(a) !== undefined && goldStory.get(a) === goldStory.get(b);
      const isPredicted = predictedStory.get(a) === predictedStory.get(b);
      if (isGold) goldLinked += 1;
      if (isPredicted) predictedLinked += 1;
      if (isGold && isPredicted) correctLinked += 1;
      if (isPredicted && !isGold) wrong.push([a, b]);
      if (isGold && !isPredicted) missed.push([a, b]);
    }
  }
  return { pairs, goldLinked, predictedLinked, precision: predictedLinked === 0 ? 1 : round(correctLinked / predictedLinked), recall: goldLinked === 0 ? 1 : round(correctLinked / goldLinked), wrong, missed };
}
console.log(
  JSON.stringify(
    {
      articles: articles.length,
      goldLinks: Object.keys(gold).length,
      predictedLinks: Object.keys(predicted).length,
      precision: round(precision),
      recall: round(recall),
      f1: round(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)),
      links: Object.entries(predicted).map(([copy, original]) => ({ copy, original, ...methods[copy], correct: gold[copy] === original })),
      missed: Object.entries(gold).filter(([copy, original]) => predicted[copy] !== original).map(([copy, original]) => ({ copy, original })),
      ...(goldFile.stories ? { crossLanguage: scoreCrossLanguage(goldFile.stories), languages: Object.fromEntries(languageOf) } : {}),
      stories: listStories(index).map((s) => ({ title: s.title, articles: s.articleIds, independentSources: s.independentSources })),
    },
    null,
    2,
  ),
);
