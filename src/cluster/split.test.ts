import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSplit, isSplitDue, SPLIT_EVERY, SPLIT_MAX_MEMBERS, SPLIT_MIN_MEMBERS, type MemberTerms } from './split.ts';

/** A member from term numbers, every weight 1. */
const member = (...terms: number[]): MemberTerms => ({ terms, weights: terms.map(() => 1) });
const flatIdf = (): number => 1;

// Event A members share terms 1–6, event B members share 11–16; both mention the shared setting (term 100).
const EVENT_A = [member(1, 2, 3, 4, 5, 100), member(1, 2, 3, 4, 6, 100), member(1, 2, 3, 5, 6, 100), member(2, 3, 4, 5, 6, 100)];
const EVENT_B = [member(11, 12, 13, 14, 15, 100), member(11, 12, 13, 14, 16, 100), member(11, 12, 13, 15, 16, 100), member(12, 13, 14, 15, 16, 100)];
// One event told eight ways: every member shares most terms with every other.
const ONE_EVENT = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => member(1, 2, 3, 4, 5, 100 + k));
// A loose topic: members share one term each and little else (within-group cosine under the floor).
const LOOSE_TOPIC = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => member(1, 10 * k, 10 * k + 1, 10 * k + 2, 10 * k + 3, 10 * k + 4, 10 * k + (k <= 4 ? 5 : 6)));

// One kind of event reported twice, years apart: the wording is alike, only the latest year named tells the reports apart.
const dated = (year: number | undefined, ...terms: number[]): MemberTerms => ({ ...member(...terms), ...(year === undefined ? {} : { latestYear: year }) });
const LAST_YEAR = [dated(2008, 1, 2, 3, 4, 5), dated(2008, 1, 2, 3, 4, 6), dated(2008, 1, 2, 3, 5, 6), dated(2008, 1, 2, 4, 5, 6)];
const THIS_YEAR = [dated(2013, 1, 2, 3, 4, 7), dated(2013, 1, 2, 3, 5, 7), dated(2013, 1, 2, 4, 6, 7), dated(2013, 1, 3, 5, 6, 7)];

const SPLITS: [string, MemberTerms[], { splits: boolean; groups?: [number[], number[]] }][] = [
  ['two sibling events pulled into one story', [...EVENT_A, ...EVENT_B], { splits: true, groups: [[0, 1, 2, 3], [4, 5, 6, 7]] }],
  ['interleaved members are grouped by event, not by order', [EVENT_A[0]!, EVENT_B[0]!, EVENT_A[1]!, EVENT_B[1]!, EVENT_A[2]!, EVENT_B[2]!, EVENT_A[3]!, EVENT_B[3]!], { splits: true, groups: [[0, 2, 4, 6], [1, 3, 5, 7]] }],
  ['one event stays together', ONE_EVENT, { splits: false }],
  ['a loose topic story is not split (its groups are not tight)', LOOSE_TOPIC, { splits: false }],
  ['a lone outlier is not another event', [...ONE_EVENT.slice(0, 6), member(50, 51, 52)], { splits: false }],
  ['like-worded reports naming different latest years', [...LAST_YEAR, ...THIS_YEAR], { splits: true, groups: [[0, 1, 2, 3], [4, 5, 6, 7]] }],
  ['the same reports without years stay together', [...LAST_YEAR, ...THIS_YEAR].map(({ terms, weights }) => ({ terms, weights })), { splits: false }],
  ['too few members', [...EVENT_A.slice(0, 2), ...EVENT_B.slice(0, 2)], { splits: false }],
];

for (const [name, members, expected] of SPLITS) {
  test(`findSplit: ${name}`, () => {
    const split = findSplit(members, flatIdf);
    assert.equal(split !== undefined, expected.splits, JSON.stringify(split));
    // Groups as sorted index lists, in order of their first member (equal-sized groups may come either way).
    if (expected.groups) assert.deepEqual(split!.groups.map((g) => [...g].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!), expected.groups);
  });
}

const DUE: [number, boolean][] = [
  [SPLIT_MIN_MEMBERS - 1, false],
  [SPLIT_MIN_MEMBERS, SPLIT_MIN_MEMBERS % SPLIT_EVERY === 0],
  [SPLIT_MIN_MEMBERS + 1, (SPLIT_MIN_MEMBERS + 1) % SPLIT_EVERY === 0],
  [SPLIT_MAX_MEMBERS + SPLIT_EVERY, false],
];

for (const [members, expected] of DUE) {
  test(`isSplitDue: ${members} members → ${expected}`, () => assert.equal(isSplitDue(members), expected));
}
