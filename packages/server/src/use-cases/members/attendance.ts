import { CHECKIN_ACTIVITY_LABELS, CONSULTATION_FORM_LABELS, type CheckinActivity, type ConsultationForm, type CorrectAttendanceInput, minuteInShanghai } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { notFound } from '../refusals.js';
import { findMemberRefs } from '../../repositories/city-members.repository.js';
import { type ActivityFacts, findActivityFacts, setPresentMembers } from '../../repositories/members.repository.js';
import type { Executor } from '../../repositories/types.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authorize.js';
import { checkMembers } from '../topics/research.js';
import { getTopic, type TopicView } from '../topics/topics.js';
import { refuseClosedYear } from './point-rules.js';
import { recordParticipation } from './record-participation.js';

/** An activity's facts, or 404. */
export async function loadActivity(ctx: RequestContext, type: CheckinActivity, id: string, exec: Executor = ctx.db.kysely): Promise<ActivityFacts> {
  const facts = await findActivityFacts(exec, type, id);
  if (!facts) throw notFound(CHECKIN_ACTIVITY_LABELS[type]);
  return facts;
}

/** How an activity is named on a check-in page: its form or place, and when. */
export function activityTitle(facts: ActivityFacts): string {
  if (facts.type === 'consultation') return `${CONSULTATION_FORM_LABELS[facts.label as ConsultationForm] ?? '协商活动'} · ${minuteInShanghai(facts.when)}`;
  return `${facts.label} · ${facts.when}`;
}

/**
 * Marks members present (or the list as it is now) in the caller's transaction and brings their
 * participations up to date: a consultation's count once its record is entered, research and follow-up at once.
 */
export async function writeAttendance(trx: Executor, facts: ActivityFacts, members: ReadonlyMap<string, string>): Promise<void> {
  await setPresentMembers(trx, facts.type, facts.id, members);
  await recordParticipation(trx, { type: facts.type, id: facts.id });
}

/** 更正出席情况 — the office sets who was present; the change is audited with who was added and removed. */
export async function correctAttendance(ctx: RequestContext, type: CheckinActivity, id: string, input: CorrectAttendanceInput): Promise<TopicView> {
  const facts = await loadActivity(ctx, type, id);
  await authorize(ctx, 'attendance.manage', { type: 'activity', scope: [facts.countyId] });
  await refuseClosedYear(ctx.db.kysely, facts.countyId, Number(facts.when.slice(0, 4)));
  const members = await checkMembers(ctx.db.kysely, facts.countyId, input.memberIds, 'memberIds');
  const before = new Set(facts.presentIds);
  const gone = await findMemberRefs(ctx.db.kysely, [...before].filter((u) => !members.has(u)));
  const added = [...members].filter(([u]) => !before.has(u)).map(([, n]) => n);
  const removed = [...gone.values()].map((u) => u.display_name);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await writeAttendance(trx, facts, members);
    await recordAudit(ctx, {
      action: 'attendance.correct',
      subjectType: facts.type,
      subjectId: facts.id,
      countyId: facts.countyId,
      summary: `${facts.topicTitle}（${activityTitle(facts)}）出席更正：增加 ${added.join('、') || '无'}；去除 ${removed.join('、') || '无'}。原因：${input.note}`,
    }, trx);
  });
  return getTopic(ctx, facts.topicId);
}
