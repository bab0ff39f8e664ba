import { allowedActions, type ContactPointView, type CreateContactPointInput, OBJECT_ACTIONS, type Subject, type UpdateContactPointInput } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { conflict, invalid, notFound } from '../refusals.js';
import { newId } from '../../repositories/ids.js';
import { findOrg, findOrgNames } from '../../repositories/organisations.repository.js';
import { type ContactPointRow, findContactPoint, insertContactPoint, listContactPoints, type PlaceFilter } from '../../repositories/venues.repository.js';
import type { PageRequest } from '../../repositories/paging.js';
import type { Page } from '../../repositories/types.js';
import { diff, recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authorize.js';
import { saveVersioned } from '../save-versioned.js';

// Contact points are the city CPPCC's own records (第四条(七)), whatever county they lie in.
const SUBJECT: Subject = { type: 'contact_point', scope: [null] };

async function present(ctx: RequestContext, rows: ContactPointRow[]): Promise<ContactPointView[]> {
  const orgs = await findOrgNames(ctx.db.kysely, rows.flatMap((r) => [r.county_id, r.org_id]).filter((x): x is string => !!x));
  const actions = allowedActions(ctx.actor, SUBJECT, OBJECT_ACTIONS.contact_point);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    countyId: r.county_id,
    countyName: r.county_id ? (orgs.get(r.county_id)?.name ?? null) : null,
    orgId: r.org_id,
    orgName: r.org_id ? (orgs.get(r.org_id)?.name ?? null) : null,
    address: r.address,
    note: r.note,
    active: r.active === 1,
    version: r.version,
    actions,
  }));
}

async function load(ctx: RequestContext, id: string): Promise<ContactPointRow> {
  const row = await findContactPoint(ctx.db.kysely, id);
  if (!row) throw notFound('工作联系点');
  return row;
}

/** Checks that the county and the village (if given) exist and agree; returns the county. */
async function placeOf(ctx: RequestContext, countyId: string | null | undefined, orgId: string | null | undefined): Promise<string | null> {
  const org = orgId ? await findOrg(ctx.db.kysely, orgId) : undefined;
  if (orgId && !org) throw invalid('所在村（社区）不存在', [{ path: 'orgId', message: '所在村（社区）不存在' }]);
  if (countyId) {
    const county = await findOrg(ctx.db.kysely, countyId);
    if (!county || county.kind !== 'county') throw invalid('所属县（市、区）不存在', [{ path: 'countyId', message: '所属县（市、区）不存在' }]);
  }
  if (org && countyId && org.county_id !== countyId) throw invalid('所在村（社区）不属于所选县（市、区）', [{ path: 'orgId', message: '与所选县（市、区）不一致' }]);
  return countyId ?? org?.county_id ?? null;
}

/** 工作联系点列表 — public names; details for signed-in users. */
export async function listContactPointsOf(ctx: RequestContext, filter: PlaceFilter, page: PageRequest): Promise<Page<ContactPointView>> {
  const { rows, total } = await listContactPoints(ctx.db.kysely, filter, page);
  return { items: await present(ctx, rows), total, ...page };
}

/** One contact point (the edit form reloads it after a version conflict). */
export async function getContactPoint(ctx: RequestContext, id: string): Promise<ContactPointView> {
  return (await present(ctx, [await load(ctx, id)]))[0]!;
}

/** 新建工作联系点 — the county may stay unknown (段村). */
export async function createContactPoint(ctx: RequestContext, input: CreateContactPointInput): Promise<ContactPointView> {
  await authorize(ctx, 'contact_point.create', SUBJECT);
  const countyId = await placeOf(ctx, input.countyId, input.orgId);
  const id = newId();
  const now = ctx.now.toISOString();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertContactPoint(trx, { id, name: input.name, county_id: countyId, org_id: input.orgId ?? null, address: input.address ?? null, note: input.note ?? null, active: 1, created_at: now, updated_at: now, updated_by: ctx.user?.id ?? null });
    await recordAudit(ctx, { action: 'contact_point.create', subjectType: 'contact_point', subjectId: id, countyId: null, summary: { name: input.name } }, trx);
  });
  return (await present(ctx, [await load(ctx, id)]))[0]!;
}

/** 修改工作联系点 — e.g. fill in 段村's county once it is known; only from the version the form was loaded at. */
export async function updateContactPointOf(ctx: RequestContext, id: string, input: UpdateContactPointInput): Promise<ContactPointView> {
  const row = await load(ctx, id);
  await authorize(ctx, 'contact_point.update', SUBJECT);
  const countyId = await placeOf(ctx, input.countyId === undefined ? row.county_id : input.countyId, input.orgId === undefined ? row.org_id : input.orgId);
  const patch = { name: input.name, county_id: countyId, org_id: input.orgId === undefined ? undefined : input.orgId, address: input.address, note: input.note };
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await saveVersioned(ctx, trx, 'contact_points', { id }, patch, { expected: input.version });
    await recordAudit(ctx, { action: 'contact_point.update', subjectType: 'contact_point', subjectId: id, countyId: null, summary: diff(row, patch) }, trx);
  });
  return (await present(ctx, [await load(ctx, id)]))[0]!;
}

/** 停用 / 启用工作联系点. */
export async function setContactPointActive(ctx: RequestContext, id: string, active: boolean, version?: number): Promise<ContactPointView> {
  const row = await load(ctx, id);
  await authorize(ctx, 'contact_point.deactivate', SUBJECT);
  if ((row.active === 1) === active) throw conflict(active ? '该联系点已是启用状态' : '该联系点已停用');
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await saveVersioned(ctx, trx, 'contact_points', { id }, { active: active ? 1 : 0 }, { expected: version });
    await recordAudit(ctx, { action: active ? 'contact_point.activate' : 'contact_point.deactivate', subjectType: 'contact_point', subjectId: id, countyId: null, summary: { name: row.name } }, trx);
  });
  return (await present(ctx, [await load(ctx, id)]))[0]!;
}
