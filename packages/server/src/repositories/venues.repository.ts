import type { Insertable, Selectable } from 'kysely';
import type { ContactPointsTable, VenuesTable } from '../db/schema.js';
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
  page: { page: number; pageSize: number },
): Promise<{ rows: VenueRow[]; total: number }> {
  let q = db.selectFrom('venues');
  if (filter.countyScope) q = q.where(inCountyScope('county_id', filter.countyScope));
  if (filter.countyId) q = q.where('county_id', '=', filter.countyId);
  if (filter.q) q = q.where(containsText('name', filter.q));
  if (!filter.includeInactive) q = q.where('active', '=', 1);
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll()
    .orderBy('county_id')
    .orderBy('name')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { rows, total: Number(total) };
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

/** Lists contact points (they are few: no paging needed beyond a cap). */
export async function listContactPoints(db: Executor, filter: PlaceFilter): Promise<ContactPointRow[]> {
  let q = db.selectFrom('contact_points').selectAll();
  if (filter.q) q = q.where(containsText('name', filter.q));
  if (!filter.includeInactive) q = q.where('active', '=', 1);
  return q.orderBy('name').limit(500).execute();
}

/** Inserts a contact point. */
export const insertContactPoint = async (db: Executor, row: Insertable<ContactPointsTable>): Promise<void> => {
  await db.insertInto('contact_points').values(row).execute();
};
