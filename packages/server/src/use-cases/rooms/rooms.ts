import { DEFAULT_MIN_VOTES, type ModerationQueueView, type RoomSettingsInput, type RoomSummary, type RoomView } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { invalid, notFound } from '../refusals.js';
import { newId } from '../../repositories/ids.js';
import { findTopic } from '../../repositories/topics.repository.js';
import { insertRoom, listForModeration, listWords, pageRooms, replaceWords, reportReasons, type RoomRow } from '../../repositories/rooms.repository.js';
import type { Executor } from '../../repositories/types.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authorize.js';
import { linkAttachments } from '../attachments/attachments.js';
import { saveVersioned } from '../save-versioned.js';
import { checkVerb, findMe, loadRoom } from './room-access.js';
import { presentRoom, presentRoomSummaries, presentStatements } from './present-room.js';

/** How long a room opened with a consultation stays open unless the office says otherwise. */
const DEFAULT_OPEN_DAYS = 7;

/**
 * Opens the room of a consultation (网络协商, or a companion room beside a meeting or site visit 场内场外配合):
 * open from now until a week after the consultation, public, post-moderated; the office adjusts the settings.
 */
export async function openRoomFor(ctx: RequestContext, exec: Executor, c: { id: string; topicId: string; topicTitle: string; countyId: string | null; startsAt: string }): Promise<string> {
  const id = newId();
  const at = ctx.now.toISOString();
  const closes = new Date(Math.max(Date.parse(c.startsAt), ctx.now.getTime()) + DEFAULT_OPEN_DAYS * 86_400_000).toISOString();
  await insertRoom(exec, {
    id, topic_id: c.topicId, consultation_id: c.id, county_id: c.countyId, title: `网络议事厅：${c.topicTitle}`.slice(0, 60), background: null,
    opens_at: at, closes_at: closes, closed_at: null, audience: 'public', moderation: 'post', allow_statements: 1, min_votes: DEFAULT_MIN_VOTES,
    created_at: at, updated_at: at, updated_by: ctx.user?.id ?? null,
  });
  return id;
}

/** The room with its topic's title. */
async function withTopic(ctx: RequestContext, room: RoomRow): Promise<RoomRow & { topic_title: string }> {
  const topic = await findTopic(ctx.db.kysely, room.topic_id);
  return { ...room, topic_title: topic?.title ?? '' };
}

/** 协商室 — the room page for whoever may see it. */
export async function getRoom(ctx: RequestContext, id: string, token: string | undefined): Promise<RoomView> {
  const room = await loadRoom(ctx, id);
  return presentRoom(ctx, await withTopic(ctx, room), await findMe(ctx, room, token));
}

/** 网络协商 rooms, newest first: the portal lists public rooms; a signed-in viewer also sees the members-only rooms of their level. */
export async function listRooms(ctx: RequestContext, q: { page: number; pageSize: number; countyId?: string | undefined }): Promise<{ items: RoomSummary[]; total: number; page: number; pageSize: number }> {
  const levels = [...new Set(ctx.actor.grants.map((g) => g.countyId))];
  const { rows, total } = await pageRooms(ctx.db.kysely, { countyScope: ctx.user ? levels : [], countyId: q.countyId }, q);
  return { items: await presentRoomSummaries(ctx, rows), total, page: q.page, pageSize: q.pageSize };
}

/** 协商室设置 — only from the version the form was loaded at. */
export async function updateRoomSettings(ctx: RequestContext, id: string, input: RoomSettingsInput): Promise<RoomView> {
  const room = await loadRoom(ctx, id);
  await checkVerb(ctx, room, 'configure');
  if (Date.parse(input.closesAt) <= Date.parse(input.opensAt)) throw invalid('结束时间应晚于开放时间', [{ path: 'closesAt', message: '结束时间应晚于开放时间' }]);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await saveVersioned(ctx, trx, 'rooms', { id }, {
      title: input.title, background: input.background ?? null, opens_at: new Date(input.opensAt).toISOString(), closes_at: new Date(input.closesAt).toISOString(),
      audience: input.audience, moderation: input.moderation, allow_statements: input.allowStatements ? 1 : 0, min_votes: input.minVotes,
    }, { expected: input.version });
    await linkAttachments(ctx, trx, input.attachmentIds, 'room', id);
    await recordAudit(ctx, { action: 'room.configure', subjectType: 'room', subjectId: id, countyId: room.county_id, summary: { title: input.title, audience: input.audience, moderation: input.moderation } }, trx);
  });
  await ctx.live?.hub.publish({ roomId: id, type: 'room' });
  return getRoom(ctx, id, undefined);
}

/** 结束协商 — closes the room now; its statements and groups become the consultation's recorded opinions. */
export async function closeRoom(ctx: RequestContext, id: string): Promise<RoomView> {
  const room = await loadRoom(ctx, id);
  await checkVerb(ctx, room, 'close');
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await saveVersioned(ctx, trx, 'rooms', { id }, { closed_at: ctx.now.toISOString() });
    await recordAudit(ctx, { action: 'room.close', subjectType: 'room', subjectId: id, countyId: room.county_id, summary: room.title }, trx);
  });
  ctx.live?.maps.touch(id);
  await ctx.live?.hub.publish({ roomId: id, type: 'room' });
  return getRoom(ctx, id, undefined);
}

/** 审核队列 — statements awaiting review and shown ones that were reported. */
export async function moderationQueue(ctx: RequestContext, id: string): Promise<ModerationQueueView> {
  const room = await loadRoom(ctx, id);
  await checkVerb(ctx, room, 'moderate');
  const db = ctx.db.kysely;
  const rows = await listForModeration(db, id);
  const [views, reasons] = await Promise.all([presentStatements(db, id, rows, null), reportReasons(db, rows.map((r) => r.id))]);
  return { items: views.map((v, i) => ({ ...v, reports: rows[i]!.reports, reportReasons: reasons.get(v.id) ?? [], heldFor: rows[i]!.held_for, hiddenReason: rows[i]!.hidden_reason })) };
}

/** The words that hold a statement for review in the office's county. */
export async function getModerationWords(ctx: RequestContext): Promise<{ words: string[] }> {
  if (!ctx.user) throw notFound('敏感词');
  await authorize(ctx, 'room.moderate', { type: 'room', scope: [ctx.user.countyId] });
  return { words: await listWords(ctx.db.kysely, ctx.user.countyId ?? '') };
}

/** Replaces the county's moderation words; audited. */
export async function putModerationWords(ctx: RequestContext, words: readonly string[]): Promise<{ words: string[] }> {
  if (!ctx.user) throw notFound('敏感词');
  await authorize(ctx, 'room.moderate', { type: 'room', scope: [ctx.user.countyId] });
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await replaceWords(trx, ctx.user!.countyId ?? '', words);
    await recordAudit(ctx, { action: 'room.words', subjectType: 'room', summary: `敏感词 ${words.length} 个` }, trx);
  });
  return getModerationWords(ctx);
}
