import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';

/**
 * Timeline sequence numbers taken from a counter on the parent row (topic, handling item) instead of
 * max()+1, and unique per parent: two writers on PostgreSQL could both read the same max.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema.alterTable('topics').addColumn('event_seq', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`update topics set event_seq = coalesce((select max(e.seq) from topic_events e where e.topic_id = topics.id), 0)`.execute(db);
  await db.schema.alterTable('handling_items').addColumn('event_seq', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`update handling_items set event_seq = coalesce((select max(e.seq) from item_events e where e.suggestion_id = handling_items.suggestion_id), 0)`.execute(db);
  await db.schema.dropIndex('topic_events_topic').execute();
  await db.schema.createIndex('topic_events_topic_seq').unique().on('topic_events').columns(['topic_id', 'seq']).execute();
  await db.schema.dropIndex('item_events_item').execute();
  await db.schema.createIndex('item_events_item_seq').unique().on('item_events').columns(['suggestion_id', 'seq']).execute();
}
