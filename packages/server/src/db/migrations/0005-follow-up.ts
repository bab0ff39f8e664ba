import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

/** Leaders' instructions (批示) with follow-up actions, follow-up activities (跟踪问效), publication flags. */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('instructions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id'))
    .addColumn('suggestion_id', 'text', (c) => c.references('suggestions.id'))
    .addColumn('leader', 'text', (c) => c.notNull())
    .addColumn('leader_title', 'text')
    .addColumn('given_on', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('instructions_topic').on('instructions').column('topic_id').execute();
  await db.schema
    .createTable('instruction_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instruction_id', 'text', (c) => c.notNull().references('instructions.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('done_on', 'text')
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('follow_ups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('member_ids', 'text', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('follow_ups_topic').on('follow_ups').column('topic_id').execute();
  await db.schema.alterTable('topics').addColumn('answers_published_at', 'text').execute();
  await db.schema.alterTable('topics').addColumn('published_as_case', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}
