import { type CreateOrgInput, ORG_CHILD_KINDS, ORG_KIND_LABELS, type OrgKind, type OrgNodeView, type OrgView, type UpdateOrgInput } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { conflict, invalid, notFound } from '../refusals.js';
import { newId } from '../../repositories/ids.js';
import {
  findOrg,
  findOrgs,
  insertOrg,
  listOrgs,
  listTreeOrgs,
  type OrgFilter,
  type OrgRow,
  siblingNameTaken,
} from '../../repositories/organisations.repository.js';
import type { Page } from '../../repositories/types.js';
import { diff, recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authorize.js';
import { saveVersioned } from '../save-versioned.js';
import { loadPlaceWords } from '../../search/dictionary.js';
import { orgSubject, presentOrg } from './present-org.js';

async function present(ctx: RequestContext, rows: OrgRow[]): Promise<OrgView[]> {
  const refs = rows.flatMap((r) => [r.parent_id, r.county_id]).filter((x): x is string => x !== null);
  const names = await findOrgs(ctx.db.kysely, refs);
  return rows.map((r) => presentOrg(ctx.actor, r, names));
}

async function load(ctx: RequestContext, id: string): Promise<OrgRow> {
  const row = await findOrg(ctx.db.kysely, id);
  if (!row) throw notFound('组织');
  return row;
}

/** 组织列表 — the organisation tree is public, so no county filter is forced. */
export async function listOrganisations(
  ctx: RequestContext,
  filter: OrgFilter,
  page: { page: number; pageSize: number },
): Promise<Page<OrgView>> {
  const { rows, total } = await listOrgs(ctx.db.kysely, filter, page);
  return { items: await present(ctx, rows), total, ...page };
}

/** One organisation. */
export async function getOrganisation(ctx: RequestContext, id: string): Promise<OrgView> {
  const [view] = await present(ctx, [await load(ctx, id)]);
  return view!;
}

/** 组织树 — city → counties → townships → villages (departments are listed separately). */
export async function organisationTree(ctx: RequestContext): Promise<OrgNodeView[]> {
  const rows = await listTreeOrgs(ctx.db.kysely);
  const nodes = new Map<string, OrgNodeView>(rows.map((r) => [r.id, { id: r.id, name: r.name, kind: r.kind as OrgKind, active: r.active === 1, children: [] }]));
  const roots: OrgNodeView[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id)!;
    const parent = r.parent_id ? nodes.get(r.parent_id) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** 新建组织 — under a parent of a kind that may hold it; the county follows the parent. */
export async function createOrganisation(ctx: RequestContext, input: CreateOrgInput): Promise<OrgView> {
  const view = await createOrganisationRow(ctx, input);
  await loadPlaceWords(ctx.db);
  return view;
}

async function createOrganisationRow(ctx: RequestContext, input: CreateOrgInput): Promise<OrgView> {
  const parent = await findOrg(ctx.db.kysely, input.parentId);
  if (!parent) throw invalid('上级组织不存在', [{ path: 'parentId', message: '上级组织不存在' }]);
  const countyId = input.kind === 'county' ? null : parent.county_id;
  await authorize(ctx, 'organisation.create', orgSubject({ county_id: input.kind === 'county' ? null : countyId }));
  if (!ORG_CHILD_KINDS[parent.kind as OrgKind]?.includes(input.kind))
    throw invalid(`${ORG_KIND_LABELS[parent.kind as OrgKind] ?? parent.kind}下不能设立${ORG_KIND_LABELS[input.kind]}`, [
      { path: 'kind', message: '组织类型与上级组织不匹配' },
    ]);
  if (parent.active !== 1) throw conflict('上级组织已停用，不能在其下新建组织');
  if (await siblingNameTaken(ctx.db.kysely, parent.id, input.name)) throw conflict(`“${input.name}”已存在，请勿重复创建`);
  const id = newId();
  const now = ctx.now.toISOString();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertOrg(trx, {
      id,
      parent_id: parent.id,
      kind: input.kind,
      name: input.name,
      region_name: input.regionName ?? null,
      party_name: input.partyName ?? null,
      government_name: input.governmentName ?? null,
      contact_person: input.contactPerson ?? null,
      contact_phone: input.contactPhone ?? null,
      county_id: input.kind === 'county' ? id : countyId,
      sort_order: input.sortOrder ?? 0,
      active: 1,
      created_at: now,
      updated_at: now,
      updated_by: ctx.user?.id ?? null,
    });
    await recordAudit(ctx, { action: 'organisation.create', subjectType: 'organisation', subjectId: id, countyId: input.kind === 'county' ? id : countyId, summary: { name: input.name, kind: input.kind, parent: parent.name } }, trx);
  });
  return getOrganisation(ctx, id);
}

/** 修改组织 — only from the version the form was loaded at. */
export async function updateOrganisation(ctx: RequestContext, id: string, input: UpdateOrgInput): Promise<OrgView> {
  const view = await updateOrganisationRow(ctx, id, input);
  await loadPlaceWords(ctx.db);
  return view;
}

async function updateOrganisationRow(ctx: RequestContext, id: string, input: UpdateOrgInput): Promise<OrgView> {
  const row = await load(ctx, id);
  await authorize(ctx, 'organisation.update', orgSubject(row));
  if (input.name && input.name !== row.name && (await siblingNameTaken(ctx.db.kysely, row.parent_id, input.name, id)))
    throw conflict(`“${input.name}”已存在`);
  const patch = {
    name: input.name,
    region_name: input.regionName,
    party_name: input.partyName,
    government_name: input.governmentName,
    contact_person: input.contactPerson,
    contact_phone: input.contactPhone,
    sort_order: input.sortOrder,
  };
  const changes = diff(row, patch);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await saveVersioned(ctx, trx, 'organisations', { id }, patch, { expected: input.version });
    await recordAudit(ctx, { action: 'organisation.update', subjectType: 'organisation', subjectId: id, countyId: row.county_id, summary: changes }, trx);
  });
  return getOrganisation(ctx, id);
}

/** 停用 / 启用 — nothing is deleted once referenced; a deactivated organisation keeps its history. */
export async function setOrganisationActive(ctx: RequestContext, id: string, active: boolean, version?: number): Promise<OrgView> {
  const row = await load(ctx, id);
  await authorize(ctx, 'organisation.deactivate', orgSubject(row));
  if (row.parent_id === null) throw conflict('市政协为组织树的根，不能停用');
  if (active && row.parent_id) {
    const parent = await findOrg(ctx.db.kysely, row.parent_id);
    if (parent && parent.active !== 1) throw conflict('上级组织已停用，请先启用上级组织');
  }
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await saveVersioned(ctx, trx, 'organisations', { id }, { active: active ? 1 : 0 }, { expected: version });
    await recordAudit(ctx, { action: active ? 'organisation.activate' : 'organisation.deactivate', subjectType: 'organisation', subjectId: id, countyId: row.county_id, summary: { name: row.name } }, trx);
  });
  return getOrganisation(ctx, id);
}
