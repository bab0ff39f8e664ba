import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';

/** Every record a user edits through a form: each carries the version its edit form must send back. */
const VERSIONED = ['topics', 'plans', 'venues', 'contact_points', 'organisations', 'users', 'handling_items', 'county_settings'] as const;

/**
 * Optimistic concurrency: a version on every editable record (starting at 1) and who saved it last;
 * plans also get the update time the others already had.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  for (const table of VERSIONED) {
    await db.schema.alterTable(table).addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    await db.schema.alterTable(table).addColumn('updated_by', 'text', (c) => c.references('users.id')).execute();
  }
  // SQLite adds a NOT NULL column only with a default; existing plans then count as updated when created.
  await db.schema.alterTable('plans').addColumn('updated_at', 'text', (c) => c.notNull().defaultTo('')).execute();
  await sql`update plans set updated_at = created_at`.execute(db);
}
