import { allowedActions, can, CONSULTATION_FORM_LABELS, type CityMemberView, type ContactPointConsultation, type ContactPointPage, OBJECT_ACTIONS, type VisitView } from '@shangliang/core';
import { listMembersOf } from '../../repositories/members.repository.js';
import { listConsultationsAt } from '../../repositories/contact-point-activities.repository.js';
import { listVisitsOf } from '../../repositories/contact-point-visits.repository.js';
import { findOrg } from '../../repositories/organisations.repository.js';
import type { PageRequest } from '../../repositories/paging.js';
import type { Page } from '../../repositories/types.js';
import type { ContactPointRow } from '../../repositories/venues.repository.js';
import { authorize, authorizeRead } from '../authorize.js';
import type { RequestContext } from '../context.js';
import { getContactPoint } from '../places/contact-points.js';
import { loadPoint, presentVisits, visitSubject } from './visit-access.js';

/** How many of the latest visits the page shows; the rest page through GET …/visits. */
const PAGE_VISITS = 50;

/** The names a consultation's free-text venue may give for the place: the village, without 村/社区, and the contact point's short name. */
function namesOf(point: ContactPointRow, village: string | null): string[] {
  const names = [village, village?.replace(/(村|社区)$/, ''), point.name.split(/[“"（(]/)[0]];
  return [...new Set(names.filter((n): n is string => !!n && n.trim().length >= 2).map((n) => n.trim()))];
}

/** The consultations held at the contact point that the reader may see (their topic's county is theirs to read). */
async function consultationsAt(ctx: RequestContext, point: ContactPointRow): Promise<ContactPointConsultation[]> {
  if (!ctx.user) return [];
  const village = point.org_id ? await findOrg(ctx.db.kysely, point.org_id) : undefined;
  const rows = await listConsultationsAt(ctx.db.kysely, { orgId: point.org_id, countyId: point.county_id, names: namesOf(point, village?.name ?? null) });
  return rows
    .filter((r) => can(ctx.actor, 'topic.read', { type: 'topic', scope: [r.county_id] }).ok)
    .map((r) => ({ id: r.id, topicId: r.topic_id, topicTitle: r.topic_title, countyName: r.county_name, form: r.form, formLabel: CONSULTATION_FORM_LABELS[r.form], status: r.status, startsAt: r.starts_at, venue: r.venue_name ?? r.venue_text }));
}

/** 联系点页面 (第四条(七)) — the contact point, the consultations held there and the city's visits, each as far as the reader may see. */
export async function readContactPointPage(ctx: RequestContext, id: string): Promise<ContactPointPage> {
  const point = await loadPoint(ctx, id);
  const readsVisits = can(ctx.actor, 'contact_point.read_visits', visitSubject(point)).ok;
  const visits = readsVisits ? await presentVisits(ctx, point, (await listVisitsOf(ctx.db.kysely, id, { page: 1, pageSize: PAGE_VISITS })).rows) : null;
  return {
    point: await getContactPoint(ctx, id),
    consultations: await consultationsAt(ctx, point),
    visits,
    actions: allowedActions(ctx.actor, visitSubject(point), OBJECT_ACTIONS.contact_point_visit),
  };
}

/** A contact point's visits, newest first, a page at a time. */
export async function listVisits(ctx: RequestContext, id: string, page: PageRequest): Promise<Page<VisitView>> {
  const point = await loadPoint(ctx, id);
  await authorizeRead(ctx, 'contact_point.read_visits', visitSubject(point), '走访记录');
  const { rows, total } = await listVisitsOf(ctx.db.kysely, id, page);
  return { items: await presentVisits(ctx, point, rows), total, ...page };
}

/** 市政协委员 — the member accounts of the city, offered when the city office records a visit. */
export async function listCityMembers(ctx: RequestContext): Promise<{ items: CityMemberView[] }> {
  await authorize(ctx, 'contact_point.record_visit', { type: 'contact_point', scope: [null] });
  const rows = await listMembersOf(ctx.db.kysely, null);
  return { items: rows.map((r) => ({ id: r.id, displayName: r.display_name, sector: r.sector, committee: r.committee })) };
}
