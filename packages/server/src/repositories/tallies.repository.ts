import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import type { DueDays } from './handling.repository.js';
import type { Executor } from './types.js';

/**
 * Reads the counts kept by triggers (migration 0015) instead of counting rows: a county's topics by state
 * read one row per state, the city's 200,000 handling items a few thousand tally rows.
 * A scope lists county ids; null stands for the city's own rows (stored as '').
 */
type Scope = readonly (string | null)[] | undefined;

function inScope(scope: Scope) {
  return (eb: ExpressionBuilder<Database, 'topic_tallies' | 'proposal_tallies' | 'item_tallies' | 'item_due_tallies' | 'item_dept_tallies' | 'dept_item_tallies'>) =>
    scope ? (scope.length ? eb('county_id', 'in', scope.map((c) => c ?? '')) : eb.lit(false)) : eb.lit(true);
}

const byKey = (rows: readonly { key: string; n: unknown }[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const r of rows) if (Number(r.n) > 0) out[r.key] = Number(r.n);
  return out;
};

/** Topics by state within a scope (all counties when none is given). */
export async function tallyTopics(db: Executor, scope: Scope): Promise<Record<string, number>> {
  const rows = await db.selectFrom('topic_tallies').where(inScope(scope)).select(['state as key', (eb) => eb.fn.sum<number>('n').as('n')]).groupBy('state').execute();
  return byKey(rows);
}

/** Proposals by status within a scope. */
export async function tallyProposals(db: Executor, scope: Scope): Promise<Record<string, number>> {
  const rows = await db.selectFrom('proposal_tallies').where(inScope(scope)).select(['status as key', (eb) => eb.fn.sum<number>('n').as('n')]).groupBy('status').execute();
  return byKey(rows);
}

/** One lead department's items: all, open, overdue, due soon and settled; with its name. */
export interface DepartmentTally {
  readonly departmentId: string;
  readonly total: number;
  readonly open: number;
  readonly overdue: number;
  readonly dueSoon: number;
  readonly settled: number;
  readonly departmentName: string | null;
}

/**
 * Handling items within a scope per lead department, with their countdowns on the given days and the
 * department's name, in one query that returns one row per department: the totals from the per-department
 * tally (one row per county, department and state, grouped in key order without a sort), each department's
 * overdue and due soon from its own item_tallies rows (two key ranges of the tally's primary key, among the
 * items due by the end of the due-soon window only) instead of grouping every department's rows of the
 * window together, and the name joined to the grouped rows. Items not yet given a lead department are left out.
 */
export async function tallyItems(db: Executor, scope: Scope, days: DueDays): Promise<DepartmentTally[]> {
  const due = (from: 'overdue' | 'due_soon') => (eb: ExpressionBuilder<Database, 'item_dept_tallies'>) => {
    let q = eb
      .selectFrom('item_tallies as t')
      .whereRef('t.county_id', '=', 'item_dept_tallies.county_id')
      .whereRef('t.lead_dept_id', '=', 'item_dept_tallies.lead_dept_id')
      .where('t.state', '=', 'assigned');
    q = from === 'overdue' ? q.where('t.due_on', '>', '').where('t.due_on', '<', days.today) : q.where('t.due_on', '>=', days.today).where('t.due_on', '<=', days.soonUntil);
    return q.select((e) => e.fn.sum<number>('t.n').as('n')).as(from);
  };
  const totals = db
    .selectFrom('item_dept_tallies')
    .where(inScope(scope))
    .where('lead_dept_id', '<>', '')
    .select(['county_id', 'lead_dept_id', (eb) => eb.fn.sum<number>('n').as('n'), sql<number>`sum(case when state = 'settled' then n else 0 end)`.as('settled'), due('overdue'), due('due_soon')])
    .groupBy(['county_id', 'lead_dept_id']);
  const rows = await db
    .selectFrom(totals.as('d'))
    .leftJoin('organisations as o', 'o.id', 'd.lead_dept_id')
    .selectAll('d')
    .select('o.name')
    .orderBy('d.county_id')
    .orderBy('d.lead_dept_id')
    .execute();
  const byDept = new Map<string, { departmentId: string; total: number; open: number; overdue: number; dueSoon: number; settled: number; departmentName: string | null }>();
  for (const r of rows) {
    const d = byDept.get(r.lead_dept_id) ?? { departmentId: r.lead_dept_id, total: 0, open: 0, overdue: 0, dueSoon: 0, settled: 0, departmentName: r.name ?? null };
    const n = Number(r.n);
    const settled = Number(r.settled ?? 0);
    d.total += n;
    d.settled += settled;
    d.open += n - settled;
    d.overdue += Number(r.overdue ?? 0);
    d.dueSoon += Number(r.due_soon ?? 0);
    byDept.set(r.lead_dept_id, d);
  }
  return [...byDept.values()].filter((d) => d.total > 0);
}

