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
  return (eb: ExpressionBuilder<Database, 'topic_tallies' | 'proposal_tallies' | 'item_tallies' | 'item_due_tallies'>) =>
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

/** Per lead department ('' = none yet) and state: all items, and of those under way the overdue and due soon. */
export interface ItemTally {
  readonly leadDeptId: string;
  readonly state: string;
  readonly n: number;
  readonly overdue: number;
  readonly dueSoon: number;
}

/** Handling items within a scope, by lead department and state, with their countdowns on the given days. */
export async function tallyItems(db: Executor, scope: Scope, days: DueDays): Promise<ItemTally[]> {
  const underWay = sql`state = 'assigned' and due_on <> ''`;
  // Grouped in the key's order (county first), so the rows are summed as the index is read, without a sort;
  // the counties are merged here.
  const rows = await db
    .selectFrom('item_tallies')
    .where(inScope(scope))
    .select([
      'county_id',
      'lead_dept_id',
      'state',
      (eb) => eb.fn.sum<number>('n').as('n'),
      sql<number>`sum(case when ${underWay} and due_on < ${days.today} then n else 0 end)`.as('overdue'),
      sql<number>`sum(case when ${underWay} and due_on >= ${days.today} and due_on <= ${days.soonUntil} then n else 0 end)`.as('due_soon'),
    ])
    .groupBy(['county_id', 'lead_dept_id', 'state'])
    .execute();
  const merged = new Map<string, { leadDeptId: string; state: string; n: number; overdue: number; dueSoon: number }>();
  for (const r of rows) {
    if (Number(r.n) <= 0) continue;
    const key = `${r.lead_dept_id}\u0000${r.state}`;
    const t = merged.get(key) ?? { leadDeptId: r.lead_dept_id, state: r.state, n: 0, overdue: 0, dueSoon: 0 };
    t.n += Number(r.n);
    t.overdue += Number(r.overdue ?? 0);
    t.dueSoon += Number(r.due_soon ?? 0);
    merged.set(key, t);
  }
  return [...merged.values()];
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
