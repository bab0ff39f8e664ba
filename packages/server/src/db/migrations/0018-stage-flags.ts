import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';
import { createRowTriggers, type RowTrigger } from './row-triggers.js';

/**
 * What the workbench's to-dos ask of a topic at a stage — has it a research report, a held consultation —
 * and of an item — what stage is its topic at — kept as columns by triggers (both engines, whatever writes
 * the rows) and indexed with the county and state, so each to-do is one index range counted instead of a
 * probe into another table per topic.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema.alterTable('topics').addColumn('has_report', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('topics').addColumn('has_held', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('handling_items').addColumn('topic_state', 'text').execute();
  const report = (id: string) => `case when exists (select 1 from research_reports r where r.topic_id = ${id}) then 1 else 0 end`;
  const held = (id: string) => `case when exists (select 1 from consultations c where c.topic_id = ${id} and c.status = 'held') then 1 else 0 end`;
  const stateOf = (id: string) => `(select t.state from topics t where t.id = ${id})`;
  await sql.raw(`update topics set has_report = ${report('topics.id')}, has_held = ${held('topics.id')}`).execute(db);
  await sql.raw(`update handling_items set topic_state = ${stateOf('handling_items.topic_id')}`).execute(db);
  await sql.raw('create index topics_county_state_flags on topics (county_id, state, has_report, has_held)').execute(db);
  await sql.raw('create index handling_items_county_state_stage on handling_items (county_id, state, topic_state)').execute(db);

  /** [trigger name, table, events, body run for the row] — body statements use NEW / OLD. */
  const triggers: RowTrigger[] = [
    ['research_reports_flag', 'research_reports', 'insert', `update topics set has_report = ${report('NEW.topic_id')} where id = NEW.topic_id;`],
    ['research_reports_unflag', 'research_reports', 'delete', `update topics set has_report = ${report('OLD.topic_id')} where id = OLD.topic_id;`],
    ['consultations_flag', 'consultations', 'insert', `update topics set has_held = ${held('NEW.topic_id')} where id = NEW.topic_id;`],
    ['consultations_reflag', 'consultations', 'update of status', `update topics set has_held = ${held('NEW.topic_id')} where id = NEW.topic_id;`],
    ['consultations_unflag', 'consultations', 'delete', `update topics set has_held = ${held('OLD.topic_id')} where id = OLD.topic_id;`],
    ['topics_stage_copy', 'topics', 'update of state', 'update handling_items set topic_state = NEW.state where topic_id = NEW.id;'],
    ['handling_items_stage_fill', 'handling_items', 'insert', `update handling_items set topic_state = ${stateOf('NEW.topic_id')} where suggestion_id = NEW.suggestion_id;`],
  ];
  await createRowTriggers(db, engine, triggers);
}
