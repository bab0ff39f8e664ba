import type { Insertable, Selectable } from 'kysely';
import type { SolicitationsTable } from '../db/schema-topics.js';
import { type Executor, inCountyScope } from './types.js';

/** A stored 公开征集. */
export type SolicitationRow = Selectable<SolicitationsTable>;

/** Loads one solicitation. */
export const findSolicitation = (db: Executor, id: string): Promise<SolicitationRow | undefined> =>
  db.selectFrom('solicitations').selectAll().where('id', '=', id).executeTakeFirst();

/** A county's solicitations (null = the city's), latest opening first. */
export const listCountySolicitations = (db: Executor, countyId: string | null): Promise<SolicitationRow[]> =>
  db.selectFrom('solicitations').selectAll().where(inCountyScope('county_id', [countyId])).orderBy('opens_on', 'desc').execute();

/** Inserts a solicitation. */
export const insertSolicitation = async (db: Executor, row: Insertable<SolicitationsTable>): Promise<void> => {
  await db.insertInto('solicitations').values(row).execute();
};

/** The number of proposals received by each solicitation, in one query. */
export async function countProposalsBySolicitation(db: Executor, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('proposals')
    .select(['solicitation_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('solicitation_id', 'in', [...ids])
    .groupBy('solicitation_id')
    .execute();
  return new Map(rows.map((r) => [r.solicitation_id!, Number(r.n)]));
}

/** Solicitations open on a day (optionally of one county), with their county's name, closing soonest first. */
export function listOpenSolicitations(db: Executor, today: string, countyId?: string) {
  let q = db
    .selectFrom('solicitations as s')
    .leftJoin('organisations as o', 'o.id', 's.county_id')
    .select(['s.id', 's.county_id', 'o.name as county_name', 's.title', 's.scope', 's.opens_on', 's.closes_on'])
    .where('s.opens_on', '<=', today)
    .where('s.closes_on', '>=', today);
  if (countyId) q = q.where('s.county_id', '=', countyId);
  return q.orderBy('s.closes_on').execute();
}