/** Counts by state, and of the items under way the overdue and due soon. */
export interface ItemStateTally {
  readonly byState: Record<string, number>;
  readonly overdue: number;
  readonly dueSoon: number;
}

/**
 * Handling items within a scope by state, and of those under way the overdue and due soon, from the board's
 * tally (migration 0020): the states in (state, due date) order, the countdowns as two ranges of the items
 * under way (migration 0030's index for the city, the tally's key for a county), in one statement.
 */
export async function tallyItemStates(db: Executor, scope: Scope, days: DueDays): Promise<ItemStateTally> {
  // The subqueries' unqualified columns are their own rows'.
  const underWay = (eb: ExpressionBuilder<Database, 'item_due_tallies'>) => eb.selectFrom('item_due_tallies').where(inScope(scope)).where('state', '=', 'assigned');
  const rows = await db
    .selectFrom('item_due_tallies')
    .where(inScope(scope))
    .select([
      'state',
      (eb) => eb.fn.sum<number>('n').as('n'),
      (eb) => underWay(eb).where('due_on', '>', '').where('due_on', '<', days.today).select((e) => e.fn.sum<number>('n').as('n')).as('overdue'),
      (eb) => underWay(eb).where('due_on', '>=', days.today).where('due_on', '<=', days.soonUntil).select((e) => e.fn.sum<number>('n').as('n')).as('due_soon'),
    ])
    .groupBy('state')
    .execute();
  // Each row carries the scope's countdowns (the two subqueries do not depend on the row).
  return { byState: statesOf(rows), overdue: Number(rows[0]?.overdue ?? 0), dueSoon: Number(rows[0]?.due_soon ?? 0) };
}

/** Tally rows' counts by state, without the empty ones. */
function statesOf(rows: readonly { state: string; n: unknown }[]): Record<string, number> {
  const byState: Record<string, number> = {};
  for (const r of rows) if (Number(r.n) > 0) byState[r.state] = Number(r.n);
  return byState;
}

/**
 * One department's items (主办 or 会办), within a county scope when given, by state, and of those under way
 * the overdue and due soon: from the department's rows of the tally of migration 0030 (one per state, and
 * one per due date of the items under way), not from its items.
 */
export async function tallyDepartmentItems(db: Executor, deptId: string, scope: Scope, days: DueDays): Promise<ItemStateTally> {
  const rows = await db
    .selectFrom('dept_item_tallies')
    .where('dept_id', '=', deptId)
    .where(inScope(scope))
    .select([
      'state',
      (eb) => eb.fn.sum<number>('n').as('n'),
      sql<number>`sum(case when state = 'assigned' and due_on <> '' and due_on < ${days.today} then n else 0 end)`.as('overdue'),
      sql<number>`sum(case when state = 'assigned' and due_on >= ${days.today} and due_on <= ${days.soonUntil} then n else 0 end)`.as('due_soon'),
    ])
    .groupBy('state')
    .execute();
  return { byState: statesOf(rows), overdue: rows.reduce((n, r) => n + Number(r.overdue ?? 0), 0), dueSoon: rows.reduce((n, r) => n + Number(r.due_soon ?? 0), 0) };
}
