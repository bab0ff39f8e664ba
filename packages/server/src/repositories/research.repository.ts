import type { Insertable } from 'kysely';
import type { ResearchActivitiesTable } from '../db/schema-topics.js';
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
