import { type CheckinActivity, MEMBER_ROLES } from '@shangliang/core';
import type { Insertable, Selectable } from 'kysely';
import type { CheckinsTable, PointRuleSetsTable } from '../db/schema-members.js';
import { newId } from './ids.js';
import { type Executor, inCountyScope } from './types.js';

/** A check-in code row. */
export type CheckinRow = Selectable<CheckinsTable>;
/** A point rule set row. */
export type PointRuleSetRow = Selectable<PointRuleSetsTable>;

/** What a check-in needs to know of an activity: its topic, county, when it is and who is present. */
export interface ActivityFacts {
  readonly type: CheckinActivity;
  readonly id: string;
  readonly topicId: string;
  readonly topicTitle: string;
  readonly countyId: string | null;
  /** An instant for a consultation, a day (YYYY-MM-DD) for research and follow-up. */
  readonly when: string;
  readonly label: string;
  readonly held: boolean;
  readonly presentIds: readonly string[];
}

/** Loads one activity's facts, or undefined when there is none of that id. */
export async function findActivityFacts(db: Executor, type: CheckinActivity, id: string): Promise<ActivityFacts | undefined> {
  if (type === 'consultation') {
    const c = await db.selectFrom('consultations as c').innerJoin('topics as t', 't.id', 'c.topic_id').select(['c.id', 'c.topic_id', 't.title', 'c.county_id', 'c.starts_at', 'c.form', 'c.status']).where('c.id', '=', id).executeTakeFirst();
    if (!c) return undefined;
    const present = await db.selectFrom('consultation_participants').select('user_id').where('consultation_id', '=', id).where('kind', '=', 'member').where('attended', '=', 1).where('user_id', 'is not', null).execute();
    return { type, id, topicId: c.topic_id, topicTitle: c.title, countyId: c.county_id, when: c.starts_at, label: c.form, held: c.status === 'held', presentIds: present.map((p) => p.user_id!) };
  }
  const row =
    type === 'research_activity'
      ? await db.selectFrom('research_activities as a').innerJoin('topics as t', 't.id', 'a.topic_id').select(['a.topic_id', 't.title', 't.county_id', 'a.date', 'a.place', 'a.member_ids']).where('a.id', '=', id).executeTakeFirst()
      : await db.selectFrom('follow_ups as a').innerJoin('topics as t', 't.id', 'a.topic_id').select(['a.topic_id', 't.title', 't.county_id', 'a.date', 'a.place', 'a.member_ids']).where('a.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return { type, id, topicId: row.topic_id, topicTitle: row.title, countyId: row.county_id, when: row.date, label: row.place, held: true, presentIds: JSON.parse(row.member_ids) as string[] };
}

/**
 * Sets who was present at an activity, in the caller's transaction: a consultation's member rows (added
 * for a member who was not invited), a research activity's member list and rows, a follow-up's list.
 */
export async function setPresentMembers(db: Executor, type: CheckinActivity, id: string, members: ReadonlyMap<string, string>): Promise<void> {
  const ids = [...members.keys()];
  if (type === 'consultation') {
    const rows = await db.selectFrom('consultation_participants').select(['user_id', 'seq']).where('consultation_id', '=', id).execute();
    const invited = new Set(rows.map((r) => r.user_id));
    let seq = rows.reduce((m, r) => Math.max(m, r.seq), -1);
    const fresh = ids.filter((u) => !invited.has(u)).map((u) => ({ id: newId(), consultation_id: id, kind: 'member', user_id: u, org_id: null, name: members.get(u)!, title: null, attended: 1, seq: ++seq }));
    if (fresh.length) await db.insertInto('consultation_participants').values(fresh).execute();
    await db.updateTable('consultation_participants').set({ attended: 0 }).where('consultation_id', '=', id).where('kind', '=', 'member').execute();
    if (ids.length) await db.updateTable('consultation_participants').set({ attended: 1 }).where('consultation_id', '=', id).where('kind', '=', 'member').where('user_id', 'in', ids).execute();
    return;
  }
  if (type === 'research_activity') {
    await db.updateTable('research_activities').set({ member_ids: JSON.stringify(ids) }).where('id', '=', id).execute();
    await db.deleteFrom('research_members').where('activity_id', '=', id).execute();
    if (ids.length) await db.insertInto('research_members').values(ids.map((user_id) => ({ activity_id: id, user_id }))).execute();
    return;
  }
  await db.updateTable('follow_ups').set({ member_ids: JSON.stringify(ids) }).where('id', '=', id).execute();
}

/** Takes the activity's row lock (PostgreSQL; SQLite writes one at a time) so that two check-ins at once both land. */
export async function lockActivity(db: Executor, type: CheckinActivity, id: string): Promise<void> {
  if (type === 'consultation') await db.updateTable('consultations').set((eb) => ({ updated_at: eb.ref('updated_at') })).where('id', '=', id).execute();
  else if (type === 'research_activity') await db.updateTable('research_activities').set((eb) => ({ member_ids: eb.ref('member_ids') })).where('id', '=', id).execute();
  else await db.updateTable('follow_ups').set((eb) => ({ member_ids: eb.ref('member_ids') })).where('id', '=', id).execute();
}

/** The check-in code of an activity, if one was opened. */
export const findCheckinOf = (db: Executor, type: CheckinActivity, activityId: string): Promise<CheckinRow | undefined> =>
  db.selectFrom('checkins').selectAll().where('activity_type', '=', type).where('activity_id', '=', activityId).executeTakeFirst();

/** The check-in whose code this is among those whose window has not closed yet. */
export const findLiveCheckin = (db: Executor, code: string, now: string): Promise<CheckinRow | undefined> =>
  db.selectFrom('checkins').selectAll().where('code', '=', code).where('closes_at', '>', now).orderBy('opens_at').executeTakeFirst();

/** The check-in whose code this is, whatever its window (to tell "expired" from "unknown"). */
export const findAnyCheckin = (db: Executor, code: string): Promise<CheckinRow | undefined> =>
  db.selectFrom('checkins').selectAll().where('code', '=', code).orderBy('closes_at', 'desc').executeTakeFirst();

/** Stores a check-in code. */
export const insertCheckin = async (db: Executor, row: Insertable<CheckinsTable>): Promise<void> => {
  await db.insertInto('checkins').values(row).execute();
};

/** The saved point rules of a scope ('' = the city) for a year, or else of the latest earlier year. */
export async function findPointRules(db: Executor, scope: string, year: number): Promise<{ exact?: PointRuleSetRow; earlier?: PointRuleSetRow }> {
  const rows = await db.selectFrom('point_rule_sets').selectAll().where('scope', '=', scope).where('year', '<=', year).orderBy('year', 'desc').limit(1).execute();
  const row = rows[0];
  return row?.year === year ? { exact: row } : { earlier: row };
}

/** Stores a year's point rules for the first time. */
export const insertPointRules = async (db: Executor, row: Insertable<PointRuleSetsTable>): Promise<void> => {
  await db.insertInto('point_rule_sets').values(row).execute();
};

/** The members (member role) of a county, or of the city for null, with 界别 and 专委会. */
export function listMembersOf(db: Executor, countyId: string | null, filter: { sector?: string | undefined; committee?: string | undefined } = {}) {
  let q = db
    .selectFrom('users as u')
    .innerJoin('role_assignments as g', 'g.user_id', 'u.id')
    .innerJoin('organisations as o', 'o.id', 'g.org_id')
    .select(['u.id', 'u.display_name', 'u.sector', 'u.committee'])
    .distinct()
    .where('g.role', 'in', [...MEMBER_ROLES])
    .where('u.active', '=', 1)
    .where(inCountyScope('o.county_id', [countyId]));
  if (filter.sector) q = q.where('u.sector', '=', filter.sector);
  if (filter.committee) q = q.where('u.committee', '=', filter.committee);
  return q.orderBy('u.display_name').orderBy('u.id').execute();
}

/** One member's name, 界别 and 专委会, and the counties (null = the city) they are a member of. */
export async function findMember(db: Executor, userId: string) {
  const [user, grants] = await Promise.all([
    db.selectFrom('users').select(['id', 'display_name', 'sector', 'committee']).where('id', '=', userId).executeTakeFirst(),
    db.selectFrom('role_assignments as g').innerJoin('organisations as o', 'o.id', 'g.org_id').select('o.county_id').where('g.user_id', '=', userId).where('g.role', 'in', [...MEMBER_ROLES]).execute(),
  ]);
  return user ? { ...user, counties: grants.map((g) => g.county_id) } : undefined;
}
