import type { Insertable, Selectable } from 'kysely';
import type { ContactPointVisitsTable } from '../db/schema-city.js';
import { type PageOf, pageOf, type PageRequest } from './paging.js';
import type { Executor } from './types.js';

/** A stored visit row. */
export type VisitRow = Selectable<ContactPointVisitsTable>;

/** Loads one visit. */
export const findVisit = (db: Executor, id: string): Promise<VisitRow | undefined> =>
  db.selectFrom('contact_point_visits').selectAll().where('id', '=', id).executeTakeFirst();

/** A contact point's visits, newest first, a page at a time. */
export const listVisitsOf = (db: Executor, contactPointId: string, page: PageRequest): Promise<PageOf<VisitRow>> =>
  pageOf(db.selectFrom('contact_point_visits').selectAll().where('contact_point_id', '=', contactPointId).orderBy('date', 'desc').orderBy('id', 'desc'), page);

/** Inserts a visit. */
export const insertVisit = async (db: Executor, row: Insertable<ContactPointVisitsTable>): Promise<void> => {
  await db.insertInto('contact_point_visits').values(row).execute();
};

/** Deletes a visit, only while it is at the version the page showed (when given); false when nothing matched. */
export async function deleteVisit(db: Executor, id: string, version?: number): Promise<boolean> {
  let q = db.deleteFrom('contact_point_visits').where('id', '=', id);
  if (version !== undefined) q = q.where('version', '=', version);
  const res = await q.executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
