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
  return (eb: ExpressionBuilder<Database, 'topic_tallies' | 'proposal_tallies' | 'item_tallies' | 'item_due_tallies' | 'item_dept_tallies'>) =>
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

/** One lead department's items: all, open, overdue, due soon and settled. */
export interface DepartmentTally {
  readonly departmentId: string;
  readonly total: number;
  readonly open: number;
  readonly overdue: number;
  readonly dueSoon: number;
  readonly settled: number;
}

/**
 * Handling items within a scope per lead department, with their countdowns on the given days: the totals from
 * the per-department tally (one row per county, department and state, summed in key order without a sort),
 * the countdowns from the items due by the end of the due-soon window only (migration 0022's index).
 * Items not yet given a lead department are left out.
 */
export async function tallyItems(db: Executor, scope: Scope, days: DueDays): Promise<DepartmentTally[]> {
  const [totals, countdowns] = await Promise.all([
    db
      .selectFrom('item_dept_tallies')
      .where(inScope(scope))
      .where('lead_dept_id', '<>', '')
      .select(['lead_dept_id', (eb) => eb.fn.sum<number>('n').as('n'), sql<number>`sum(case when state = 'settled' then n else 0 end)`.as('settled')])
      .groupBy(['county_id', 'lead_dept_id'])
      .execute(),
    db
      .selectFrom('item_tallies')
      .where('state', '=', 'assigned')
      .where('due_on', '>', '')
      .where('due_on', '<=', days.soonUntil)
      .where(inScope(scope))
      .where('lead_dept_id', '<>', '')
      .select(['lead_dept_id', sql<number>`sum(case when due_on < ${days.today} then n else 0 end)`.as('overdue'), sql<number>`sum(case when due_on >= ${days.today} then n else 0 end)`.as('due_soon')])
      .groupBy('lead_dept_id')
      .execute(),
  ]);
  const byDept = new Map<string, { departmentId: string; total: number; open: number; overdue: number; dueSoon: number; settled: number }>();
  for (const r of totals) {
    const d = byDept.get(r.lead_dept_id) ?? { departmentId: r.lead_dept_id, total: 0, open: 0, overdue: 0, dueSoon: 0, settled: 0 };
    const n = Number(r.n);
    const settled = Number(r.settled ?? 0);
    d.total += n;
    d.settled += settled;
    d.open += n - settled;
    byDept.set(r.lead_dept_id, d);
  }
  for (const r of countdowns) {
    const d = byDept.get(r.lead_dept_id);
    if (!d) continue;
    d.overdue += Number(r.overdue ?? 0);
    d.dueSoon += Number(r.due_soon ?? 0);
  }
  return [...byDept.values()].filter((d) => d.total > 0);
}

/** Handling items within a scope by state, and of those under way the overdue and due soon, from the board's tally (migration 0020). */
export async function tallyItemStates(db: Executor, scope: Scope, days: DueDays): Promise<{ byState: Record<string, number>; overdue: number; dueSoon: number }> {
  const underWay = sql`state = 'assigned' and due_on <> ''`;
  const rows = await db
    .selectFrom('item_due_tallies')
    .where(inScope(scope))
    .select([
      'state',
      (eb) => eb.fn.sum<number>('n').as('n'),
      sql<number>`sum(case when ${underWay} and due_on < ${days.today} then n else 0 end)`.as('overdue'),
      sql<number>`sum(case when ${underWay} and due_on >= ${days.today} and due_on <= ${days.soonUntil} then n else 0 end)`.as('due_soon'),
    ])
    .groupBy('state')
    .execute();
  const byState: Record<string, number> = {};
  let overdue = 0;
  let dueSoon = 0;
  for (const r of rows) {
    if (Number(r.n) > 0) byState[r.state] = Number(r.n);
    overdue += Number(r.overdue ?? 0);
    dueSoon += Number(r.due_soon ?? 0);
  }
  return { byState, overdue, dueSoon };
}
