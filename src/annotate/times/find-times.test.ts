import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanOf, textOf } from '../../core/span.ts';
import type { Article, Message } from '../../core/types.ts';
import { findTimes, timesStage } from './index.ts';
import { timeTable } from './time-table.ts';

/** Monday 29 December 2025. */
const MONDAY = '2025-12-29';

const table = timeTable;

// Weekdays: the tense of the governing verb picks the past or the coming one.
table([
  ['The minister said on Wednesday that talks would go on.', MONDAY, [['Wednesday', '2025-12-24']]],
  ['The two leaders will meet on Friday.', MONDAY, [['Friday', '2026-01-02']]],
  ['Officials met last Tuesday and will meet again next Tuesday.', MONDAY, [['last Tuesday', '2025-12-23'], ['next Tuesday', '2025-12-30']]],
  ['He spoke Monday.', MONDAY, [['Monday', '2025-12-29']]],
  ['Iran Saturday condemned the attack.', MONDAY, [['Saturday', '2025-12-27']]],
  ['The envoy arrived Sunday morning.', MONDAY, [['Sunday morning', '2025-12-28TMO']]],
  ['Protesters planned a rally on Saturday.', MONDAY, [['Saturday', '2026-01-03']]],
  ['They said they would appeal Wednesday\'s ruling.', MONDAY, [['Wednesday', '2025-12-24']]],
  ['The paper said in an editorial on Friday, Dec. 26: the talks matter.', MONDAY, [['Friday, Dec. 26', '2025-12-26']]],
]);

// Months and days without a year, and explicit dates.
table([
  ['The deal was signed on Feb. 28.', MONDAY, [['Feb. 28', '2025-02-28']]],
  ['The deal will be signed on Feb. 28.', MONDAY, [['Feb. 28', '2026-02-28']]],
  ['The dividend is payable Jan. 2.', MONDAY, [['Jan. 2', '2026-01-02']]],
  ['They met in January.', MONDAY, [['January', '2025-01']]],
  ['They will meet in January.', MONDAY, [['January', '2026-01']]],
  ['The treaty was signed on March 5, 1946, in London.', MONDAY, [['March 5, 1946', '1946-03-05']]],
  ['It happened on 28 December 2025.', undefined, [['28 December 2025', '2025-12-28']]],
  ['Output fell in November 2024 and in 2023.', undefined, [['November 2024', '2024-11'], ['2023', '2023']]],
  ['Prices rose in the 1990s.', undefined, [['the 1990s', '199']]],
  ['The rights expire Jan. 5, the company said.', MONDAY, [['Jan. 5', '2026-01-05']]],
  ['It was signed in March this year.', MONDAY, [['March this year', '2025-03']]],
  ['Nobody spoke during the Orthodox Christmas period.', MONDAY, [['Orthodox Christmas', '2026-01-07']]],
  ['In nineteen ninety-six a bomb went off.', undefined, [['nineteen ninety-six', '1996']]],
]);

// Periods counted from the publication date.
table([
  ['Earlier in the week, prices fell; last month they rose.', MONDAY, [['Earlier in the week', '2026-W01'], ['last month', '2025-11']]],
  ['Growth will pick up next year.', MONDAY, [['next year', '2026']]],
  ['The strike ended two hours ago.', '2025-12-29T14:00:00Z', [['two hours ago', '2025-12-29T12:00']]],
  ['The firm was founded three years ago.', MONDAY, [['three years ago', '2022']]],
  ['She left yesterday and returns tomorrow.', MONDAY, [['yesterday', '2025-12-28'], ['tomorrow', '2025-12-30']]],
  ['Profit rose in the third quarter.', '1989-10-27', [['the third quarter', '1989-Q3']]],
  ['Third-quarter profit rose 5% from a year ago.', '1989-10-27', [['Third-quarter', '1989-Q3'], ['a year ago', '1988-Q3']]],
  ['Sales for this year\'s second quarter fell.', '1989-10-27', [['this year\'s second quarter', '1989-Q2']]],
  ['Over the weekend, talks stalled.', MONDAY, [['the weekend', '2025-W52-WE']]],
  ['He was promoted in May 1995 and retired the following year.', MONDAY, [['May 1995', '1995-05'], ['the following year', '1996']]],
  ['Talks are now under way.', MONDAY, [['now', 'PRESENT_REF']]],
  ['The talks resume at 3 p.m. tomorrow.', MONDAY, [['3 p.m. tomorrow', '2025-12-30T15:00']]],
  ['The offer expires at 5 p.m. EST Jan. 9.', MONDAY, [['5 p.m. EST Jan. 9', '2026-01-09T17:00']]],
]);

