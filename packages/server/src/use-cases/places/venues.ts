import { allowedActions, type CreateVenueInput, OBJECT_ACTIONS, type Subject, type UpdateVenueInput, VENUE_KIND_LABELS, type VenueKind, type VenueView } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { conflict, invalid, notFound } from '../refusals.js';
import { newId } from '../../repositories/ids.js';
import { findOrg, findOrgNames } from '../../repositories/organisations.repository.js';
import type { Page } from '../../repositories/types.js';
import { findVenue, insertVenue, listVenues, type PlaceFilter, type VenueRow } from '../../repositories/venues.repository.js';
import { diff, recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authorize.js';
import { saveVersioned } from '../save-versioned.js';

const subject = (row: Pick<VenueRow, 'county_id'>): Subject => ({ type: 'venue', scope: [row.county_id] });

async function present(ctx: RequestContext, rows: VenueRow[]): Promise<VenueView[]> {
  const orgs = await findOrgNames(ctx.db.kysely, rows.map((r) => r.org_id));
  return rows.map((r) => ({
    id: r.id,
    orgId: r.org_id,
    orgName: orgs.get(r.org_id)?.name ?? null,
    countyId: r.county_id,
    kind: r.kind as VenueKind,
    kindLabel: VENUE_KIND_LABELS[r.kind as VenueKind] ?? r.kind,
    name: r.name,
    address: r.address,
    capacity: r.capacity,
    note: r.note,
    active: r.active === 1,
    version: r.version,
    actions: allowedActions(ctx.actor, subject(r), OBJECT_ACTIONS.venue),
  }));
}

async function load(ctx: RequestContext, id: string): Promise<VenueRow> {
  const row = await findVenue(ctx.db.kysely, id);
  if (!row) throw notFound('场所');
  return row;
}

/** 活动场所列表 — venues are public places; anyone signed in may list them. */
export async function listVenuesOf(ctx: RequestContext, filter: PlaceFilter, page: { page: number; pageSize: number }): Promise<Page<VenueView>> {
  const { rows, total } = await listVenues(ctx.db.kysely, filter, page);
  return { items: await present(ctx, rows), total, ...page };
}

/** One venue (the edit form reloads it after a version conflict). */
export async function getVenue(ctx: RequestContext, id: string): Promise<VenueView> {
  return (await present(ctx, [await load(ctx, id)]))[0]!;
}

/** 新建场所 — in an organisation of the actor's county. */
export async function createVenue(ctx: RequestContext, input: CreateVenueInput): Promise<VenueView> {
  const org = await findOrg(ctx.db.kysely, input.orgId);
  if (!org || org.kind === 'department') throw invalid('所属组织不存在', [{ path: 'orgId', message: '请选择所属政协、乡镇或村（社区）' }]);
  await authorize(ctx, 'venue.create', subject(org));
  const id = newId();
  const now = ctx.now.toISOString();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertVenue(trx, { id, org_id: org.id, county_id: org.county_id, kind: input.kind, name: input.name, address: input.address ?? null, capacity: input.capacity ?? null, note: input.note ?? null, active: 1, created_at: now, updated_at: now, updated_by: ctx.user?.id ?? null });
    await recordAudit(ctx, { action: 'venue.create', subjectType: 'venue', subjectId: id, countyId: org.county_id, summary: { name: input.name, org: org.name } }, trx);
  });
  return (await present(ctx, [await load(ctx, id)]))[0]!;
}

/** 修改场所 — only from the version the form was loaded at. */
export async function updateVenueOf(ctx: RequestContext, id: string, input: UpdateVenueInput): Promise<VenueView> {
  const row = await load(ctx, id);
  await authorize(ctx, 'venue.update', subject(row));
  const patch = { kind: input.kind, name: input.name, address: input.address, capacity: input.capacity, note: input.note };
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await saveVersioned(ctx, trx, 'venues', { id }, patch, { expected: input.version });
    await recordAudit(ctx, { action: 'venue.update', subjectType: 'venue', subjectId: id, countyId: row.county_id, summary: diff(row, patch) }, trx);
  });
  return (await present(ctx, [await load(ctx, id)]))[0]!;
}

/** 停用 / 启用场所. */
export async function setVenueActive(ctx: RequestContext, id: string, active: boolean, version?: number): Promise<VenueView> {
  const row = await load(ctx, id);
  await authorize(ctx, 'venue.deactivate', subject(row));
  if ((row.active === 1) === active) throw conflict(active ? '该场所已是启用状态' : '该场所已停用');
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await saveVersioned(ctx, trx, 'venues', { id }, { active: active ? 1 : 0 }, { expected: version });
    await recordAudit(ctx, { action: active ? 'venue.activate' : 'venue.deactivate', subjectType: 'venue', subjectId: id, countyId: row.county_id, summary: { name: row.name } }, trx);
  });
  return (await present(ctx, [await load(ctx, id)]))[0]!;
}
