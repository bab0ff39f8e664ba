import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';

/**
 * The board's order read from an index: a handling item carries its suggestion's number (seq, fixed once
 * the outcome is submitted), and (county, due date, topic, number) is indexed with items awaiting 交办
 * (no due date) first on both engines, so a page of 50 among a county's 40,000 items reads 50 entries.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema.alterTable('handling_items').addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`update handling_items set seq = (select s.seq from suggestions s where s.id = handling_items.suggestion_id)`.execute(db);
  // SQLite sorts NULL first in ascending order already; PostgreSQL is told to.
  const due = engine === 'postgres' ? 'due_on nulls first' : 'due_on';
  await sql.raw(`create index handling_items_board_county on handling_items (county_id, ${due}, topic_id, seq)`).execute(db);
  await sql.raw(`create index handling_items_board on handling_items (${due}, topic_id, seq)`).execute(db);
}
