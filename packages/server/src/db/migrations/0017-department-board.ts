import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';

/**
 * A department's board read from one index: each item_departments row carries its item's county, topic,
 * number, state and due date, kept equal to the item's by triggers (on both engines, whatever writes the
 * item), so 我的办件 pages through (department, due date, topic, number) instead of sorting all the
 * department's items, and counts them by (department, state, due date).
 */
const COPIED = ['county_id', 'topic_id', 'seq', 'state', 'due_on'] as const;

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema.alterTable('item_departments').addColumn('county_id', 'text').execute();
  await db.schema.alterTable('item_departments').addColumn('topic_id', 'text').execute();
  await db.schema.alterTable('item_departments').addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('item_departments').addColumn('state', 'text').execute();
  await db.schema.alterTable('item_departments').addColumn('due_on', 'text').execute();
  const cols = COPIED.join(', ');
  const fromItem = (id: string) => `(select ${cols} from handling_items h where h.suggestion_id = ${id})`;
  await sql.raw(`update item_departments set (${cols}) = ${fromItem('item_departments.suggestion_id')}`).execute(db);
  const due = engine === 'postgres' ? 'due_on nulls first' : 'due_on';
  await sql.raw(`create index item_departments_board on item_departments (dept_id, ${due}, topic_id, seq)`).execute(db);
  await sql.raw(`create index item_departments_state on item_departments (dept_id, state, due_on)`).execute(db);
  const fromNew = `(${COPIED.map((c) => `NEW.${c}`).join(', ')})`;
  if (engine === 'postgres') {
    await sql.raw(`create function item_departments_fill() returns trigger language plpgsql as $$
      begin select ${cols} into ${COPIED.map((c) => `NEW.${c}`).join(', ')} from handling_items where suggestion_id = NEW.suggestion_id; return NEW; end $$`).execute(db);
    await sql.raw(`create trigger item_departments_fill before insert on item_departments for each row execute function item_departments_fill()`).execute(db);
    await sql.raw(`create function handling_items_copy() returns trigger language plpgsql as $$
      begin update item_departments set (${cols}) = ${fromNew} where suggestion_id = NEW.suggestion_id; return null; end $$`).execute(db);
    await sql.raw(`create trigger handling_items_copy after update of ${cols} on handling_items for each row execute function handling_items_copy()`).execute(db);
  } else {
    await sql.raw(`create trigger item_departments_fill after insert on item_departments begin
      update item_departments set (${cols}) = ${fromItem('NEW.suggestion_id')} where suggestion_id = NEW.suggestion_id and dept_id = NEW.dept_id; end`).execute(db);
    await sql.raw(`create trigger handling_items_copy after update of ${cols} on handling_items begin
      update item_departments set (${cols}) = ${fromNew} where suggestion_id = NEW.suggestion_id; end`).execute(db);
  }
}
