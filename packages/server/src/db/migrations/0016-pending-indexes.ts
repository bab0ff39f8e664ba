import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

/**
 * The workbench's to-dos count a county's topics at one stage that have (or lack) a report, a held
 * consultation or unassigned items: each topic is probed by these indexes instead of the subquery reading
 * every report, consultation or item of the city.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema.createIndex('handling_items_topic_state').on('handling_items').columns(['topic_id', 'state']).execute();
  await db.schema.createIndex('consultations_topic_status').on('consultations').columns(['topic_id', 'status']).execute();
}
