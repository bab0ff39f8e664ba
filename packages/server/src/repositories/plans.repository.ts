import { type Insertable, type Selectable, sql } from 'kysely';
import type { PlansTable } from '../db/schema-topics.js';
import { type Executor, inCountyScope } from './types.js';

/** A stored 年度协商计划. */
export type PlanRow = Selectable<PlansTable>;

/** Loads one plan. */
export const findPlan = (db: Executor, id: string): Promise<PlanRow | undefined> =>
  db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();

/** Loads several plans by id, in one query. */
export async function findPlans(db: Executor, ids: readonly string[]): Promise<Map<string, PlanRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('plans').selectAll().where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** A county's plans (null = the city's), optionally of one year, newest first. */
export function listCountyPlans(db: Executor, countyId: string | null, year?: number): Promise<PlanRow[]> {
  let q = db.selectFrom('plans').selectAll().where(inCountyScope('county_id', [countyId]));
  if (year) q = q.where('year', '=', year);
  return q.orderBy('year', 'desc').orderBy('created_at', 'desc').execute();
}

/** True when the county already has a plan of that year and title (other than `exceptId`). */
export async function planTitleTaken(db: Executor, countyId: string | null, year: number, title: string, exceptId?: string): Promise<boolean> {
  let q = db.selectFrom('plans').select('id').where('year', '=', year).where('title', '=', title).where(inCountyScope('county_id', [countyId]));
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** Inserts a plan. */
export const insertPlan = async (db: Executor, row: Insertable<PlansTable>): Promise<void> => {
  await db.insertInto('plans').values(row).execute();
};

/** Per plan: its topics, and how many of them are at one of the `done` states — counted in SQL. */
export async function countPlanTopics(db: Executor, planIds: readonly string[], done: readonly string[]): Promise<Map<string, { topics: number; done: number }>> {
  if (planIds.length === 0) return new Map();
  const isDone = done.length ? sql<number>`case when state in (${sql.join(done)}) then 1 else 0 end` : sql<number>`0`;
  const rows = await db
    .selectFrom('topics')
    .select([
      'plan_id',
      (eb) => eb.fn.countAll<number>().as('n'),
      sql<number>`sum(${isDone})`.as('done'),
    ])
    .where('plan_id', 'in', [...planIds])
    .groupBy('plan_id')
    .execute();
  return new Map(rows.map((r) => [r.plan_id!, { topics: Number(r.n), done: Number(r.done ?? 0) }]));
}
