/**
 * Copy-link evaluation: adds the articles of a rewrite test set in file order and compares the final copy → original
 * links with the gold links. Prints JSON with precision, recall, F1 and every link.
 * Usage: npm run eval:rewrites -- [DIR]   (DIR holds articles.json and gold.json; default test/fixtures/rewrites)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { digestArticle, type ArticleInput } from '../src/cluster/digest.ts';
import { addArticle, createStoryIndex, listStories } from '../src/cluster/index.ts';

const dir = process.argv[2] ?? resolve(process.cwd(), 'test/fixtures/rewrites');
const articles = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as Omit<ArticleInput, 'ingestedAt'>[];
const gold = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { copies: Record<string, string> }).copies;

const index = createStoryIndex();
articles.forEach((article, i) => {
  addArticle(index, digestArticle({ ...article, ingestedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() }));
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
      stories: listStories(index).map((s) => ({ title: s.title, articles: s.articleIds, independentSources: s.independentSources })),
    },
    null,
    2,
  ),
);
