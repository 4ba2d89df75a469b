import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText, looksLikeHeading } from './index.ts';

const body = 'The council met for six hours on Tuesday and approved the budget after a long debate.';

// [description, input lines, lines that must survive, lines that must go]
const cases: [string, string, string[], string[]][] = [
  ['donation appeal above the headline', `Support The Daily Ledger!\n\nCouncil Passes Budget\n\n${body}`, ['Council Passes Budget', body], ['Support The Daily Ledger!']],
  ['leave a reply closes the page', `${body}\n\n${body.replace('six', 'seven')}\n\nLeave a Reply`, [body], ['Leave a Reply']],
  ['newsletter box and everything after it', `Headline Here\n\n${body}\n\n${body}\n\nSign up for our free weekly newsletter\n\nOur weekly newsletter has the best stories.\n\nMonthly`, [body], ['Sign up for our free weekly newsletter', 'Our weekly newsletter has the best stories.', 'Monthly']],
  ['donation letter at the end', `${body}\n\n${body}\n\n${body}\n\nA Message from The Ledger:\n\nDear readers,\n\nWe need your help to keep reporting.`, [body], ['A Message from The Ledger:', 'Dear readers,', 'We need your help to keep reporting.']],
  ['photo credit caption', `Budget Vote\n\nThe mayor at city hall on Monday. Ann Smith / Reuters\n\n${body}`, [body], ['The mayor at city hall on Monday. Ann Smith / Reuters']],
  ['share and read-more lines', `${body}\n\nShare on Facebook\n\nRead more\n\n${body}`, [body], ['Share on Facebook', 'Read more']],
  ['a sentence mentioning subscribers stays', `Subscribers to the service rose by 20 percent last year, the company said in a filing on Monday.`, ['Subscribers to the service rose by 20 percent'], []],
];

for (const [name, input, keep, drop] of cases) {
  test(`extractText: ${name}`, () => {
    const { text } = extractText(input);
    for (const line of keep) assert.ok(text.includes(line), `kept: ${line}`);
    for (const line of drop) assert.ok(!text.includes(line), `dropped: ${line}`);
  });
}

test('extractText: title, headings and body paragraphs are separate spans', () => {
  const result = extractText(`Council Passes Budget\nCouncil passes budget\n${body}\nWhat Comes Next\n${body}`);
  assert.equal(result.title, 'Council Passes Budget');
  const kinds = result.paragraphs.map((p) => [p.kind, result.text.slice(p.start, p.end)]);
  assert.deepEqual(kinds, [['title', 'Council Passes Budget'], ['body', body], ['heading', 'What Comes Next'], ['body', body]]);
});

test('extractText: whitespace and control characters are normalised before spans exist', () => {
  const result = extractText('\uFEFFA\u00A0 line\twith   gaps.\r\n\r\nSecond\u0007 line.');
  assert.equal(result.text, 'A line with gaps.\n\nSecond line.');
});

test('extractText: markdown headings and links', () => {
  const result = extractText('# Big News\n\nSee [the report](http://x.test) for **details**.', { markdown: true });
  assert.equal(result.title, 'Big News');
  assert.ok(result.text.endsWith('See the report for details.'));
});

// [line, is heading]
const headingCases: [string, boolean][] = [
  ['Remaining Obstacles', true],
  ["'90%' agreed by members", true],
  ['What is the current status?', false],
  ['The talks ended without a deal.', false],
  ['lower-case start is a fragment', false],
];
for (const [line, expected] of headingCases) {
  test(`looksLikeHeading: ${line}`, () => assert.equal(looksLikeHeading(line), expected));
}
