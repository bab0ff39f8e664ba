import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';

/**
 * The city CPPCC's own records: its visits and symposia at the contact points (第四条(七)), read per
 * contact point newest first, and its experience summaries (经验交流, 第七条), listed newest first by status.
 * Members' participations of a visit live in `participations` (source 'visit'), written with the visit.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('contact_point_visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contact_point_id', 'text', (c) => c.notNull().references('contact_points.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('leader_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('member_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('met', 'text', (c) => c.notNull())
    .addColumn('opinions', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create index contact_point_visits_point on contact_point_visits (contact_point_id, date, id)`.execute(db);
  await db.schema
    .createTable('experiences')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('topic_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('published_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create index experiences_status on experiences (status, published_at, created_at)`.execute(db);
}
