import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';

/**
 * The members of each research activity as rows (beside the activity's JSON list, written in the same
 * transaction), so that "my activities" finds a member's activities by index instead of a LIKE over all.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('research_members')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('research_activities.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('research_members_pk', ['activity_id', 'user_id'])
    .execute();
  await db.schema.createIndex('research_members_user').on('research_members').columns(['user_id']).execute();
  const rows = await sql<{ id: string; member_ids: string }>`select id, member_ids from research_activities`.execute(db);
  for (const row of rows.rows) {
    for (const userId of new Set(JSON.parse(row.member_ids) as string[])) {
      await sql`insert into research_members (activity_id, user_id) values (${row.id}, ${userId})`.execute(db);
    }
  }
}
