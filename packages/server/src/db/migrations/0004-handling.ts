import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';

/** Suggestion handling: items, their timeline across rounds, feedback, evaluations, co-handling opinions, settings. */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('handling_items')
    .addColumn('suggestion_id', 'text', (c) => c.primaryKey().references('suggestions.id'))
    .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id'))
    .addColumn('county_id', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('lead_dept_id', 'text')
    .addColumn('co_dept_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('assigned_on', 'text')
    .addColumn('due_on', 'text')
    .addColumn('co_due_on', 'text')
    .addColumn('letter_no', 'text')
    .addColumn('letter_date', 'text')
    .addColumn('conversion_ref', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('handling_items_topic').on('handling_items').column('topic_id').execute();
  await db.schema.createIndex('handling_items_lead').on('handling_items').columns(['lead_dept_id', 'state']).execute();
  await db.schema.createIndex('handling_items_county').on('handling_items').columns(['county_id', 'state', 'due_on']).execute();
  // Suggestions of outcomes submitted before this migration become items waiting for 交办.
  await sql`insert into handling_items (suggestion_id, topic_id, county_id, state, round, co_dept_ids, updated_at)
    select s.id, s.topic_id, t.county_id, 'unassigned', 1, '[]', s.created_at from suggestions s join topics t on t.id = s.topic_id`.execute(db);

  await db.schema
    .createTable('item_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('suggestion_id', 'text', (c) => c.notNull().references('suggestions.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('user_id', 'text')
    .addColumn('actor_name', 'text')
    .execute();
  await db.schema.createIndex('item_events_item').on('item_events').columns(['suggestion_id', 'seq']).execute();

  await db.schema
    .createTable('feedbacks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('suggestion_id', 'text', (c) => c.notNull().references('suggestions.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('dept_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('result_class', 'text', (c) => c.notNull())
    .addColumn('measures', 'text')
    .addColumn('responsible', 'text', (c) => c.notNull())
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('review_note', 'text')
    .addColumn('author_id', 'text')
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'text')
    .execute();
  await db.schema.createIndex('feedbacks_item').on('feedbacks').columns(['suggestion_id', 'round']).execute();

  await db.schema
    .createTable('evaluations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('suggestion_id', 'text', (c) => c.notNull().references('suggestions.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('rating', 'text', (c) => c.notNull())
    .addColumn('process_mark', 'text')
    .addColumn('result_mark', 'text')
    .addColumn('comment', 'text')
    .addColumn('by_user', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('evaluations_item').on('evaluations').columns(['suggestion_id', 'round']).execute();

  await db.schema
    .createTable('co_opinions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('suggestion_id', 'text', (c) => c.notNull().references('suggestions.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('dept_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('county_settings')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('county_settings_pk', ['scope', 'key'])
    .execute();
}
