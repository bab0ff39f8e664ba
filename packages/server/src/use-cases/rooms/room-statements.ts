import { replyDepartment, type ModerateStatementInput, type PostStatementInput, type ReplyStatementInput, type RoomView, type StatementView, VOTE_VALUES, type VoteInput } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { conflict, invalid, notFound } from '../refusals.js';
import { newId } from '../../repositories/ids.js';
import {
  addReport,
  castVote,
  countStatementsSince,
  findStatement,
  findStatementByKey,
  insertReply,
  insertStatement,
  listWords,
  moderateStatement,
  type RoomRow,
  type StatementRow,
} from '../../repositories/rooms.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { checkVerb, findMe, joinRoom, loadRoom, roomSubject } from './room-access.js';
import { presentStatements } from './present-room.js';
import { getRoom } from './rooms.js';
import { indexRecords } from '../../search/index-records.js';
import { recordRoomPart } from '../members/record-participation.js';

/** A participant may post this many statements in ten minutes. */
const STATEMENTS_PER_10_MIN = 5;

/** The first of the county's moderation words the text contains, if any. */
async function heldFor(ctx: RequestContext, room: RoomRow, text: string): Promise<string | null> {
  const words = await listWords(ctx.db.kysely, room.county_id ?? '');
  return words.find((w) => text.includes(w)) ?? null;
}

/** Tells every open page of the room about a statement now shown. */
async function announce(ctx: RequestContext, room: RoomRow, statementId: string): Promise<void> {
  const row = await findStatement(ctx.db.kysely, room.id, statementId);
  if (!row || row.status !== 'shown') return;
  const [view] = await presentStatements(ctx.db.kysely, room.id, [row], null);
  await ctx.live?.hub.publish({ roomId: room.id, type: 'statement', statementId, data: view });
}

/**
 * 发表观点 — one idea of up to 140 characters. Shown at once in a 先发后审 room unless it holds a moderation
 * word; otherwise it waits for review. The same idempotency key gives the same statement (a double tap).
 */
export async function postStatement(ctx: RequestContext, roomId: string, input: PostStatementInput, token: string | undefined): Promise<{ room: RoomView; token?: string }> {
  const room = await loadRoom(ctx, roomId);
  await checkVerb(ctx, room, input.seed ? 'seed' : 'post');
  const again = await findStatementByKey(ctx.db.kysely, input.idempotencyKey);
  if (again) {
    if (again.room_id !== room.id) throw invalid('重复的提交标识');
    return { room: await getRoom(ctx, room.id, token) };
  }
  const hold = input.seed ? null : await heldFor(ctx, room, input.text);
  const status: StatementRow['status'] = input.seed || (room.moderation === 'post' && !hold) ? 'shown' : 'pending';
  const at = ctx.now.toISOString();
  const id = newId();
  let fresh: string | undefined;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const joined = await joinRoom(ctx, trx, room, token, input.nickname);
    fresh = joined.token;
    if (!input.seed) {
      const since = new Date(ctx.now.getTime() - 10 * 60_000).toISOString();
      if ((await countStatementsSince(trx, joined.me.id, since)) >= STATEMENTS_PER_10_MIN) throw conflict('发表过于频繁，请稍后再试');
    }
    await insertStatement(trx, { id, room_id: room.id, participant_id: joined.me.id, text: input.text, status, seed: input.seed ? 1 : 0, held_for: hold, hidden_reason: null, idempotency_key: input.idempotencyKey, external_id: null, created_at: at, updated_at: at });
    if (input.seed) await recordAudit(ctx, { action: 'room.seed', subjectType: 'room', subjectId: room.id, countyId: room.county_id, summary: input.text }, trx);
    if (!input.seed) await recordRoomPart(trx, joined.me);
    await indexRecords(trx, { statement: [id] });
  });
  if (status === 'shown') await announce(ctx, room, id);
  else await ctx.live?.hub.publish({ roomId: room.id, type: 'queue' });
  return { room: await getRoom(ctx, room.id, token ?? fresh), ...(fresh ? { token: fresh } : {}) };
}

