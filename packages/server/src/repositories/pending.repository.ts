import type { ConsultationStatus, ItemState, ProposalStatus, TopicState } from '@shangliang/core';
import { type Executor, inCountyScope } from './types.js';

/**
 * The counts behind the workbench's to-dos, within one county (null = the city): each one range of an index
 * — a topic's report and held consultation and an item's topic stage are columns kept by triggers
 * (migration 0018) — so a county's 20,000 topics cost the count of those at that stage, read from the index.
 */
const n = async (p: Promise<{ n: unknown }>): Promise<number> => Number((await p).n);

/** Topics of a county at a state; `report` / `held` narrow to those with (true) or without (false) a research report / a held consultation. */
export function countTopicsAt(db: Executor, county: string | null, state: TopicState, narrow: { report?: boolean; held?: boolean } = {}): Promise<number> {
  let q = db.selectFrom('topics').where(inCountyScope('county_id', [county])).where('state', '=', state);
  if (narrow.report !== undefined) q = q.where('has_report', '=', narrow.report ? 1 : 0);
  if (narrow.held !== undefined) q = q.where('has_held', '=', narrow.held ? 1 : 0);
  return n(q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow());
}

/** A county's proposals with a status. */
export const countProposalsAt = (db: Executor, county: string | null, status: ProposalStatus): Promise<number> =>
  n(db.selectFrom('proposals').where(inCountyScope('county_id', [county])).where('status', '=', status).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow());

/** A county's consultations with a status. */
export const countConsultationsAt = (db: Executor, county: string | null, status: ConsultationStatus): Promise<number> =>
  n(db.selectFrom('consultations').where(inCountyScope('county_id', [county])).where('status', '=', status).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow());

/** Items with a state in a county whose topics are at one of the given stages (e.g. suggestions awaiting 交办). */
export const countItemsOfTopicsAt = (db: Executor, county: string | null, itemState: ItemState, topicStates: readonly TopicState[]): Promise<number> =>
  n(
    db
      .selectFrom('handling_items')
      .where(inCountyScope('county_id', [county]))
      .where('state', '=', itemState)
      .where('topic_state', 'in', topicStates)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  );

/** Items with a state: a county's, or — with `leadDeptId` — one lead department's; `dueBefore` keeps those due before that day. */
export function countItemsAt(db: Executor, where: { county: string | null } | { leadDeptId: string }, state: ItemState, dueBefore?: string): Promise<number> {
  let q = db.selectFrom('handling_items').where('state', '=', state);
  q = 'leadDeptId' in where ? q.where('lead_dept_id', '=', where.leadDeptId) : q.where(inCountyScope('county_id', [where.county]));
  if (dueBefore) q = q.where('due_on', '<', dueBefore);
  return n(q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow());
}
