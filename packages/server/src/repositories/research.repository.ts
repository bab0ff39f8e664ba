import { type Insertable, type Selectable, sql } from 'kysely';
import type { PreparationsTable, ResearchActivitiesTable, ResearchReportsTable } from '../db/schema-topics.js';
import type { Executor } from './types.js';

/** Stores a research activity and one row per member, in the caller's transaction. */
export async function insertResearchActivity(db: Executor, row: Insertable<ResearchActivitiesTable>): Promise<void> {
  await db.insertInto('research_activities').values(row).execute();
  const members = [...new Set(JSON.parse(row.member_ids) as string[])];
  if (members.length) await db.insertInto('research_members').values(members.map((user_id) => ({ activity_id: row.id, user_id }))).execute();
}

/** The research activities a member took part in, with their topics' titles. */
export const researchOfMember = (db: Executor, userId: string) =>
  db
    .selectFrom('research_members as m')
    .innerJoin('research_activities as a', 'a.id', 'm.activity_id')
    .innerJoin('topics as t', 't.id', 'a.topic_id')
    .select(['a.id', 'a.topic_id', 't.title as topic_title', 'a.date', 'a.place'])
    .where('m.user_id', '=', userId)
    .execute();

/** One of a member's activities: a research trip they went on, or a consultation they were invited to. */
export interface ActivityRow {
  readonly kind: 'research' | 'consultation';
  readonly id: string;
  readonly topic_id: string;
  readonly topic_title: string;
  readonly date: string;
  readonly place: string | null;
  readonly form: string | null;
  readonly status: string | null;
  readonly attended: number;
}

/**
 * A page of a member's research and consultations, newest first, with the total: the page's keys come from
 * the two (member, date) indexes of migration 0021 — the newest `page × pageSize` of each, merged and cut —,
 * each consultation key with the member's attendance from its own participant row, then only those
 * activities are read with their topics' titles. Nothing here reads all of a member's rows but the two
 * counts, which read the same indexes only.
 */
export async function pageActivitiesOf(db: Executor, userId: string, page: { page: number; pageSize: number }): Promise<{ rows: ActivityRow[]; total: number }> {
  const upTo = page.page * page.pageSize;
  const research = db
    .selectFrom('research_members')
    .where('user_id', '=', userId)
    .select([sql<string>`'research'`.as('kind'), 'activity_id as id', sql<string>`date`.as('date'), sql<number>`1`.as('attended')])
    .orderBy('date', 'desc')
    .orderBy('activity_id', 'desc')
    .limit(upTo);
  const consultations = db
    .selectFrom('consultation_participants')
    .where('user_id', '=', userId)
    .select([sql<string>`'consultation'`.as('kind'), 'consultation_id as id', sql<string>`day`.as('date'), 'attended'])
    .orderBy('day', 'desc')
    .orderBy('consultation_id', 'desc')
    .limit(upTo);
  const countOf = (table: 'research_members' | 'consultation_participants') =>
    db.selectFrom(table).where('user_id', '=', userId).select((eb) => eb.fn.countAll<number>().as('n'));
  const [keys, counted] = await Promise.all([
    db
      .selectFrom(db.selectFrom(research.as('r')).selectAll().unionAll(db.selectFrom(consultations.as('c')).selectAll()).as('x'))
      .selectAll()
      .orderBy('x.date', 'desc')
      .orderBy('x.id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    db.selectNoFrom([countOf('research_members').as('research'), countOf('consultation_participants').as('consultations')]).executeTakeFirstOrThrow(),
  ]);
  const researchIds = keys.filter((k) => k.kind === 'research').map((k) => k.id);
  const consultationIds = keys.filter((k) => k.kind === 'consultation').map((k) => k.id);
  const [activities, held] = await Promise.all([
    researchIds.length
      ? db.selectFrom('research_activities as a').innerJoin('topics as t', 't.id', 'a.topic_id').select(['a.id', 'a.topic_id', 'a.place', 't.title']).where('a.id', 'in', researchIds).execute()
      : [],
    consultationIds.length
      ? db.selectFrom('consultations as c').innerJoin('topics as t', 't.id', 'c.topic_id').select(['c.id', 'c.topic_id', 'c.form', 'c.status', 't.title']).where('c.id', 'in', consultationIds).execute()
      : [],
  ]);
  const activityOf = new Map(activities.map((a) => [a.id, a]));
  const consultationOf = new Map(held.map((c) => [c.id, c]));
  const rows = keys.flatMap((k): ActivityRow[] => {
    if (k.kind === 'research') {
      const a = activityOf.get(k.id);
      return a ? [{ kind: 'research', id: k.id, topic_id: a.topic_id, topic_title: a.title, date: k.date, place: a.place, form: null, status: null, attended: 1 }] : [];
    }
    const c = consultationOf.get(k.id);
    return c ? [{ kind: 'consultation', id: k.id, topic_id: c.topic_id, topic_title: c.title, date: k.date, place: null, form: c.form, status: c.status, attended: Number(k.attended) }] : [];
  });
  return { rows, total: Number(counted.research) + Number(counted.consultations) };
}

/** A stored research report. */
export type ResearchReportRow = Selectable<ResearchReportsTable>;

/** Loads one research report. */
export const findResearchReport = (db: Executor, id: string): Promise<ResearchReportRow | undefined> =>
  db.selectFrom('research_reports').selectAll().where('id', '=', id).executeTakeFirst();

/** A stored research activity. */
export type ResearchActivityRow = Selectable<ResearchActivitiesTable>;
/** A stored 向党委政府报告 or 提前研究解决方案. */
export type PreparationRow = Selectable<PreparationsTable>;

/** Inserts a research report. */
export const insertResearchReport = async (db: Executor, row: Insertable<ResearchReportsTable>): Promise<void> => {
  await db.insertInto('research_reports').values(row).execute();
};

/** Inserts a preparation. */
export const insertPreparation = async (db: Executor, row: Insertable<PreparationsTable>): Promise<void> => {
  await db.insertInto('preparations').values(row).execute();
};

/** A topic's research activities by date. */
export const listResearchActivitiesOf = (db: Executor, topicId: string): Promise<ResearchActivityRow[]> =>
  db.selectFrom('research_activities').selectAll().where('topic_id', '=', topicId).orderBy('date').execute();

/** A topic's research reports by the day they were submitted. */
export const listResearchReportsOf = (db: Executor, topicId: string): Promise<ResearchReportRow[]> =>
  db.selectFrom('research_reports').selectAll().where('topic_id', '=', topicId).orderBy('submitted_on').execute();

/** A topic's preparations by date. */
export const listPreparationsOf = (db: Executor, topicId: string): Promise<PreparationRow[]> =>
  db.selectFrom('preparations').selectAll().where('topic_id', '=', topicId).orderBy('date').execute();