/** 同意 / 不同意 / 跳过 — one vote per participant and statement, changeable; the same vote twice changes nothing. */
export async function voteOn(ctx: RequestContext, roomId: string, statementId: string, input: VoteInput, token: string | undefined): Promise<{ statement: StatementView; token?: string }> {
  const room = await loadRoom(ctx, roomId);
  await checkVerb(ctx, room, 'vote');
  const db = ctx.db.kysely;
  const target = await findStatement(db, room.id, statementId);
  if (!target || target.status !== 'shown') throw notFound('观点');
  let fresh: string | undefined;
  let meId = '';
  let changed = false;
  await db.transaction().execute(async (trx) => {
    const joined = await joinRoom(ctx, trx, room, token, input.nickname);
    fresh = joined.token;
    meId = joined.me.id;
    changed = await castVote(trx, { roomId: room.id, statementId, participantId: joined.me.id, vote: VOTE_VALUES[input.vote], at: ctx.now.toISOString() });
    if (changed) await recordRoomPart(trx, joined.me);
  });
  const row = (await findStatement(db, room.id, statementId))!;
  const votes = new Map([[statementId, VOTE_VALUES[input.vote]]]);
  const [view] = await presentStatements(db, room.id, [row], { id: meId, votes });
  if (changed) {
    await ctx.live?.hub.publish({ roomId: room.id, type: 'votes', statementId, data: { agrees: row.agrees, disagrees: row.disagrees, passes: row.passes } });
    ctx.live?.maps.touch(room.id);
  }
  return { statement: view!, ...(fresh ? { token: fresh } : {}) };
}

/** 举报 — once per participant; a reported statement goes to the moderation queue. */
export async function reportStatement(ctx: RequestContext, roomId: string, statementId: string, reason: string | undefined, token: string | undefined): Promise<{ reported: boolean; token?: string }> {
  const room = await loadRoom(ctx, roomId);
  await checkVerb(ctx, room, 'report');
  const target = await findStatement(ctx.db.kysely, room.id, statementId);
  if (!target || target.status !== 'shown') throw notFound('观点');
  let fresh: string | undefined;
  let added = false;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const joined = await joinRoom(ctx, trx, room, token);
    fresh = joined.token;
    added = await addReport(trx, { statementId, participantId: joined.me.id, reason: reason ?? null, at: ctx.now.toISOString() });
  });
  if (added) await ctx.live?.hub.publish({ roomId: room.id, type: 'queue' });
  return { reported: true, ...(fresh ? { token: fresh } : {}) };
}

/** 部门回应 — a department answers a statement officially, as itself. */
export async function replyTo(ctx: RequestContext, roomId: string, statementId: string, input: ReplyStatementInput): Promise<StatementView> {
  const room = await loadRoom(ctx, roomId);
  await checkVerb(ctx, room, 'reply');
  const db = ctx.db.kysely;
  const target = await findStatement(db, room.id, statementId);
  if (!target || target.status !== 'shown') throw notFound('观点');
  const deptId = replyDepartment(ctx.actor, roomSubject(room))!;
  const at = ctx.now.toISOString();
  await db.transaction().execute(async (trx) => {
    await insertReply(trx, { id: newId(), statement_id: statementId, room_id: room.id, dept_id: deptId, user_id: ctx.user!.id, text: input.text, at });
    await recordAudit(ctx, { action: 'room.reply', subjectType: 'room', subjectId: room.id, countyId: room.county_id, summary: input.text }, trx);
  });
  const me = await findMe(ctx, room, undefined);
  const [view] = await presentStatements(db, room.id, [target], me ? { id: me.id, votes: new Map() } : null);
  await ctx.live?.hub.publish({ roomId: room.id, type: 'reply', statementId, data: view!.replies });
  return view!;
}

/** 审核 — approve, hide with a reason, mark or unmark as seed; audited. Hidden statements are never served publicly. */
export async function moderate(ctx: RequestContext, roomId: string, statementId: string, input: ModerateStatementInput): Promise<StatementView> {
  const room = await loadRoom(ctx, roomId);
  await checkVerb(ctx, room, 'moderate');
  const db = ctx.db.kysely;
  const target = await findStatement(db, room.id, statementId);
  if (!target) throw notFound('观点');
  const patch =
    input.step === 'approve' ? { status: 'shown' as const, hidden_reason: null, reports: 0 }
    : input.step === 'hide' ? { status: 'hidden' as const, hidden_reason: input.reason ?? null }
    : { seed: input.step === 'seed' ? 1 : 0 };
  await db.transaction().execute(async (trx) => {
    await moderateStatement(trx, statementId, patch, ctx.now.toISOString());
    await indexRecords(trx, { statement: [statementId] });
    await recordAudit(ctx, { action: `room.moderate.${input.step}`, subjectType: 'room', subjectId: room.id, countyId: room.county_id, summary: { statement: target.text, reason: input.reason ?? null } }, trx);
  });
  if (input.step === 'hide') await ctx.live?.hub.publish({ roomId: room.id, type: 'hidden', statementId });
  else await announce(ctx, room, statementId);
  await ctx.live?.hub.publish({ roomId: room.id, type: 'queue' });
  ctx.live?.maps.touch(room.id);
  const [view] = await presentStatements(db, room.id, [(await findStatement(db, room.id, statementId))!], null);
  return view!;
}
