import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';
import { createRowTriggers, type RowTrigger } from './row-triggers.js';

/**
 * 我的活动 read a page at a time from two indexes: a member's research rows carry their activity's date,
 * their consultation rows the consultation's day, copied by triggers (both engines, whatever writes the
 * rows) and indexed with the member, so page 1 reads 20 entries of each however many years lie behind it.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema.alterTable('research_members').addColumn('date', 'text').execute();
  await db.schema.alterTable('consultation_participants').addColumn('day', 'text').execute();
  const dateOf = (id: string) => `(select a.date from research_activities a where a.id = ${id})`;
  const dayOf = (id: string) => `(select substr(c.starts_at, 1, 10) from consultations c where c.id = ${id})`;
  await sql.raw(`update research_members set date = ${dateOf('research_members.activity_id')}`).execute(db);
  await sql.raw(`update consultation_participants set day = ${dayOf('consultation_participants.consultation_id')}`).execute(db);
  await sql.raw('create index research_members_user_date on research_members (user_id, date, activity_id)').execute(db);
  await sql.raw('create index consultation_participants_user_day on consultation_participants (user_id, day, consultation_id)').execute(db);

  /** [name, table, events, statement run for the row] — statements use NEW. */
  const triggers: RowTrigger[] = [
    ['research_members_date', 'research_members', 'insert', `update research_members set date = ${dateOf('NEW.activity_id')} where activity_id = NEW.activity_id and user_id = NEW.user_id;`],
    ['research_activities_date', 'research_activities', 'update of date', 'update research_members set date = NEW.date where activity_id = NEW.id;'],
    ['consultation_participants_day', 'consultation_participants', 'insert', `update consultation_participants set day = ${dayOf('NEW.consultation_id')} where id = NEW.id;`],
    ['consultations_day', 'consultations', 'update of starts_at', 'update consultation_participants set day = substr(NEW.starts_at, 1, 10) where consultation_id = NEW.id;'],
  ];
  await createRowTriggers(db, engine, triggers);
}
