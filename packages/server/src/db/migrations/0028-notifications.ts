import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';

/**
 * 通知 (issue 10): the in-app notifications, the outbox of e-mails and SMS (each written in the transaction of
 * the event that causes it, unique by its deduplication key, taken by one worker at a time), the users'
 * channel choices, an e-mail address per account, a resident's consent to SMS about their proposal, and the
 * lease of the daily reminder run (one app server runs it).
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('county_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('dedup_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await sql`create index notifications_user on notifications (user_id, created_at, id)`.execute(db);
  await sql`create index notifications_unread on notifications (user_id) where read_at is null`.execute(db);

  await db.schema
    .createTable('notification_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('notification_id', 'text', (c) => c.references('notifications.id'))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('county_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('recipient_name', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('dedup_key', 'text', (c) => c.notNull().unique())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('worker', 'text')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // The worker's queue: what is waiting, and what a killed worker left behind.
  await sql`create index notification_deliveries_queue on notification_deliveries (state, next_attempt_at)`.execute(db);
  await sql`create index notification_deliveries_county on notification_deliveries (county_id, created_at, id)`.execute(db);

  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channels', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['user_id', 'kind'])
    .execute();

  await db.schema.alterTable('users').addColumn('email', 'text').execute();
  await db.schema.alterTable('proposals').addColumn('sms_consent', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable('scheduled_runs')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('last_day', 'text')
    .addColumn('holder', 'text')
    .addColumn('lease_until', 'text')
    .execute();
  await sql`insert into scheduled_runs (name) values ('reminders')`.execute(db);
  // The daily reminder run reads the open items due within a week or overdue.
  await sql`create index handling_items_open_due on handling_items (state, due_on)`.execute(db);
  // A topic's stage news goes to the members who took part in it.
  await sql`create index participations_topic on participations (topic_id, user_id)`.execute(db);
}
