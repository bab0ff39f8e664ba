import { type CreateVisitInput, dayInShanghai, MEMBER_ROLES, VISIT_KIND_LABELS, type VisitView } from '@shangliang/core';
import { findVisit, insertVisit } from '../../repositories/contact-point-visits.repository.js';
import { newId } from '../../repositories/ids.js';
import { type ParticipationDraft, replaceParticipations } from '../../repositories/participations.repository.js';
import type { Executor } from '../../repositories/types.js';
import { findUsersWithRoleIn } from '../../repositories/users.repository.js';
import type { ContactPointRow } from '../../repositories/venues.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authorize.js';
import type { RequestContext } from '../context.js';
import { conflict, invalid } from '../refusals.js';
import { loadPoint, presentVisits, visitSubject } from './visit-access.js';

/** Checks that the leader and every member are member accounts of the city; answers the ids, the leader first. */
export async function checkCityMembers(exec: Executor, leaderId: string, memberIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set([leaderId, ...memberIds])];
  const found = new Set((await findUsersWithRoleIn(exec, null, ids, MEMBER_ROLES)).map((r) => r.id));
  if (!found.has(leaderId)) throw invalid('带队人员须为市政协委员', [{ path: 'leaderId', message: '请从市政协委员中选择' }]);
  if (found.size !== ids.length) throw invalid('所选参加人员中有人不是市政协委员', [{ path: 'memberIds', message: '请从市政协委员中选择' }]);
  return ids;
}

/** 谁组织谁记录: each member of the visit earns a participation, replaced with the visit in the caller's transaction. */
export async function creditVisit(trx: Executor, point: ContactPointRow, visitId: string, date: string, memberIds: readonly string[]): Promise<void> {
  const drafts: ParticipationDraft[] = memberIds.map((user_id) => ({ county_id: point.county_id, user_id, on_date: date, kind: 'visit', topic_id: null, units: 1, detail: null }));
  await replaceParticipations(trx, { type: 'visit', id: visitId }, drafts);
}

/** Refuses a visit to a contact point that has been deactivated. */
export function checkActive(point: ContactPointRow): void {
  if (point.active !== 1) throw conflict('该联系点已停用，不能记录走访');
}

/** 记录走访座谈 — the city office records a visit or symposium at a contact point, with whom it met and what it heard. */
export async function recordVisit(ctx: RequestContext, contactPointId: string, input: CreateVisitInput): Promise<VisitView> {
  const point = await loadPoint(ctx, contactPointId);
  await authorize(ctx, 'contact_point.record_visit', visitSubject(point));
  checkActive(point);
  checkDate(ctx, input.date);
  const members = await checkCityMembers(ctx.db.kysely, input.leaderId, input.memberIds);
  const id = newId();
  const now = ctx.now.toISOString();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertVisit(trx, { id, contact_point_id: point.id, date: input.date, kind: input.kind, title: input.title, leader_id: input.leaderId, member_ids: JSON.stringify(members.slice(1)), met: input.met, opinions: input.opinions, created_by: ctx.user?.id ?? null, created_at: now, updated_at: now, updated_by: ctx.user?.id ?? null });
    await creditVisit(trx, point, id, input.date, members);
    await recordAudit(ctx, { action: 'contact_point.record_visit', subjectType: 'contact_point_visit', subjectId: id, countyId: point.county_id, summary: { contactPoint: point.name, date: input.date, kind: VISIT_KIND_LABELS[input.kind], title: input.title, members: members.length } }, trx);
  });
  const row = await findVisit(ctx.db.kysely, id);
  return (await presentVisits(ctx, point, [row!]))[0]!;
}

/** A visit is recorded once it has taken place: its date is not after today (Beijing time). */
export function checkDate(ctx: RequestContext, date: string): void {
  if (date > dayInShanghai(ctx.now)) throw invalid('走访日期不能晚于今天', [{ path: 'date', message: '不能晚于今天' }]);
}
