import { randomInt } from 'node:crypto';
import { CHECKIN_ACTIVITY_LABELS, type CheckInInput, type CheckInResult, type CheckinView, minuteInShanghai, type OpenCheckinInput } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { AppError, conflict, notFound } from '../refusals.js';
import { newId } from '../../repositories/ids.js';
import { type ActivityFacts, type CheckinRow, findAnyCheckin, findCheckinOf, findLiveCheckin, insertCheckin, lockActivity } from '../../repositories/members.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authorize.js';
import { checkMembers } from '../topics/research.js';
import { activityTitle, loadActivity, writeAttendance } from './attendance.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * When members may check in: from an hour before a consultation to four hours after its start; a
 * research or follow-up activity (recorded by day) from 07:00 to 21:00 Beijing time of its day.
 */
export function checkinWindow(facts: ActivityFacts): { opensAt: string; closesAt: string } {
  if (facts.type === 'consultation') {
    const start = Date.parse(facts.when);
    return { opensAt: new Date(start - HOUR).toISOString(), closesAt: new Date(start + 4 * HOUR).toISOString() };
  }
  return { opensAt: new Date(`${facts.when}T07:00:00+08:00`).toISOString(), closesAt: new Date(`${facts.when}T21:00:00+08:00`).toISOString() };
}

function present(ctx: RequestContext, row: CheckinRow, facts: ActivityFacts): CheckinView {
  const now = ctx.now.toISOString();
  return {
    id: row.id,
    activityType: row.activity_type,
    activityLabel: CHECKIN_ACTIVITY_LABELS[row.activity_type],
    activityId: row.activity_id,
    topicId: facts.topicId,
    topicTitle: facts.topicTitle,
    title: activityTitle(facts),
    code: row.code,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    open: row.opens_at <= now && now < row.closes_at,
    path: `/console/checkin?code=${row.code}`,
    present: facts.presentIds.length,
  };
}

/** A six-digit code no other open window uses. */
async function freshCode(ctx: RequestContext): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    if (!(await findLiveCheckin(ctx.db.kysely, code, ctx.now.toISOString()))) return code;
  }
  throw conflict('暂时无法生成签到码，请稍后再试');
}

/** 签到码 — the office opens an activity's check-in (or shows the code it opened before). */
export async function openCheckin(ctx: RequestContext, input: OpenCheckinInput): Promise<CheckinView> {
  const facts = await loadActivity(ctx, input.activityType, input.activityId);
  await authorize(ctx, 'attendance.manage', { type: 'activity', scope: [facts.countyId] });
  const existing = await findCheckinOf(ctx.db.kysely, facts.type, facts.id);
  if (existing) return present(ctx, existing, facts);
  const window = checkinWindow(facts);
  if (window.closesAt <= ctx.now.toISOString()) throw conflict(`签到时间已于 ${minuteInShanghai(window.closesAt)} 结束；出席情况请在活动记录中更正`);
  const row: CheckinRow = { id: newId(), activity_type: facts.type, activity_id: facts.id, county_id: facts.countyId, code: await freshCode(ctx), opens_at: window.opensAt, closes_at: window.closesAt, created_by: ctx.user?.id ?? null, created_at: ctx.now.toISOString() };
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertCheckin(trx, row);
    await recordAudit(ctx, { action: 'attendance.open_checkin', subjectType: facts.type, subjectId: facts.id, countyId: facts.countyId, summary: `${facts.topicTitle}（${activityTitle(facts)}）签到码` }, trx);
  });
  return present(ctx, row, facts);
}

/** The check-in an activity has, for its office. */
export async function getCheckin(ctx: RequestContext, type: OpenCheckinInput['activityType'], id: string): Promise<CheckinView> {
  const facts = await loadActivity(ctx, type, id);
  await authorize(ctx, 'attendance.manage', { type: 'activity', scope: [facts.countyId] });
  const row = await findCheckinOf(ctx.db.kysely, type, id);
  if (!row) throw notFound('签到码');
  return present(ctx, row, facts);
}

/** 签到 — a member of the activity's level checks in with its code while the window is open. */
export async function checkIn(ctx: RequestContext, input: CheckInInput): Promise<CheckInResult> {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  const now = ctx.now.toISOString();
  const row = await findLiveCheckin(ctx.db.kysely, input.code, now);
  if (!row) {
    const past = await findAnyCheckin(ctx.db.kysely, input.code);
    if (past) throw conflict(`签到已于 ${minuteInShanghai(past.closes_at)} 结束`);
    throw notFound('签到码');
  }
  if (now < row.opens_at) throw conflict(`签到尚未开始，请于 ${minuteInShanghai(row.opens_at)} 后签到`);
  const facts = await loadActivity(ctx, row.activity_type, row.activity_id);
  await authorize(ctx, 'attendance.check_in', { type: 'activity', scope: [facts.countyId] });
  const result = { activityLabel: CHECKIN_ACTIVITY_LABELS[facts.type], topicTitle: facts.topicTitle, title: activityTitle(facts) };
  const user = ctx.user;
  const already = await ctx.db.kysely.transaction().execute(async (trx) => {
    await lockActivity(trx, facts.type, facts.id);
    const fresh = await loadActivity(ctx, facts.type, facts.id, trx);
    if (fresh.presentIds.includes(user.id)) return true;
    const members = await checkMembers(trx, fresh.countyId, [...fresh.presentIds, user.id], 'code');
    await writeAttendance(trx, fresh, members);
    await recordAudit(ctx, { action: 'attendance.check_in', subjectType: facts.type, subjectId: facts.id, countyId: facts.countyId, summary: `${facts.topicTitle}（${activityTitle(facts)}）签到` }, trx);
    return false;
  });
  return { ...result, already };
}