// Durations are durations, not clock times; sets recur.
table([
  ['The talks lasted five hours.', MONDAY, [['five hours', 'PT5H']]],
  ['After a four-hour meeting they agreed on a two-week period of calm.', MONDAY, [['four-hour', 'PT4H'], ['two-week', 'P2W']]],
  ['The war has gone on for nearly four years.', MONDAY, [['nearly four years', 'P4Y']]],
  ['Sales fell in the past two months.', MONDAY, [['the past two months', 'P2M']]],
  ['He waited half an hour.', MONDAY, [['half an hour', 'PT30M']]],
  ['The council meets every Monday and reports daily.', MONDAY, [['every Monday', 'XXXX-WXX-1'], ['daily', 'P1D']]],
  ['A 6-year-old boy was found.', MONDAY, []],
]);

// Names and modals that look like dates must not match.
table([
  ['Theresa May said the parties may meet at Mar-a-Lago.', MONDAY, []],
  ['India Today reported the news.', MONDAY, []],
  ['The Good Friday Agreement still holds.', MONDAY, []],
  ['Talks could resume in May.', MONDAY, [['May', '2026-05']]],
  ['The army killed 2000 people.', MONDAY, []],
  ['Sunday Times reporters saw it.', MONDAY, []],
  ['Officials in Tanzania Friday said the toll rose.', MONDAY, [['Friday', '2025-12-26']]],
  ['Kim Jong Un visited Mongolia last May.', MONDAY, [['last May', '2025-05']]],
  ['April Ryan asked the question.', MONDAY, []],
  ['Police said the Black Friday sales were calm.', MONDAY, [['Black Friday', '2025-11-28']]],
  ['Protesters prayed as Easter week began.', '2000-04-20', [['Easter week', '2000-W16']]],
  ['It will be the theme of our campaign up to Election Day.', '1998-10-26', [['Election Day', '1998-11-03']]],
  ['The Good Friday Agreement was signed on Good Friday.', '1998-04-20', [['Good Friday', '1998-04-10']]],
]);

// Tense cues: passives, plans and whole-word phrases (fixes from npm run eval:time error review).
table([
  ['The dividend will be paid Dec. 14.', MONDAY, [['Dec. 14', '2026-12-14']]],
  ['The case is heard in May.', '2000-03-29', [['May', '2000-05']]],
  ['He met his top aides Wednesday.', MONDAY, [['Wednesday', '2025-12-24']]],
  ['The peace process, set to resume Friday in Belfast, is fragile.', MONDAY, [['Friday', '2026-01-02']]],
  ['Mr. Smith will succeed him Feb. 1.', MONDAY, [['Feb. 1', '2026-02-01']]],
  ['He was shot to death last Oct. 23 at his home.', '1999-04-19', [['Oct. 23', '1998-10-23']]],
  ['Protesters rallied on Saturday and were planning a march.', MONDAY, [['Saturday', '2026-01-03']]],
  ['The offensive began as previously planned Saturday night.', MONDAY, [['Saturday night', '2025-12-27']]],
  ['Officials postponed until Tuesday any action on the case.', MONDAY, [['Tuesday', '2025-12-30']]],
  ['Until Tuesday, they had not called him a suspect.', '2025-12-31', [['Tuesday', '2025-12-30']]],
  ['Rooms cost $35 a night and flights leave four times a week.', MONDAY, [['a week', 'P1W']]],
  ['A second group of directors resigned.', MONDAY, []],
  ['The carrier has been on patrol since March and was scheduled to return.', '1990-08-13', [['March', '1990-03']]],
  ['It agreed to purchase the line for $22 million in February.', '1989-10-30', [['February', '1990-02']]],
  ['It would be paid on a still unspecified date in January.', '1989-10-26', [['January', '1990-01']]],
]);

