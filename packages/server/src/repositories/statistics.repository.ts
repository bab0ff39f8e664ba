import { sql } from 'kysely';
import type { DayRange, LeaderBody, ParticipationKind } from '@shangliang/core';
import { type Executor, inCountyScope } from './types.js';

// 协商频次统计 (第四条(六)): counts of a period, grouped by county so that one query serves both a county's
// page (one county) and the city dashboard (all of them). Activity days are YYYY-MM-DD; consultations
// start at an instant, compared with the period's bounds in Asia/Shanghai as instants.

/** The counties a statistics query covers; null stands for the city's own records. */
export type Counties = readonly (string | null)[];

/** A count of one county and one key. */
export interface KeyedCount {
  readonly county_id: string | null;
  readonly key: string;
  readonly n: number;
}

const num = (x: unknown): number => Number(x ?? 0);

/** The tallies' key for the counties ('' stands for the city's own records). */
const tallyKeys = (counties: Counties) => counties.map((c) => c ?? '');
const fromTallyKey = (county: string): string | null => (county === '' ? null : county);

/** Research activities (调研) and follow-ups (跟踪问效) of the period per county, by the topic's county (from activity_tallies). */
export async function countTopicActivities(db: Executor, counties: Counties, days: DayRange): Promise<KeyedCount[]> {
  const rows = await db
    .selectFrom('activity_tallies')
    .where('county_id', 'in', tallyKeys(counties))
    .where('day', '>=', days.from)
    .where('day', '<', days.to)
    .select((eb) => ['county_id', 'kind as key', eb.fn.sum<number>('n').as('n')])
    .groupBy(['county_id', 'kind'])
    .execute();
  return rows.map((r) => ({ county_id: fromTallyKey(r.county_id), key: r.key, n: num(r.n) })).filter((r) => r.n > 0);
}

/**
 * Consultations held in the period per county, with how many a party or government 负责同志 attended
 * (a leader participant present, of a leading body, marked principal).
 */
export async function countHeldConsultations(
  db: Executor,
  counties: Counties,
  instants: DayRange,
  leadingBodies: readonly LeaderBody[],
): Promise<{ county_id: string | null; held: number; led: number }[]> {
  const rows = await db
    .selectFrom('consultations as c')
    .where('c.status', '=', 'held')
    .where(inCountyScope('c.county_id', counties))
    .where('c.starts_at', '>=', instants.from)
    .where('c.starts_at', '<', instants.to)
    .select((eb) => [
      'c.county_id',
      eb.fn.countAll<number>().as('held'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(
              eb.exists(
                eb
                  .selectFrom('consultation_participants as p')
                  .select(sql`1`.as('one'))
                  .whereRef('p.consultation_id', '=', 'c.id')
                  .where('p.kind', '=', 'leader')
                  .where('p.attended', '=', 1)
                  .where('p.leader_principal', '=', 1)
                  .where('p.leader_body', 'in', leadingBodies),
              ),
            )
            .then(1)
            .else(0)
            .end(),
        )
        .as('led'),
    ])
    .groupBy('c.county_id')
    .execute();
  return rows.map((r) => ({ county_id: r.county_id, held: num(r.held), led: num(r.led) }));
}

