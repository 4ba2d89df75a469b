/** Bounded local re-clustering: splits a story whose members form two well-separated groups (a wrong early join that pulled a sibling event in). */
import { yearFactor } from './years.ts';

/** A member's content terms as the index keeps them: term numbers and raw weights side by side. */
export interface MemberTerms {
  terms: ArrayLike<number>;
  weights: ArrayLike<number>;
  /** Latest year the member mentions (see years.ts), when it names one. */
  latestYear?: number;
}

/** Stories are checked for a split only up to this many members: the check is quadratic in members, so the cap keeps each addition O(1). */
export const SPLIT_MAX_MEMBERS = 40;
/** Members a story needs before it is first checked (fewer cannot show two groups). */
export const SPLIT_MIN_MEMBERS = 12;
/** A story is checked each time its size reaches a multiple of this, so the amortised cost per addition stays flat. */
export const SPLIT_EVERY = 4;
/** Members the smaller group needs (a lone outlier is not another event). */
export const SPLIT_MIN_GROUP = 3;
/** Mean cosine between the groups over mean cosine within them at or below which the story splits (ECB+ sibling events ~0.4–0.7, one event split in two ~0.6–0.9). */
export const SPLIT_MAX_RATIO = 0.65;
/** Mean cosine within the two groups a split needs: only tight event stories split, loose topic stories (WikiRef) hold sub-themes by design. */
export const SPLIT_MIN_WITHIN = 0.25;
/** 2-means refinement rounds. */
const ROUNDS = 8;

/** True when a story of this size is due for a split check. */
export function isSplitDue(members: number): boolean {
  return members >= SPLIT_MIN_MEMBERS && members <= SPLIT_MAX_MEMBERS && members % SPLIT_EVERY === 0;
}

type UnitVector = Map<number, number>;

function unitVector(member: MemberTerms, idf: (term: number) => number): UnitVector {
  const vector: UnitVector = new Map();
  let norm = 0;
  for (let i = 0; i < member.terms.length; i++) {
    const w = member.weights[i]! * idf(member.terms[i]!);
    vector.set(member.terms[i]!, w);
    norm += w * w;
  }
  const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
  for (const [term, w] of vector) vector.set(term, w * scale);
  return vector;
}

function dot(a: UnitVector, b: UnitVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}

/** Two groups found in a story, as indexes into the members given, and how separated they are. */
export interface StorySplit {
  /** The larger group first. */
  groups: [number[], number[]];
  /** Mean cosine between the groups over mean cosine within them. */
  ratio: number;
}

/** Groups members by 2-means on their similarity rows, seeded with the member least like the rest and the member least like it. */
function twoMeans(similarity: number[][]): number[] {
  const count = similarity.length;
  const typicality = similarity.map((row) => row.reduce((a, b) => a + b, 0));
  let first = 0;
  for (let i = 1; i < count; i++) if (typicality[i]! < typicality[first]!) first = i;
  let second = first === 0 ? 1 : 0;
  for (let i = 0; i < count; i++) if (i !== first && similarity[first]![i]! < similarity[first]![second]!) second = i;
  let labels = similarity.map((row) => (row[first]! >= row[second]! ? 0 : 1));
  for (let round = 0; round < ROUNDS; round++) {
    // Average-link assignment: each member goes to the group it is on average most similar to.
    const next = similarity.map((row, i) => {
      let sums = [0, 0];
      let sizes = [0, 0];
      labels.forEach((label, j) => {
        if (j === i) return;
        sums[label]! += row[j]!;
        sizes[label]! += 1;
      });
      const [a, b] = [sizes[0] ? sums[0]! / sizes[0]! : -1, sizes[1] ? sums[1]! / sizes[1]! : -1];
      return a >= b ? 0 : 1;
    });
    if (next.every((label, i) => label === labels[i])) break;
    labels = next;
  }
  return labels;
}

/** Finds a split of the members into two well-separated groups, or undefined when they hang together. */
export function findSplit(members: readonly MemberTerms[], idf: (term: number) => number): StorySplit | undefined {
  if (members.length < SPLIT_MIN_GROUP * 2) return undefined;
  const vectors = members.map((member) => unitVector(member, idf));
  const similarity = vectors.map(() => new Array<number>(vectors.length).fill(0));
  for (let i = 0; i < vectors.length; i++) {
    similarity[i]![i] = 1;
    // Members naming the same latest year are pulled together, different latest years apart: sibling events of one kind are often a year or more apart.
    for (let j = i + 1; j < vectors.length; j++) similarity[i]![j] = similarity[j]![i] = dot(vectors[i]!, vectors[j]!) * yearFactor(members[i]!.latestYear, members[j]!.latestYear);
  }
  const labels = twoMeans(similarity);
  const groups: [number[], number[]] = [[], []];
  labels.forEach((label, i) => groups[label as 0 | 1].push(i));
  if (Math.min(groups[0].length, groups[1].length) < SPLIT_MIN_GROUP) return undefined;
  let within = 0;
  let withinPairs = 0;
  let between = 0;
  let betweenPairs = 0;
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      if (labels[i] === labels[j]) {
        within += similarity[i]![j]!;
        withinPairs += 1;
      } else {
        between += similarity[i]![j]!;
        betweenPairs += 1;
      }
    }
  }
  const ratio = within === 0 ? 1 : between / betweenPairs / (within / withinPairs);
  if (ratio > SPLIT_MAX_RATIO || within / withinPairs < SPLIT_MIN_WITHIN) return undefined;
  if (groups[1].length > groups[0].length) groups.reverse();
  return { groups, ratio };
}
