import type { Insertable, Selectable } from 'kysely';
import type { ThesaurusGroupsTable } from '../db/schema-search.js';
import type { Executor } from './types.js';

/** A stored thesaurus group of a county (or of the city, county_id null). */
export type ThesaurusGroupRow = Selectable<ThesaurusGroupsTable>;

/** The groups of a county (null: the city's own), by head. */
export function listThesaurusGroups(db: Executor, countyId: string | null): Promise<ThesaurusGroupRow[]> {
  const q = db.selectFrom('thesaurus_groups').selectAll();
  return (countyId === null ? q.where('county_id', 'is', null) : q.where('county_id', '=', countyId)).orderBy('head').orderBy('id').execute();
}

/** Loads one group. */
export const findThesaurusGroup = (db: Executor, id: string): Promise<ThesaurusGroupRow | undefined> =>
  db.selectFrom('thesaurus_groups').selectAll().where('id', '=', id).executeTakeFirst();

/** The group of a county with that head, if any (one head per county). */
export function findThesaurusGroupByHead(db: Executor, countyId: string | null, head: string): Promise<ThesaurusGroupRow | undefined> {
  const q = db.selectFrom('thesaurus_groups').selectAll().where('head', '=', head);
  return (countyId === null ? q.where('county_id', 'is', null) : q.where('county_id', '=', countyId)).executeTakeFirst();
}

/** Inserts a group. */
export async function insertThesaurusGroup(db: Executor, row: Insertable<ThesaurusGroupsTable>): Promise<void> {
  await db.insertInto('thesaurus_groups').values(row).execute();
}

/** Deletes a group, only at the version given when one is; whether a row went. */
export async function deleteThesaurusGroup(db: Executor, id: string, version?: number): Promise<boolean> {
  let q = db.deleteFrom('thesaurus_groups').where('id', '=', id);
  if (version !== undefined) q = q.where('version', '=', version);
  const res = await q.executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
