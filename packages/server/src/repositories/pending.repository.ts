import type { ConsultationStatus, ItemState, ProposalStatus, TopicState } from '@shangliang/core';
import type { SelectQueryBuilder } from 'kysely';
import { type Executor, inCountyScope } from './types.js';

/**
 * The counts behind the workbench's to-dos, within one county (null = the city): a county's topics at a state,
 * proposals with a status and items with a state (overdue included) from the tallies kept by triggers
 * (migrations 0015 and 0020, one row or a range of rows each), the others each one range of an index — a
 * topic's report and held consultation and an item's topic stage are columns kept by triggers (migration
 * 0018) — so a county's 20,000 topics cost the count of those at that stage, read from the index.
 * The counts are built here and run together, as one statement (countTogether).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CountQuery = SelectQueryBuilder<any, any, { n: number }>;

/** Topics of a county at a state; `report` / `held` narrow to those with (true) or without (false) a research report / a held consultation. */
export function topicsAt(db: Executor, county: string | null, state: TopicState, narrow: { report?: boolean; held?: boolean } = {}): CountQuery {
  if (narrow.report === undefined && narrow.held === undefined)
    return db.selectFrom('topic_tallies').where('county_id', '=', county ?? '').where('state', '=', state).select((eb) => eb.fn.sum<number>('n').as('n'));
  let q = db.selectFrom('topics').where(inCountyScope('county_id', [county])).where('state', '=', state);
  if (narrow.report !== undefined) q = q.where('has_report', '=', narrow.report ? 1 : 0);
  if (narrow.held !== undefined) q = q.where('has_held', '=', narrow.held ? 1 : 0);
  return q.select((eb) => eb.fn.countAll<number>().as('n'));
}

/** A county's proposals with a status. */
export const proposalsAt = (db: Executor, county: string | null, status: ProposalStatus): CountQuery =>
  db.selectFrom('proposal_tallies').where('county_id', '=', county ?? '').where('status', '=', status).select((eb) => eb.fn.sum<number>('n').as('n'));

/** A county's consultations with a status. */
export const consultationsAt = (db: Executor, county: string | null, status: ConsultationStatus): CountQuery =>
  db.selectFrom('consultations').where(inCountyScope('county_id', [county])).where('status', '=', status).select((eb) => eb.fn.countAll<number>().as('n'));

/** Items with a state in a county whose topics are at one of the given stages (e.g. suggestions awaiting 交办). */
export const itemsOfTopicsAt = (db: Executor, county: string | null, itemState: ItemState, topicStates: readonly TopicState[]): CountQuery =>
  db
    .selectFrom('handling_items')
    .where(inCountyScope('county_id', [county]))
    .where('state', '=', itemState)
    .where('topic_state', 'in', topicStates)
    .select((eb) => eb.fn.countAll<number>().as('n'));

/** Items with a state: a county's, or — with `leadDeptId` — one lead department's; `dueBefore` keeps those due before that day. */
export function itemsAt(db: Executor, where: { county: string | null } | { leadDeptId: string }, state: ItemState, dueBefore?: string): CountQuery {
  // The tally keeps due dates of the items under way only ('' for the others).
  if ('county' in where && (!dueBefore || state === 'assigned')) {
    let t = db.selectFrom('item_due_tallies').where('county_id', '=', where.county ?? '').where('state', '=', state);
    if (dueBefore) t = t.where('due_on', '>', '').where('due_on', '<', dueBefore);
    return t.select((eb) => eb.fn.sum<number>('n').as('n'));
  }
  let q = db.selectFrom('handling_items').where('state', '=', state);
  q = 'leadDeptId' in where ? q.where('lead_dept_id', '=', where.leadDeptId) : q.where(inCountyScope('county_id', [where.county]));
  if (dueBefore) q = q.where('due_on', '<', dueBefore);
  return q.select((eb) => eb.fn.countAll<number>().as('n'));
}

/** Runs the given counts in one statement (one round trip to PostgreSQL); a null count is not the user's and reads 0. */
export async function countTogether<K extends string>(db: Executor, counts: Readonly<Record<K, CountQuery | null>>): Promise<Record<K, number>> {
  const entries = Object.entries(counts) as [K, CountQuery | null][];
  const asked = entries.filter((e): e is [K, CountQuery] => e[1] !== null);
  const row = asked.length ? ((await db.selectNoFrom(asked.map(([k, q]) => q.as(k)) as never).executeTakeFirstOrThrow()) as Record<string, unknown>) : {};
  return Object.fromEntries(entries.map(([k]) => [k, Number(row[k] ?? 0)])) as Record<K, number>;
}
