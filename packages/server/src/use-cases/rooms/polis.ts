import { parsePolisComments, parsePolisVotes, PolisCsvError, type PolisComment, toParticipantsVotes, toPolisComments, toPolisVotes } from '@shangliang/core/polis';
import type { RequestContext } from '../context.js';
import { invalid } from '../refusals.js';
import { newId } from '../../repositories/ids.js';
import { externalIdsOf, findMap, insertParticipantRows, insertStatementRows, insertVoteRows, listAllStatements, listVotesForExport, type RoomRow } from '../../repositories/rooms.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { checkVerb, loadRoom } from './room-access.js';

/** What an import brought into the room. */
export interface ImportCount {
  readonly statements: number;
  readonly participants: number;
  readonly votes: number;
}

/** A conversation to bring into a room: Pol.is's comments and votes, or the demo's crowd. */
export interface Conversation {
  readonly comments: readonly PolisComment[];
  readonly votes: readonly { readonly statementExternalId: string; readonly voterExternalId: string; readonly vote: -1 | 0 | 1; readonly at: string }[];
}

/** Reads the two files, or refuses with the file and line that is wrong. */
function parse(files: Record<string, string>): Conversation {
  try {
    return { comments: parsePolisComments(files.comments!), votes: parsePolisVotes(files.votes!) };
  } catch (err) {
    if (err instanceof PolisCsvError) throw invalid(err.message, [{ path: err.file === 'votes.csv' ? 'votes' : 'comments', message: err.reason }]);
    throw err;
  }
}

/**
 * Brings a conversation into the room in one transaction: its participants and statements keep their ids as
 * externalId (found again on a second import), statements moderated out (−1) stay hidden, and the votes
 * replace earlier ones of the same participant on the same statement. The map is recomputed afterwards.
 */
export async function importConversation(ctx: RequestContext, room: RoomRow, conversation: Conversation, options: { keepIds?: boolean } = {}): Promise<ImportCount> {
  const keep = options.keepIds ?? true;
  const known = new Set(conversation.comments.map((c) => c.externalId));
  const stray = conversation.votes.find((v) => !known.has(v.statementExternalId));
  if (stray) throw invalid(`votes.csv 中的观点编号 ${stray.statementExternalId} 在 comments.csv 中不存在`, [{ path: 'votes', message: '观点编号不存在' }]);
  const at = ctx.now.toISOString();
  const ids = await externalIdsOf(ctx.db.kysely, room.id);
  const people = [...new Set([...conversation.comments.map((c) => c.authorExternalId), ...conversation.votes.map((v) => v.voterExternalId)])].filter((p) => !ids.participants.has(p));
  for (const p of people) ids.participants.set(p, newId());
  const fresh = conversation.comments.filter((c) => !ids.statements.has(c.externalId));
  for (const c of fresh) ids.statements.set(c.externalId, newId());
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertParticipantRows(trx, people.map((p) => ({ id: ids.participants.get(p)!, room_id: room.id, user_id: null, token_hash: null, nickname: null, badge: null, dept_id: null, external_id: keep ? p : null, ip: null, created_at: at })));
    await insertStatementRows(
      trx,
      fresh.map((c) => ({
        id: ids.statements.get(c.externalId)!, room_id: room.id, participant_id: ids.participants.get(c.authorExternalId)!, text: c.text.slice(0, 500),
        status: c.moderated === -1 ? 'hidden' : c.moderated === 0 && room.moderation === 'pre' ? 'pending' : 'shown', seed: 0, held_for: null,
        hidden_reason: c.moderated === -1 ? '在 Pol.is 中已被审核排除' : null, idempotency_key: null, external_id: keep ? c.externalId : null, created_at: c.createdAt, updated_at: at,
      })),
    );
    await insertVoteRows(trx, room.id, conversation.votes.map((v) => ({ statement_id: ids.statements.get(v.statementExternalId)!, participant_id: ids.participants.get(v.voterExternalId)!, vote: v.vote, at: v.at })));
    await recordAudit(ctx, { action: 'room.import', subjectType: 'room', subjectId: room.id, countyId: room.county_id, summary: { statements: fresh.length, participants: people.length, votes: conversation.votes.length } }, trx);
  });
  ctx.live?.maps.touch(room.id);
  await ctx.live?.hub.publish({ roomId: room.id, type: 'room' });
  return { statements: fresh.length, participants: people.length, votes: conversation.votes.length };
}

