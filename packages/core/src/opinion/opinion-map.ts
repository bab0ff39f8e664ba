import { findOpinionGroups } from './opinion-groups.js';
import { principalComponents, projectParticipants } from './opinion-space.js';
import { consensusStatements, countGroupVotes, representativeStatements, type ConsensusStatement, type RepresentativeStatement } from './repness.js';
import { buildVoteMatrix, type OpinionVote } from './vote-matrix.js';

export { adjustedRandIndex } from './adjusted-rand-index.js';
export { seededRandom } from './seeded-random.js';
export type { OpinionVote, OpinionVoteValue } from './vote-matrix.js';
export type { ConsensusStatement, RepresentativeStatement } from './repness.js';

/** Votes below which a participant is left off the map, as in Pol.is. */
export const DEFAULT_MIN_VOTES = 7;

/** What the opinion map is computed from: a room's votes. */
export interface OpinionMapInput {
  readonly votes: readonly OpinionVote[];
  /** The room's statements; when given, votes on others are ignored and unvoted ones still count. */
  readonly statementIds?: readonly string[];
  /** Votes (passes included) a participant needs to be counted; default 7. */
  readonly minVotes?: number;
}

/** 意见群体 — one opinion group of the map. */
export interface OpinionGroup {
  readonly id: number;
  readonly size: number;
  /** Participant ids, sorted. */
  readonly members: readonly string[];
  readonly representative: readonly RepresentativeStatement[];
}

/** A counted participant's place on the map; group is -1 when no groups were formed. */
export interface OpinionPoint {
  readonly participantId: string;
  readonly x: number;
  readonly y: number;
  readonly group: number;
}

/** 意见地图 — the opinion map of a consultation room (Pol.is's math). */
export interface OpinionMap {
  /** Distinct voters. */
  readonly participants: number;
  /** Voters with at least minVotes votes: those on the map. */
  readonly counted: number;
  readonly statements: number;
  /** Largest first (id 0). */
  readonly groups: readonly OpinionGroup[];
  readonly consensus: readonly ConsensusStatement[];
  /** In participant id order. */
  readonly points: readonly OpinionPoint[];
  readonly computedMs: number;
}

/**
 * Computes the opinion map as Pol.is does: PCA of the vote matrix to two dimensions, k-means groups
 * (k = 2..5 by silhouette), each group's representative statements and the room's consensus. Pure and
 * deterministic — the same votes in any order give the same map (only computedMs differs) — and it never
 * throws: with fewer than 2 counted participants or 2 statements the map is empty.
 */
export function computeOpinionMap(input: OpinionMapInput): OpinionMap {
  const started = performance.now();
  const matrix = buildVoteMatrix(input.votes, input.statementIds, input.minVotes ?? DEFAULT_MIN_VOTES);
  const base = { participants: matrix.voters, counted: matrix.participantIds.length, statements: matrix.statementIds.length };
  if (base.counted < 2 || base.statements < 2) {
    return { ...base, groups: [], consensus: [], points: [], computedMs: performance.now() - started };
  }

  const xy = projectParticipants(matrix, principalComponents(matrix));
  const found = findOpinionGroups(xy);
  const points = matrix.participantIds.map((participantId, i) => ({
    participantId,
    x: xy[2 * i]!,
    y: xy[2 * i + 1]!,
    group: found ? found.labels[i]! : -1,
  }));
  if (!found) return { ...base, groups: [], consensus: [], points, computedMs: performance.now() - started };

  const counts = countGroupVotes(matrix, found.labels, found.k);
  const members: string[][] = Array.from({ length: found.k }, () => []);
  found.labels.forEach((g, i) => members[g]!.push(matrix.participantIds[i]!));
  const groups = members.map((ids, id) => ({
    id,
    size: ids.length,
    members: ids,
    representative: representativeStatements(counts, id, matrix.statementIds),
  }));
  return { ...base, groups, consensus: consensusStatements(counts, matrix.statementIds), points, computedMs: performance.now() - started };
}
