import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';

/**
 * The departments of each handling item as rows — the lead (主办) and co-handling (会办) units — beside the
 * item's columns and written in the same transaction, so that a department's items are found by index.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('item_departments')
    .addColumn('suggestion_id', 'text', (c) => c.notNull().references('handling_items.suggestion_id'))
    .addColumn('dept_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_departments_pk', ['suggestion_id', 'dept_id'])
    .execute();
  await db.schema.createIndex('item_departments_dept').on('item_departments').columns(['dept_id', 'suggestion_id']).execute();
  const rows = await sql<{ suggestion_id: string; lead_dept_id: string | null; co_dept_ids: string }>`select suggestion_id, lead_dept_id, co_dept_ids from handling_items`.execute(db);
  for (const r of rows.rows) {
    if (r.lead_dept_id) await sql`insert into item_departments (suggestion_id, dept_id, role) values (${r.suggestion_id}, ${r.lead_dept_id}, 'lead')`.execute(db);
    for (const co of new Set(JSON.parse(r.co_dept_ids) as string[])) {
      if (co !== r.lead_dept_id) await sql`insert into item_departments (suggestion_id, dept_id, role) values (${r.suggestion_id}, ${co}, 'co')`.execute(db);
    }
  }
}