/** The room an import goes into, checked before any byte of the upload is read. */
export async function roomForImport(ctx: RequestContext, roomId: string): Promise<RoomRow> {
  const room = await loadRoom(ctx, roomId);
  await checkVerb(ctx, room, 'seed');
  return room;
}

/** POST /api/rooms/:id/import-polis — a conversation exported from Pol.is (comments.csv and votes.csv). */
export const importPolis = (ctx: RequestContext, room: RoomRow, files: Record<string, string>): Promise<ImportCount> => importConversation(ctx, room, parse(files));

/** The largest Pol.is file accepted. */
export const POLIS_MAX_BYTES = 20 * 1024 * 1024;

/** The files a room exports to, in Pol.is's format. */
export const POLIS_EXPORTS = ['comments.csv', 'votes.csv', 'participants-votes.csv'] as const;
export type PolisExport = (typeof POLIS_EXPORTS)[number];

/**
 * A room in Pol.is's export format. Pol.is numbers comments and participants: imported ones keep their
 * numbers, the room's own are numbered after the largest; hidden statements are marked moderated out (−1),
 * and each participant's group is the room's opinion map's.
 */
export async function exportPolis(ctx: RequestContext, roomId: string, file: string): Promise<string> {
  const room = await loadRoom(ctx, roomId);
  await checkVerb(ctx, room, 'export');
  if (!POLIS_EXPORTS.includes(file as PolisExport)) throw invalid('可导出 comments.csv、votes.csv 或 participants-votes.csv', [{ path: 'file', message: '文件名不正确' }]);
  const db = ctx.db.kysely;
  const [statements, votes, map] = await Promise.all([listAllStatements(db, roomId), listVotesForExport(db, roomId), findMap(db, roomId)]);
  const numbering = (external: (string | null)[]) => {
    let next = Math.max(-1, ...external.filter((e): e is string => !!e && /^\d+$/.test(e)).map(Number)) + 1;
    return () => String(next++);
  };
  const statementNo = new Map<string, string>();
  const nextStatement = numbering(statements.map((s) => s.external_id));
  for (const s of statements) statementNo.set(s.id, s.external_id && /^\d+$/.test(s.external_id) ? s.external_id : nextStatement());
  const participantNo = new Map<string, string>();
  const nextParticipant = numbering(votes.map((v) => v.participant_external));
  const numberOf = (id: string, external: string | null) => {
    if (!participantNo.has(id)) participantNo.set(id, external && /^\d+$/.test(external) ? external : nextParticipant());
    return participantNo.get(id)!;
  };
  const rows = votes.map((v) => ({ statementExternalId: statementNo.get(v.statement_id)!, voterExternalId: numberOf(v.participant_id, v.participant_external), vote: (Math.sign(Number(v.vote)) || 0) as -1 | 0 | 1, at: v.at }));
  for (const s of statements) if (s.participant_id) numberOf(s.participant_id, null);
  if (file === 'votes.csv') return toPolisVotes(rows);
  if (file === 'comments.csv') {
    const byNumber = [...statements].sort((a, b) => Number(statementNo.get(a.id)) - Number(statementNo.get(b.id)));
    return toPolisComments(
      byNumber.map((s) => ({ externalId: statementNo.get(s.id)!, authorExternalId: s.participant_id ? participantNo.get(s.participant_id)! : '0', text: s.text, moderated: s.status === 'hidden' ? -1 : s.status === 'shown' ? 1 : 0, createdAt: s.created_at })),
      rows,
    );
  }
  const groupOf = new Map<string, number>();
  if (map) for (const g of (JSON.parse(map.result) as { groups: { id: number; members: string[] }[] }).groups) for (const m of g.members) groupOf.set(m, g.id);
  const byParticipant = new Map<string, { votes: Record<string, -1 | 0 | 1>; comments: number; id: string }>();
  for (const [id, no] of participantNo) byParticipant.set(no, { votes: {}, comments: statements.filter((s) => s.participant_id === id).length, id });
  for (const v of rows) byParticipant.get(v.voterExternalId)!.votes[v.statementExternalId] = v.vote;
  return toParticipantsVotes(
    [...byParticipant].map(([no, p]) => ({ participantExternalId: no, groupId: groupOf.get(p.id) ?? null, commentCount: p.comments, votes: p.votes })),
    statements.filter((s) => s.status !== 'hidden').map((s) => statementNo.get(s.id)!),
  );
}
