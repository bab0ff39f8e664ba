import { PostgresAdapter, type RawBuilder, sql } from 'kysely';
import type { DayRange } from '@shangliang/core';
import type { Counties } from './statistics.repository.js';
import { type Executor, inCountyScope } from './types.js';

// 建议办理 figures of the suggestions assigned (交办) in a period, each in its current round: a 不满意 测评 starts
// a new round with a new assignment day and due date (evaluate-item.ts), so the round's own answer is measured
// against the round's own dates. An item counts as answered from the round's first written answer (书面反馈);
// it is answered on time when that answer came by the end of the due day in Asia/Shanghai (16:00 UTC). A 督办
// that set a new due date moves it, as the office decided.

/** One group's handling figures: a county's, or a department's. */
export interface HandlingTally {
  readonly key: string | null;
  readonly items: number;
  readonly answered: number;
  readonly onTime: number;
  /** Unanswered and past the due date: the rest of what has come due. */
  readonly overdueUnanswered: number;
  /** Under way (办理中) past the due date, as the board counts it. */
  readonly overdueNow: number;
  readonly answerDays: number;
  readonly rehandled: number;
  readonly extraRounds: number;
}

const num = (x: unknown): number => Number(x ?? 0);

/** Whole days from a YYYY-MM-DD column to the Shanghai day of an ISO instant, on either engine. */
function daysToAnswer(db: Executor, fromDay: RawBuilder<unknown>, answeredAt: RawBuilder<unknown>): RawBuilder<number> {
  const shanghaiDay = sql`substr(${answeredAt}, 1, 19)`;
  if (db.getExecutor().adapter instanceof PostgresAdapter) return sql<number>`(date (cast(${shanghaiDay} as timestamp) + interval '8 hours') - cast(${fromDay} as date))`;
  return sql<number>`cast(round(julianday(date(${shanghaiDay}, '+8 hours')) - julianday(${fromDay})) as integer)`;
}

/** The items assigned in the period within the counties, each with its first answer's instant (copied onto the item, migration 0027). */
function assigned(db: Executor, counties: Counties, days: DayRange) {
  return db
    .selectFrom('handling_items as h')
    .where(inCountyScope('h.county_id', counties))
    .where('h.assigned_on', '>=', days.from)
    .where('h.assigned_on', '<', days.to)
    .select([
      'h.suggestion_id',
      'h.county_id',
      'h.lead_dept_id',
      'h.state',
      'h.round',
      'h.assigned_on',
      'h.due_on',
      'h.first_answer_at as first_answer',
    ]);
}

/** Handling figures of the items assigned in the period, grouped by county or by lead department. */
export async function tallyHandling(db: Executor, counties: Counties, days: DayRange, today: string, by: 'county' | 'department'): Promise<HandlingTally[]> {
  const key = by === 'county' ? sql.ref('x.county_id') : sql.ref('x.lead_dept_id');
  const answered = sql`x.first_answer is not null`;
  const rows = await db
    .selectFrom(assigned(db, counties, days).as('x'))
    .select([
      sql<string | null>`${key}`.as('key'),
      sql<number>`count(*)`.as('items'),
      sql<number>`sum(case when ${answered} then 1 else 0 end)`.as('answered'),
      sql<number>`sum(case when ${answered} and x.first_answer < x.due_on || 'T16:00:00.000Z' then 1 else 0 end)`.as('on_time'),
      sql<number>`sum(case when x.first_answer is null and x.state = 'assigned' and x.due_on < ${today} then 1 else 0 end)`.as('overdue_unanswered'),
      sql<number>`sum(case when x.state = 'assigned' and x.due_on < ${today} then 1 else 0 end)`.as('overdue_now'),
      sql<number>`sum(case when ${answered} then ${daysToAnswer(db, sql`x.assigned_on`, sql`x.first_answer`)} else 0 end)`.as('answer_days'),
      sql<number>`sum(case when x.round > 1 then 1 else 0 end)`.as('rehandled'),
      sql<number>`sum(x.round - 1)`.as('extra_rounds'),
    ])
    .groupBy(key)
    .execute();
  return rows.map((r) => ({
    key: r.key,
    items: num(r.items),
    answered: num(r.answered),
    onTime: num(r.on_time),
    overdueUnanswered: num(r.overdue_unanswered),
    overdueNow: num(r.overdue_now),
    answerDays: num(r.answer_days),
    rehandled: num(r.rehandled),
    extraRounds: num(r.extra_rounds),
  }));
}

const itemsOf = (db: Executor, countyId: string | null, days: DayRange) =>
  db
    .selectFrom('handling_items as h')
    .select('h.suggestion_id')
    .where(inCountyScope('h.county_id', [countyId]))
    .where('h.assigned_on', '>=', days.from)
    .where('h.assigned_on', '<', days.to);

/** One county's items assigned in the period: accepted answers of the current round by result class, 测评 by rating, conversions by kind. */
export async function countHandlingClasses(db: Executor, countyId: string | null, days: DayRange): Promise<{ classes: { key: string; n: number }[]; ratings: { key: string; n: number }[]; conversions: { key: string; n: number }[] }> {
  const items = () => itemsOf(db, countyId, days);
  const [classes, ratings, conversions] = await Promise.all([
    db
      .selectFrom('handling_items as h')
      .innerJoin('feedbacks as f', (j) => j.onRef('f.suggestion_id', '=', 'h.suggestion_id').onRef('f.round', '=', 'h.round'))
      .where('f.status', '=', 'accepted')
      .where(inCountyScope('h.county_id', [countyId]))
      .where('h.assigned_on', '>=', days.from)
      .where('h.assigned_on', '<', days.to)
      .select(['f.result_class as key', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('f.result_class')
      .execute(),
    db.selectFrom('evaluations as e').where('e.suggestion_id', 'in', items()).select(['e.rating as key', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('e.rating').execute(),
    db
      .selectFrom('suggestions as s')
      .where('s.id', 'in', items())
      .where('s.conversion', 'is not', null)
      .select([sql<string>`s.conversion`.as('key'), (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('s.conversion')
      .execute(),
  ]);
  const rows = (xs: readonly { key: string; n: unknown }[]) => xs.map((r) => ({ key: r.key, n: num(r.n) }));
  return { classes: rows(classes), ratings: rows(ratings), conversions: rows(conversions) };
}

/** 督办 of one county's items assigned in the period, per lead department. */
export async function countSupervisions(db: Executor, countyId: string | null, days: DayRange): Promise<{ dept_id: string | null; n: number }[]> {
  const rows = await db
    .selectFrom('item_events as e')
    .innerJoin('handling_items as h', 'h.suggestion_id', 'e.suggestion_id')
    .where('e.kind', '=', 'supervise')
    .where(inCountyScope('h.county_id', [countyId]))
    .where('h.assigned_on', '>=', days.from)
    .where('h.assigned_on', '<', days.to)
    .select(['h.lead_dept_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('h.lead_dept_id')
    .execute();
  return rows.map((r) => ({ dept_id: r.lead_dept_id, n: num(r.n) }));
}