/** One county's consultations held in the period by form, level and 联动. */
export async function countConsultationForms(db: Executor, countyId: string | null, instants: DayRange): Promise<{ form: string; level: string; joint: number; n: number }[]> {
  const rows = await db
    .selectFrom('consultations as c')
    .where('c.status', '=', 'held')
    .where(inCountyScope('c.county_id', [countyId]))
    .where('c.starts_at', '>=', instants.from)
    .where('c.starts_at', '<', instants.to)
    .select(['c.form', 'c.level', 'c.joint', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['c.form', 'c.level', 'c.joint'])
    .execute();
  return rows.map((r) => ({ form: r.form, level: r.level, joint: num(r.joint), n: num(r.n) }));
}

/**
 * Consultations held in the period per county and the organisation of their venue (a township's or a
 * village's 委员工作站, say): where a consultation took place, as the organisation tree knows it.
 */
export async function countConsultationsByPlace(db: Executor, counties: Counties, instants: DayRange): Promise<{ county_id: string | null; org_id: string; n: number }[]> {
  const rows = await db
    .selectFrom('consultations as c')
    .innerJoin('venues as v', 'v.id', 'c.venue_id')
    .where('c.status', '=', 'held')
    .where(inCountyScope('c.county_id', counties))
    .where('c.starts_at', '>=', instants.from)
    .where('c.starts_at', '<', instants.to)
    .select(['c.county_id', 'v.org_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['c.county_id', 'v.org_id'])
    .execute();
  return rows.map((r) => ({ county_id: r.county_id, org_id: r.org_id, n: num(r.n) }));
}

/** The active townships, villages and communities of the counties (the places that should consult every year). */
export function listPlaces(db: Executor, counties: Counties) {
  return db
    .selectFrom('organisations')
    .select(['id', 'parent_id', 'county_id', 'kind', 'name', 'sort_order'])
    .where('kind', 'in', ['township', 'village', 'community'])
    .where('active', '=', 1)
    .where(inCountyScope('county_id', counties))
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
}

/** The year's plans of a county and their topics: how many, and how many have held their consultation. */
export async function countPlannedTopics(db: Executor, countyId: string | null, year: number): Promise<{ plans: number; planned: number; done: number }> {
  const plans = db.selectFrom('plans').select('id').where(inCountyScope('county_id', [countyId])).where('year', '=', year);
  const [p, t] = await Promise.all([
    db.selectFrom('plans').where(inCountyScope('county_id', [countyId])).where('year', '=', year).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db
      .selectFrom('topics')
      .where('plan_id', 'in', plans)
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('has_held').as('done')])
      .executeTakeFirstOrThrow(),
  ]);
  return { plans: num(p.n), planned: num(t.n), done: num(t.done) };
}

/** One county's topics created in the period by state, and by the sources of the proposals merged into them. */
export async function countTopics(db: Executor, countyId: string | null, instants: DayRange): Promise<{ byState: { key: string; n: number }[]; bySource: { key: string; n: number }[]; withProposal: number }> {
  const topics = db
    .selectFrom('topics as t')
    .where(inCountyScope('t.county_id', [countyId]))
    .where('t.created_at', '>=', instants.from)
    .where('t.created_at', '<', instants.to);
  const [byState, bySource, withProposal] = await Promise.all([
    topics.select(['t.state as key', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('t.state').execute(),
    topics
      // A proposal is of its topic's county (a merge across counties is refused), so the county's own proposals are read.
      .innerJoin('proposals as p', (j) => j.onRef('p.county_id', '=', 't.county_id').onRef('p.topic_id', '=', 't.id'))
      .select(['p.source as key', (eb) => eb.fn.count<number>('t.id').distinct().as('n')])
      .groupBy('p.source')
      .execute(),
    topics
      .where((eb) => eb.exists(eb.selectFrom('proposals as p').select(sql`1`.as('one')).whereRef('p.county_id', '=', 't.county_id').whereRef('p.topic_id', '=', 't.id')))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const rows = (xs: readonly { key: string; n: unknown }[]) => xs.map((r) => ({ key: r.key, n: num(r.n) }));
  return { byState: rows(byState), bySource: rows(bySource), withProposal: num(withProposal.n) };
}

/** One county's proposals received in the period by status and exclusion reason. */
export async function countProposals(db: Executor, countyId: string | null, instants: DayRange): Promise<{ status: string; reason: string | null; n: number }[]> {
  const rows = await db
    .selectFrom('proposals')
    .where(inCountyScope('county_id', [countyId]))
    .where('created_at', '>=', instants.from)
    .where('created_at', '<', instants.to)
    .select(['status', 'exclusion_reason', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['status', 'exclusion_reason'])
    .execute();
  return rows.map((r) => ({ status: r.status, reason: r.exclusion_reason, n: num(r.n) }));
}

/** 部门支持 (第六条(三)) given to one county's consultations held in the period, per department and kind. */
export async function countSupport(db: Executor, countyId: string | null, instants: DayRange): Promise<{ org_id: string; kind: string; n: number }[]> {
  const rows = await db
    .selectFrom('consultation_support as s')
    .innerJoin('consultations as c', 'c.id', 's.consultation_id')
    .where('c.status', '=', 'held')
    .where(inCountyScope('c.county_id', [countyId]))
    .where('c.starts_at', '>=', instants.from)
    .where('c.starts_at', '<', instants.to)
    .select(['s.org_id', 's.kind', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['s.org_id', 's.kind'])
    .execute();
  return rows.map((r) => ({ org_id: r.org_id, kind: r.kind, n: num(r.n) }));
}

/**
 * Members with a participation per county in the year, and the participations: from participation_tallies
 * for the whole year, from the rows when narrowed to the period's days.
 */
export async function countParticipation(db: Executor, counties: Counties, year: number, days?: DayRange): Promise<{ county_id: string | null; members: number; participations: number }[]> {
  if (!days) {
    const tallied = await db
      .selectFrom('participation_tallies')
      .where('county_id', 'in', tallyKeys(counties))
      .where('year', '=', year)
      .where('n', '>', 0)
      .select((eb) => ['county_id', eb.fn.count<number>('user_id').distinct().as('members'), eb.fn.sum<number>('n').as('participations')])
      .groupBy('county_id')
      .execute();
    return tallied.map((r) => ({ county_id: fromTallyKey(r.county_id), members: num(r.members), participations: num(r.participations) }));
  }
  const rows = await db
    .selectFrom('participations')
    .where(inCountyScope('county_id', counties))
    .where('year', '=', year)
    .where('on_date', '>=', days.from)
    .where('on_date', '<', days.to)
    .select((eb) => ['county_id', eb.fn.count<number>('user_id').distinct().as('members'), eb.fn.countAll<number>().as('participations')])
    .groupBy('county_id')
    .execute();
  return rows.map((r) => ({ county_id: r.county_id, members: num(r.members), participations: num(r.participations) }));
}

/** The county-level organisations (the 17), in the city's order. */
export const listCounties = (db: Executor) =>
  db.selectFrom('organisations').select(['id', 'name', 'region_name']).where('kind', '=', 'county').orderBy('sort_order').orderBy('name').execute();

/** The keys of the city's statistics thresholds in county_settings (scope '': the city). */
export const THRESHOLD_KEYS = { minActivities: 'statistics.min_activities', minLeaderShare: 'statistics.min_leader_share' } as const;

/** The stored thresholds (absent ones left out) and their version (1 before the first save). */
export async function readThresholds(db: Executor): Promise<{ values: Map<string, number>; version: number }> {
  const rows = await db.selectFrom('county_settings').select(['key', 'value', 'version']).where('scope', '=', '').where('key', 'in', Object.values(THRESHOLD_KEYS)).execute();
  return { values: new Map(rows.map((r) => [r.key, Number(r.value)])), version: Math.max(1, ...rows.map((r) => Number(r.version))) };
}
