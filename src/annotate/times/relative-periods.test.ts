import { timeTable } from './time-table.ts';

/** Thursday 21 March 2013. */
const THURSDAY = '2013-03-21';
/** Monday 18 March 2013. */
const MONDAY = '2013-03-18';

const table = timeTable;

// Periods counted from publication: weeks, weekends, fiscal years, halves, seasons.
table([
  ['He went home this past weekend.', MONDAY, [['this past weekend', '2013-W11-WE']]],
  ['He went home last weekend.', MONDAY, [['last weekend', '2013-W11-WE']]],
  ['Profit fell last week.', THURSDAY, [['last week', '2013-W11']]],
  ['The firm expects sales in the current fiscal year to rise.', THURSDAY, [['the current fiscal year', '2013']]],
  ['Revenue for fiscal 2012 rose.', THURSDAY, [['fiscal 2012', '2012']]],
  ['Sales will rise in the second half of next year.', THURSDAY, [['the second half of next year', '2014-H2']]],
  ['Sales fell in the first half of the year.', THURSDAY, [['the first half of the year', '2013-H1']]],
  ['Prices held into the summer.', THURSDAY, [['the summer', '2012-SU']]],
  ['The rally was held in the early summer.', THURSDAY, [['the early summer', '2012-SU']]],
  ['Sales rose in the past three months.', THURSDAY, [['the past three months', 'P3M']]],
  ['The company expects growth over the next few years.', THURSDAY, [['the next few years', 'PXY']]],
  ['In the 1990s, prices rose.', THURSDAY, [['the 1990s', '199']]],
  ['Output fell in the fourth quarter.', THURSDAY, [['the fourth quarter', '2012-Q4']]],
  ['Two weeks ago, he quit.', THURSDAY, [['Two weeks ago', '2013-W10']]],
]);

// Vague references to the present and past.
table([
  ['Prices are now higher and he currently works there.', THURSDAY, [['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF']]],
  ['The recent decline hurt.', THURSDAY, []],
  ['Prices fell in recent weeks.', THURSDAY, [['recent weeks', 'PXW']]],
]);

// Amounts after a narrated event are durations; "a year earlier" in results news is a date.
table([
  ['It was founded in 2001. A year later, it went public.', THURSDAY, [['2001', '2001'], ['A year', 'P1Y']]],
  ['He arrived on March 3. Two days later, he left.', THURSDAY, [['March 3', '2013-03-03'], ['Two days', 'P2D']]],
  ['A year earlier, it lost money.', THURSDAY, [['A year earlier', '2012']]],
  ['In 1999, he founded it; the next year it failed.', THURSDAY, [['1999', '1999'], ['the next year', '2000']]],
  ['Sales will rise over the next year.', THURSDAY, [['the next year', '2014']]],
  ['Profit was $3 million, against $2 million in the corresponding period last year.', '1989-11-01', [['the corresponding period last year', '1988-Q3']]],
  ["U.K. sales for last year's quarter were about $3 million.", '1989-11-01', [["last year's quarter", '1988-Q3']]],
  ['Profit rose from the third quarter a year ago.', '1989-10-26', [['the third quarter a year ago', '1988-Q3']]],
  ['It lost money in the third quarter. For the quarter a year ago, it earned $16 million.', '1989-10-26', [['the third quarter', '1989-Q3'], ['the quarter a year ago', '1988-Q3']]],
]);

// Recurring months and parts of weekdays are sets; a part of day before "yesterday" is a time; "vs." inside a name does not cut the sentence the tense is read from.
table([
  ['Orangemen march each July from their church.', THURSDAY, [['each July', 'XXXX-07']]],
  ['Two flights leave on Tuesday nights.', THURSDAY, [['Tuesday nights', 'XXXX-WXX-2TNI']]],
  ['Two flights leave on Monday and Tuesday nights.', THURSDAY, [['Monday', 'XXXX-WXX-1TNI'], ['Tuesday nights', 'XXXX-WXX-2TNI']]],
  ['In London at mid-afternoon yesterday, shares fell.', '1989-11-02', [['mid-afternoon yesterday', '1989-11-01TAF']]],
  ['In January, a week after the anniversary of the Roe vs. Wade decision, a bomb killed a guard.', '1998-10-25', [['January', '1998-01'], ['a week', 'P1W']]],
]);

// Clock times take the day named after them, even past a parenthetical time zone conversion.
table([
  ['The blast occurred at about 10:35 a.m. (0735 GMT) Friday, police said.', '1998-08-08', [['about 10:35 a.m.', '1998-08-07T10:35'], ['Friday', '1998-08-07']]],
]);

// An attribution closing the clause ("…, he said.") does not set the tense; plans "set for" a day point ahead.
table([
  ['The talks will resume Tuesday, he said.', THURSDAY, [['Tuesday', '2013-03-26']]],
  ['He arrived Tuesday, officials said.', THURSDAY, [['Tuesday', '2013-03-19']]],
  ['The vote is set for Monday, officials said.', THURSDAY, [['Monday', '2013-03-25']]],
  ['In September, it announced plans to acquire the unit.', '1989-10-30', [['September', '1989-09']]],
]);

// "The week of" a day names that day's ISO week; "one day" between a modal or subject and its verb is some future day;
// a trailing "or so" belongs to the expression it hedges.
table([
  ['The case may be heard the week of March 6.', '2000-02-24', [['the week of March 6', '2000-W10']]],
  ['Talks began the week of Jan. 5, 1998.', THURSDAY, [['the week of Jan. 5, 1998', '1998-W02']]],
  ['Islam will one day be the second largest religion.', THURSDAY, [['one day', 'FUTURE_REF']]],
  ['He hopes he one day flies to space.', THURSDAY, [['one day', 'FUTURE_REF']]],
  ['Then he one day walked into the bank.', THURSDAY, [['one day', 'PAST_REF']], { todo: 'a past "one day" is read as a length (P1D), not an unnamed past day' }],
  ['The new chief had been in the job one day.', THURSDAY, [['one day', 'P1D']]],
  ['One day later, he left.', THURSDAY, [['One day', 'P1D']]],
  ['Then, a week or so ago, the general picked a date.', '1991-02-25', [['a week or so ago', '1991-W08']]],
  ['The plants will close over the next year or so.', THURSDAY, [['the next year or so', '2014']]],
  ['Its share may rise over the next two years or so.', THURSDAY, [['the next two years or so', 'P2Y']]],
]);

// "In" and an amount after a verb that looks ahead is the date that far from publication; otherwise it is a length.
table([
  ['The stock would be redeemed in five years.', '1989-11-02', [['five years', '1994']]],
  ['The plant will reopen in two weeks.', THURSDAY, [['two weeks', '2013-W14']]],
  ['His second letter in two weeks was published.', THURSDAY, [['two weeks', 'P2W']]],
  ['The vote will come in the next two weeks.', THURSDAY, [['the next two weeks', 'P2W']]],
  ['The train will arrive in two hours.', THURSDAY, [['two hours', 'PT2H']]],
]);
