import { allowedActions, OBJECT_ACTIONS, type Subject, VISIT_KIND_LABELS, type VisitView } from '@shangliang/core';
import { findMemberRefs } from '../../repositories/city-members.repository.js';
import { findVisit, type VisitRow } from '../../repositories/contact-point-visits.repository.js';
import { findUserNames } from '../../repositories/users.repository.js';
import { type ContactPointRow, findContactPoint } from '../../repositories/venues.repository.js';
import type { RequestContext } from '../context.js';
import { notFound } from '../refusals.js';

/** The subject of a contact point's visits: the county the contact point lies in (null when not known). */
export const visitSubject = (point: ContactPointRow): Subject => ({ type: 'contact_point', scope: [point.county_id] });

/** Loads a contact point, or 404. */
export async function loadPoint(ctx: RequestContext, id: string): Promise<ContactPointRow> {
  const point = await findContactPoint(ctx.db.kysely, id);
  if (!point) throw notFound('工作联系点');
  return point;
}

/** Loads a visit and its contact point. */
export async function loadVisit(ctx: RequestContext, id: string): Promise<{ visit: VisitRow; point: ContactPointRow }> {
  const visit = await findVisit(ctx.db.kysely, id);
  if (!visit) throw notFound('走访记录');
  const point = await loadPoint(ctx, visit.contact_point_id);
  return { visit, point };
}

/** The member ids of a visit: the leader first, then the others (no one twice). */
export const visitMembers = (row: Pick<VisitRow, 'leader_id' | 'member_ids'>): string[] => [...new Set([row.leader_id, ...(JSON.parse(row.member_ids) as string[])])];

/** Visits as the API shows them, with the members' names and the actions the reader may take on each. */
export async function presentVisits(ctx: RequestContext, point: ContactPointRow, rows: readonly VisitRow[]): Promise<VisitView[]> {
  const people = await findMemberRefs(ctx.db.kysely, rows.flatMap(visitMembers));
  const recorders = await findUserNames(ctx.db.kysely, rows.map((r) => r.created_by).filter((x): x is string => !!x));
  const actions = allowedActions(ctx.actor, visitSubject(point), OBJECT_ACTIONS.contact_point_visit);
  const ref = (id: string) => ({ id, displayName: people.get(id)?.display_name ?? '（已删除的用户）', sector: people.get(id)?.sector ?? null });
  return rows.map((r) => ({
    id: r.id,
    contactPointId: r.contact_point_id,
    date: r.date,
    kind: r.kind,
    kindLabel: VISIT_KIND_LABELS[r.kind],
    title: r.title,
    leader: ref(r.leader_id),
    members: visitMembers(r).slice(1).map(ref),
    met: r.met,
    opinions: r.opinions,
    recordedBy: r.created_by ? (recorders.get(r.created_by) ?? null) : null,
    updatedAt: r.updated_at,
    version: Number(r.version),
    actions,
  }));
}
