import { type UpdateVisitInput, VISIT_KIND_LABELS, type VisitView } from '@shangliang/core';
import { deleteVisit as deleteVisitRow, findVisit } from '../../repositories/contact-point-visits.repository.js';
import { findVersionStamp } from '../../repositories/versioned.repository.js';
import { diff, recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authorize.js';
import type { RequestContext } from '../context.js';
import { notFound, VersionConflict } from '../refusals.js';
import { refuseStale, saveVersioned } from '../save-versioned.js';
import { checkCityMembers, checkDate, creditVisit } from './record-visit.js';
import { loadVisit, presentVisits, visitMembers, visitSubject } from './visit-access.js';

/** 修改走访记录 — the whole visit again, only from the version the form was loaded at; the members' participations follow. */
export async function editVisit(ctx: RequestContext, id: string, input: UpdateVisitInput): Promise<VisitView> {
  const { visit, point } = await loadVisit(ctx, id);
  await authorize(ctx, 'contact_point.record_visit', visitSubject(point));
  await refuseStale(ctx.db.kysely, 'contact_point_visits', { id }, Number(visit.version), input.version);
  checkDate(ctx, input.date);
  const members = await checkCityMembers(ctx.db.kysely, input.leaderId, input.memberIds);
  const patch = { date: input.date, kind: input.kind, title: input.title, leader_id: input.leaderId, member_ids: JSON.stringify(members.slice(1)), met: input.met, opinions: input.opinions };
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await saveVersioned(ctx, trx, 'contact_point_visits', { id }, patch, { expected: input.version });
    await creditVisit(trx, point, id, input.date, members);
    const changed = diff(visit, patch);
    await recordAudit(ctx, { action: 'contact_point.update_visit', subjectType: 'contact_point_visit', subjectId: id, countyId: point.county_id, summary: { contactPoint: point.name, kind: VISIT_KIND_LABELS[input.kind], changed: Object.keys(changed) } }, trx);
  });
  const row = await findVisit(ctx.db.kysely, id);
  return (await presentVisits(ctx, point, [row!]))[0]!;
}

/** 删除走访记录 — with its members' participations; a stale page gets 409 like a stale save. */
export async function deleteVisit(ctx: RequestContext, id: string, version?: number): Promise<void> {
  const { visit, point } = await loadVisit(ctx, id);
  await authorize(ctx, 'contact_point.record_visit', visitSubject(point));
  await refuseStale(ctx.db.kysely, 'contact_point_visits', { id }, Number(visit.version), version);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await deleteVisitRow(trx, id, version))) {
      const current = await findVersionStamp(trx, 'contact_point_visits', { id });
      if (!current) throw notFound('走访记录');
      throw new VersionConflict(current);
    }
    await creditVisit(trx, point, id, visit.date, []);
    await recordAudit(ctx, { action: 'contact_point.delete_visit', subjectType: 'contact_point_visit', subjectId: id, countyId: point.county_id, summary: { contactPoint: point.name, date: visit.date, title: visit.title, members: visitMembers(visit).length } }, trx);
  });
}
