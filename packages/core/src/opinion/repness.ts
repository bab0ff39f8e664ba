import { UNSEEN, type VoteMatrix } from './vote-matrix.js';

/** 代表性观点 — a statement that sets a group apart from the rest of the room. */
export interface RepresentativeStatement {
  readonly statementId: string;
  readonly direction: 'agree' | 'disagree';
  /** How much likelier the group is than the rest to vote this way (pseudocounted, as Pol.is's repness). */
  readonly ratio: number;
  /** Shares of the group's votes on the statement (passes count as votes). */
  readonly agreeRatio: number;
  readonly disagreeRatio: number;
}

/** 共识观点 — a statement a majority of every group agrees with. */
export interface ConsensusStatement {
  readonly statementId: string;
  /** The lowest share of agreement over the groups. */
  readonly agreeRatio: number;
}

/** Agree, disagree and all votes per group and statement (k × m, row-major). */
export interface GroupVoteCounts {
  readonly k: number;
  readonly m: number;
  readonly agree: Int32Array;
  readonly disagree: Int32Array;
  readonly seen: Int32Array;
}

const MAX_REPRESENTATIVE = 5;
const MAX_CONSENSUS = 10;
/** A statement is consensus only where every group has cast at least this many votes on it. */
export const CONSENSUS_MIN_VOTES_PER_GROUP = 3;
/** z for a one-sided test at 90 % (Pol.is's z-sig-90?). */
const Z_90 = 1.2816;

/** Counts the votes of each group on each statement. */
export function countGroupVotes(matrix: VoteMatrix, labels: Int32Array, k: number): GroupVoteCounts {
  const m = matrix.statementIds.length;
  const agree = new Int32Array(k * m);
  const disagree = new Int32Array(k * m);
  const seen = new Int32Array(k * m);
  labels.forEach((g, i) => {
    for (let j = 0, o = i * m, at = g * m; j < m; j++, o++, at++) {
      const v = matrix.cells[o]!;
      if (v === UNSEEN) continue;
      seen[at]! += 1;
      if (v === 1) agree[at]! += 1;
      else if (v === -1) disagree[at]! += 1;
    }
  });
  return { k, m, agree, disagree, seen };
}

/** Pol.is's one-proportion test that the (pseudocounted) share is above one half. */
const propTest = (succ: number, n: number): number => 2 * Math.sqrt(n + 1) * ((succ + 1) / (n + 1) - 0.5);

/** Pol.is's two-proportion test of a group against the rest, with the same pseudocounts. */
function twoPropTest(succIn: number, succOut: number, popIn: number, popOut: number): number {
  const [s1, s2, n1, n2] = [succIn + 1, succOut + 1, popIn + 1, popOut + 1];
  const pooled = (s1 + s2) / (n1 + n2);
  if (pooled >= 1) return 0;
  return (s1 / n1 - s2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
}

/**
 * Pol.is's repness for one group (repness.clj): with pa = (1 + agrees) / (2 + votes), the ratio of the
 * group's pa to the rest's, a two-proportion test of group against rest and a test of pa > 0.5 — the
 * same for disagreement. A statement is kept when both tests of one direction are significant at 90 %,
 * in the direction whose test against the rest is stronger among those that pass; the best five by
 * ratio × its test × pa × its test, ties by statement id. Unlike Pol.is, no weak statement is added when
 * none passes: the map shows only what is significant.
 */
export function representativeStatements(counts: GroupVoteCounts, group: number, statementIds: readonly string[]): RepresentativeStatement[] {
  const { k, m } = counts;
  const picked: { statement: RepresentativeStatement; metric: number }[] = [];
  for (let j = 0; j < m; j++) {
    const at = group * m + j;
    const [na, nd, ns] = [counts.agree[at]!, counts.disagree[at]!, counts.seen[at]!];
    if (ns === 0) continue;
    let ra = 0;
    let rd = 0;
    let rs = 0;
    for (let g = 0; g < k; g++) {
      if (g === group) continue;
      ra += counts.agree[g * m + j]!;
      rd += counts.disagree[g * m + j]!;
      rs += counts.seen[g * m + j]!;
    }
    const sides = [
      { direction: 'agree' as const, succ: na, rest: ra },
      { direction: 'disagree' as const, succ: nd, rest: rd },
    ].map(({ direction, succ, rest }) => {
      const p = (1 + succ) / (2 + ns);
      const ratio = p / ((1 + rest) / (2 + rs));
      const test = twoPropTest(succ, rest, ns, rs);
      const pTest = propTest(succ, ns);
      return { direction, ratio, test, passes: test > Z_90 && pTest > Z_90, metric: ratio * test * p * pTest };
    });
    const passing = sides.filter((s) => s.passes).sort((a, b) => b.test - a.test);
    const side = passing[0];
    if (!side) continue;
    picked.push({
      statement: { statementId: statementIds[j]!, direction: side.direction, ratio: side.ratio, agreeRatio: na / ns, disagreeRatio: nd / ns },
      metric: side.metric,
    });
  }
  return picked
    .sort((a, b) => b.metric - a.metric || (a.statement.statementId < b.statement.statementId ? -1 : 1))
    .slice(0, MAX_REPRESENTATIVE)
    .map((p) => p.statement);
}

/**
 * Statements with at least CONSENSUS_MIN_VOTES_PER_GROUP votes in every group and more agrees than not
 * (over all votes, passes included) in every group, ordered by the lowest group's share of agreement,
 * highest first (ties by id); at most ten. Only true consensus: no ranking by the overall share.
 */
export function consensusStatements(counts: GroupVoteCounts, statementIds: readonly string[]): ConsensusStatement[] {
  const { k, m } = counts;
  const found: ConsensusStatement[] = [];
  for (let j = 0; j < m; j++) {
    let lowest = Infinity;
    for (let g = 0; g < k && lowest > 0.5; g++) {
      const seen = counts.seen[g * m + j]!;
      lowest = seen < CONSENSUS_MIN_VOTES_PER_GROUP ? 0 : Math.min(lowest, counts.agree[g * m + j]! / seen);
    }
    if (k > 0 && lowest > 0.5) found.push({ statementId: statementIds[j]!, agreeRatio: lowest });
  }
  return found.sort((a, b) => b.agreeRatio - a.agreeRatio || (a.statementId < b.statementId ? -1 : 1)).slice(0, MAX_CONSENSUS);
}