// Fractions, halves, back-references to the last full date, and results-news periods.
table([
  ['They lived in the camps for 2 1/2 years.', MONDAY, [['2 1/2 years', 'P2Y6M']]],
  ['She spent 5 1/2 hours on the ground.', MONDAY, [['5 1/2 hours', 'PT5H30M']]],
  ['But a minute and a half later, a pilot called in.', MONDAY, [['a minute and a half', 'PT1M30S']]],
  ['Earnings will be lower in the last half of 1989.', MONDAY, [['the last half of 1989', '1989-H2']]],
  ["Sales were flat in the last half of the '80s.", MONDAY, [["the '80s", '198']]],
  ['He was shot on Oct. 23, 1998. Earlier that day, police were warned.', MONDAY, [['Oct. 23, 1998', '1998-10-23'], ['Earlier that day', '1998-10-23']]],
  ['The hearing opened on March 3, 2000, and he appeared the next morning.', MONDAY, [['March 3, 2000', '2000-03-03'], ['the next morning', '2000-03-04']]],
  ['That day was cold.', MONDAY, []],
  ['Three days later, the index closed higher.', MONDAY, [['Three days', 'P3D']]],
  ['A year earlier, net income was $2.1 million.', '1989-11-02', [['A year earlier', '1988']]],
  ['Kirschner earned $376,000 in the 1988 quarter.', '1989-10-30', [['the 1988 quarter', '1988-Q3']]],
  ['For the year ended Sept. 30, Ralston earned $422.5 million.', '1989-11-02', [['the year', 'P1Y'], ['Sept. 30', '1989-09-30']]],
  ['Sales for the full year rose, and the deal should close by year-end.', '1989-11-02', [['the full year', '1989'], ['year-end', '1989']]],
  ['In the year-ago third quarter, it earned $22.5 million.', '1989-10-27', [['the year-ago third quarter', '1988-Q3']]],
  ['He promised to halve unemployment by the year two thousand.', MONDAY, [['the year two thousand', '2000']]],
  ['Hate group numbers were dropping through the nineties.', MONDAY, [['the nineties', '199']]],
  ["The case is for today's youth what the blockade was for the people of tomorrow.", MONDAY, []],
  ["Now for today's geography quiz.", MONDAY, [['Now', 'PRESENT_REF'], ['today', '2025-12-29']]],
  ['They came to make the late-November trip.', '1999-12-10', [['late-November', '1999-11']]],
  ['They emerged from their third day-long meeting after a decades-long battle.', MONDAY, [['day-long', 'P1D'], ['decades-long', 'PXY']]],
  ['In the first nine months, net was $306 million, against a loss in the 1988 period.', '1989-11-02', [['the first nine months', 'P9M'], ['the 1988 period', '1988']]],
]);

test('a weekday with a part of day is a DATE, as TimeBank and AQUAINT type it; "night" is left out of the value as the gold mostly does', () => {
  const text = 'The envoy arrived Sunday night and left at 3 p.m.';
  const types = findTimes(text, { publishedAt: MONDAY }).map((time) => [textOf(text, time), time.type, time.value]);
  assert.deepEqual(types, [['Sunday night', 'DATE', '2025-12-28'], ['3 p.m.', 'TIME', '2025-12-29T15:00']]);
});

// Without a publication date, relative expressions keep X placeholders.
table([
  ['They will meet on Friday.', undefined, [['Friday', 'XXXX-WXX-5']]],
  ['Prices fell last month.', undefined, [['last month', 'XXXX-XX']]],
  ['The vote is on Feb. 28.', undefined, [['Feb. 28', 'XXXX-02-28']]],
]);

test('types and anchors are set per expression', () => {
  const text = 'The five-hour meeting on Friday ended at 3 p.m. and will recur every week.';
  const times = findTimes(text, { publishedAt: MONDAY });
  const summary = times.map((time) => [textOf(text, time), time.type, time.anchor]);
  assert.deepEqual(summary, [
    ['five-hour', 'DURATION', 'absolute'],
    ['Friday', 'DATE', 'publishedAt'],
    ['3 p.m.', 'TIME', 'publishedAt'],
    ['every week', 'SET', 'absolute'],
  ]);
  assert.deepEqual({ start: times[1]!.start, end: times[1]!.end }, spanOf(text, 'Friday'));
});

test('the stage reports expressions it cannot resolve without a publication date', () => {
  const text = 'They will meet on Friday.';
  const article: Article = {
    id: 'a', source: { input: 'test', fetchedAt: '2025-12-29T00:00:00Z' }, meta: { authors: [] }, text,
    layers: { sentences: [{ start: 0, end: text.length }] }, messages: [],
  };
  const messages: Omit<Message, 'stage'>[] = [];
  const times = timesStage.run(article, { report: (message) => messages.push(message), resources: new Map() });
  assert.deepEqual(times, [{ ...spanOf(text, 'Friday'), type: 'DATE', value: 'XXXX-WXX-5', anchor: 'unresolved' }]);
  assert.equal(messages.length, 1);
  assert.equal(messages[0]!.rule, 'unresolved-time');
  assert.deepEqual(messages[0]!.span, spanOf(text, 'Friday'));
});
