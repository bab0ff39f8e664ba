import type { Insertable, Selectable } from 'kysely';
import type { ContactPointsTable, VenuesTable } from '../db/schema.js';
import { type PageOf, pageOf, type PageRequest } from './paging.js';
import { containsText, type Executor, inCountyScope } from './types.js';

/** A stored venue row. */
export type VenueRow = Selectable<VenuesTable>;
/** A stored contact point row. */
export type ContactPointRow = Selectable<ContactPointsTable>;

/** Filters shared by the venue and contact-point lists. */
export interface PlaceFilter {
  readonly countyScope?: readonly (string | null)[] | undefined;
  readonly countyId?: string | undefined;
  readonly q?: string | undefined;
  readonly includeInactive?: boolean | undefined;
}

/** Loads one venue. */
export const findVenue = (db: Executor, id: string): Promise<VenueRow | undefined> =>
  db.selectFrom('venues').selectAll().where('id', '=', id).executeTakeFirst();

/** Lists venues. */
export async function listVenues(
  db: Executor,
  filter: PlaceFilter,
  page: PageRequest,
): Promise<PageOf<VenueRow>> {
  let q = db.selectFrom('venues');
  if (filter.countyScope) q = q.where(inCountyScope('county_id', filter.countyScope));
  if (filter.countyId) q = q.where('county_id', '=', filter.countyId);
  if (filter.q) q = q.where(containsText('name', filter.q));
  if (!filter.includeInactive) q = q.where('active', '=', 1);
  return pageOf(q.selectAll().orderBy('county_id').orderBy('name'), page);
}

/** Inserts a venue. */
export const insertVenue = async (db: Executor, row: Insertable<VenuesTable>): Promise<void> => {
  await db.insertInto('venues').values(row).execute();
};

/** Number of active venues in a county (null: in the whole city). */
export async function countVenuesIn(db: Executor, countyId: string | null): Promise<number> {
  let q = db.selectFrom('venues').where('active', '=', 1);
  if (countyId !== null) q = q.where('county_id', '=', countyId);
  const row = await q
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Loads one contact point. */
export const findContactPoint = (db: Executor, id: string): Promise<ContactPointRow | undefined> =>
  db.selectFrom('contact_points').selectAll().where('id', '=', id).executeTakeFirst();

/** Lists contact points by name, a page at a time. */
export async function listContactPoints(db: Executor, filter: PlaceFilter, page: PageRequest): Promise<PageOf<ContactPointRow>> {
  let q = db.selectFrom('contact_points');
  if (filter.countyId) q = q.where('county_id', '=', filter.countyId);
  if (filter.q) q = q.where(containsText('name', filter.q));
  if (!filter.includeInactive) q = q.where('active', '=', 1);
  return pageOf(q.selectAll().orderBy('name').orderBy('id'), page);
}

/** Inserts a contact point. */
export const insertContactPoint = async (db: Executor, row: Insertable<ContactPointsTable>): Promise<void> => {
  await db.insertInto('contact_points').values(row).execute();
};

/** The names of several venues, in one query. */
export async function findVenueNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('venues').select(['id', 'name']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
