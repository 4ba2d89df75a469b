import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunksOf, ConllScorer, parseConll, toIob2 } from './conll.ts';

test('chunksOf reads IOB1, IOB2 and IOBES like conlleval', () => {
  const rows: [string[], string[]][] = [
    [['B-PER', 'I-PER', 'O'], ['0-2 PER']],
    [['I-PER', 'I-PER', 'O'], ['0-2 PER']],
    [['I-PER', 'B-PER', 'O'], ['0-1 PER', '1-2 PER']],
    [['I-ORG', 'I-LOC'], ['0-1 ORG', '1-2 LOC']],
    [['O', 'I-MISC', 'I-MISC'], ['1-3 MISC']],
    [['B-LOC', 'E-LOC', 'S-PER'], ['0-2 LOC', '2-3 PER']],
    [['O', 'O'], []],
  ];
  for (const [tags, expected] of rows) {
    assert.deepEqual(chunksOf(tags).map((c) => `${c.start}-${c.end} ${c.type}`), expected, tags.join(' '));
  }
});

test('toIob2 starts every phrase with B-', () => {
  assert.deepEqual(toIob2(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC']), ['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC']);
});

test('scorer counts exact phrase matches of span and type', () => {
  const scorer = new ConllScorer();
  scorer.add(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'I-PER', 'O', 'B-ORG']);
  scorer.add(['B-ORG', 'O'], ['B-ORG', 'B-MISC']);
  const { overall, types } = scorer.result();
  assert.deepEqual([overall.gold, overall.predicted, overall.correct], [3, 4, 2]);
  assert.equal(overall.precision, 0.5);
  assert.equal(overall.recall, 0.6667);
  assert.equal(types['LOC']!.recall, 0);
  assert.equal(types['PER']!.f1, 1);
});

test('a phrase with the right type but a wrong boundary is wrong', () => {
  const scorer = new ConllScorer();
  scorer.add(['B-PER', 'I-PER'], ['B-PER', 'B-PER']);
  assert.equal(scorer.result().overall.correct, 0);
});

test('parseConll splits documents and sentences and reads the last column', () => {
  const text = '-DOCSTART- -X- O O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP I-PER\n-DOCSTART- -X- O O\n\nBonn NNP I-NP I-LOC\n';
  const documents = parseConll(text);
  assert.equal(documents.length, 2);
  assert.deepEqual(documents[0]!.sentences.map((s) => s.map((t) => `${t.word}/${t.tag}`)), [['EU/I-ORG', 'rejects/O'], ['Peter/I-PER']]);
  assert.deepEqual(documents[1]!.sentences[0]!.map((t) => t.word), ['Bonn']);
});
