import type { OrgKind } from '@shangliang/core';
import type { Insertable, Selectable } from 'kysely';
import type { OrganisationsTable } from '../db/schema.js';
import { type PageOf, pageOf, type PageRequest } from './paging.js';
import { containsText, type Executor } from './types.js';

/** A stored organisation row. */
export type OrgRow = Selectable<OrganisationsTable>;

/** Filters of the organisation list. */
export interface OrgFilter {
  readonly kind?: OrgKind | undefined;
  readonly parentId?: string | undefined;
  readonly countyId?: string | undefined;
  readonly cityOnly?: boolean;
  readonly q?: string | undefined;
  readonly includeInactive?: boolean | undefined;
}

/** Loads one organisation. */
export const findOrg = (db: Executor, id: string): Promise<OrgRow | undefined> =>
  db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();

/** Loads several organisations by id, in one query. */
export async function findOrgs(db: Executor, ids: readonly string[]): Promise<Map<string, OrgRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organisations').selectAll().where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The names of several organisations, in one query that reads only the two columns (lists and pages name their organisations). */
export async function findOrgNames(db: Executor, ids: readonly string[]): Promise<Map<string, Pick<OrgRow, 'id' | 'name'>>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Lists organisations with filters and paging, in tree order. */
export async function listOrgs(
  db: Executor,
  filter: OrgFilter,
  page: PageRequest,
): Promise<PageOf<OrgRow>> {
  let q = db.selectFrom('organisations');
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.parentId) q = q.where('parent_id', '=', filter.parentId);
  if (filter.countyId) q = q.where('county_id', '=', filter.countyId);
  if (filter.cityOnly) q = q.where('county_id', 'is', null);
  if (filter.q) q = q.where(containsText('name', filter.q));
  if (!filter.includeInactive) q = q.where('active', '=', 1);
  return pageOf(q.selectAll().orderBy('county_id').orderBy('sort_order').orderBy('name'), page);
}

/** All organisations except departments, for the tree. */
export const listTreeOrgs = (db: Executor): Promise<OrgRow[]> =>
  db
    .selectFrom('organisations')
    .selectAll()
    .where('kind', '!=', 'department')
    .orderBy('sort_order')
    .orderBy('name')
    .execute();

/** Counts of a county's organisations by kind (null: the whole city). */
export async function countOrgsByKind(db: Executor, countyId: string | null): Promise<Record<string, number>> {
  let q = db.selectFrom('organisations').where('active', '=', 1);
  q = countyId ? q.where('county_id', '=', countyId) : q;
  const rows = await q.select(['kind', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('kind').execute();
  return Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
}

/** Inserts an organisation. */
export const insertOrg = async (db: Executor, row: Insertable<OrganisationsTable>): Promise<void> => {
  await db.insertInto('organisations').values(row).execute();
};

/** True when a sibling with the same name exists. */
export async function siblingNameTaken(
  db: Executor,
  parentId: string | null,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  let q = db.selectFrom('organisations').select('id').where('name', '=', name);
  q = parentId ? q.where('parent_id', '=', parentId) : q.where('parent_id', 'is', null);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** The active children of an organisation that are of the given kinds, in tree order. */
export const listActiveChildren = (db: Executor, parentId: string, kinds: readonly OrgKind[]): Promise<Pick<OrgRow, 'id' | 'name' | 'kind'>[]> =>
  db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where('parent_id', '=', parentId)
    .where('kind', 'in', [...kinds])
    .where('active', '=', 1)
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
