import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';

/**
 * 近义词表 (issue 11): a county's own thesaurus groups, added to the shipped ones (text/thesaurus-data.ts) for its
 * searches, similar proposals and grouping. A group with the head of a shipped group adds its words to that group.
 * The city's own groups have no county. One head per county (the index reads the city as county '').
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('thesaurus_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('county_id', 'text')
    .addColumn('head', 'text', (c) => c.notNull())
    /** The other words, as a JSON array of strings. */
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('topic', 'text')
    /** 1 local (tied to one place), 0 county-wide, null not said (a shipped group's stays). */
    .addColumn('local', 'integer')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create unique index thesaurus_groups_head on thesaurus_groups ((coalesce(county_id, '')), head)`.execute(db);
}
