/** 表态 — a participant's vote on a statement: agree 1, disagree -1, pass 0. */
export type OpinionVoteValue = 1 | -1 | 0;

/** One vote of a consultation room (one per participant and statement; a repeated pair keeps the last). */
export interface OpinionVote {
  readonly participantId: string;
  readonly statementId: string;
  readonly vote: OpinionVoteValue;
}

/** The value of a cell the participant has not voted on. */
export const UNSEEN = 2;

/**
 * The votes of the counted participants as a dense participants × statements matrix, rows and columns
 * in id order (code-unit order, not locale order), so that nothing downstream depends on the order of
 * the input.
 */
export interface VoteMatrix {
  /** Distinct voters before the minVotes cut. */
  readonly voters: number;
  /** The counted participants (at least minVotes votes), sorted: row i is participantIds[i]. */
  readonly participantIds: readonly string[];
  /** The statements, sorted: column j is statementIds[j]. */
  readonly statementIds: readonly string[];
  /** Row-major cells: 1, -1, 0, or UNSEEN. */
  readonly cells: Int8Array;
  /** Votes (passes included) per counted participant. */
  readonly voteCounts: Int32Array;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Ids to their rank in sorted order, for indices handed out in order of first appearance. */
function ranks(ids: readonly string[]): { sorted: string[]; rankOf: Int32Array } {
  const order = ids.map((_, i) => i).sort((a, b) => byCodeUnit(ids[a]!, ids[b]!));
  const rankOf = new Int32Array(ids.length);
  order.forEach((index, rank) => (rankOf[index] = rank));
  return { sorted: order.map((i) => ids[i]!), rankOf };
}

/**
 * Builds the matrix. With `statementIds`, only those statements count (votes on others are dropped, and a
 * statement nobody voted on is still a column); without, the statements are those voted on.
 * Votes with a value other than 1, -1 or 0 are dropped.
 */
export function buildVoteMatrix(votes: readonly OpinionVote[], statementIds: readonly string[] | undefined, minVotes: number): VoteMatrix {
  const statementIndex = new Map<string, number>();
  const statements: string[] = [];
  const fixedStatements = statementIds !== undefined;
  for (const id of statementIds ?? []) {
    if (!statementIndex.has(id)) statementIndex.set(id, statements.push(id) - 1);
  }
  const participantIndex = new Map<string, number>();
  const participants: string[] = [];
  const voteParticipant = new Int32Array(votes.length);
  const voteStatement = new Int32Array(votes.length);
  const voteValue = new Int8Array(votes.length);
  let kept = 0;
  // Votes usually come grouped by participant: the last one found saves most lookups.
  let lastId: string | undefined;
  let last = -1;
  for (const { participantId, statementId, vote } of votes) {
    if (vote !== 1 && vote !== -1 && vote !== 0) continue;
    let s = statementIndex.get(statementId);
    if (s === undefined) {
      if (fixedStatements) continue;
      s = statements.push(statementId) - 1;
      statementIndex.set(statementId, s);
    }
    if (participantId !== lastId) {
      const known = participantIndex.get(participantId);
      last = known ?? participants.push(participantId) - 1;
      if (known === undefined) participantIndex.set(participantId, last);
      lastId = participantId;
    }
    voteParticipant[kept] = last;
    voteStatement[kept] = s;
    voteValue[kept] = vote;
    kept += 1;
  }

  const columns = ranks(statements);
  const rows = ranks(participants);
  const m = statements.length;
  const all = new Int8Array(participants.length * m).fill(UNSEEN);
  const cast = new Int32Array(participants.length);
  for (let v = 0; v < kept; v++) {
    const row = rows.rankOf[voteParticipant[v]!]!;
    const at = row * m + columns.rankOf[voteStatement[v]!]!;
    if (all[at] === UNSEEN) cast[row]! += 1;
    all[at] = voteValue[v]!;
  }

  const countedRows: number[] = [];
  for (let r = 0; r < participants.length; r++) if (cast[r]! >= minVotes) countedRows.push(r);
  const cells = new Int8Array(countedRows.length * m);
  countedRows.forEach((r, i) => cells.set(all.subarray(r * m, (r + 1) * m), i * m));
  return {
    voters: participants.length,
    participantIds: countedRows.map((r) => rows.sorted[r]!),
    statementIds: columns.sorted,
    cells,
    voteCounts: Int32Array.from(countedRows, (r) => cast[r]!),
  };
}
