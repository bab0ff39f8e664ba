import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

/**
 * Indexes for the order and filters of the lists a county office opens all day, so that a page is read
 * from an index instead of sorting the county's (or the city's) whole table.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  const index = (name: string, table: string, columns: string[]) => db.schema.createIndex(name).on(table).columns(columns).execute();
  await index('topics_county_updated', 'topics', ['county_id', 'updated_at', 'id']);
  await index('topics_updated', 'topics', ['updated_at', 'id']);
  await index('proposals_county_created', 'proposals', ['county_id', 'created_at', 'id']);
  await index('proposals_proposer_created', 'proposals', ['proposer_user_id', 'created_at']);
  await index('consultations_county_status', 'consultations', ['county_id', 'status']);
  await index('consultations_status_topic', 'consultations', ['status', 'topic_id']);
  await index('handling_items_county_due', 'handling_items', ['county_id', 'due_on']);
  await index('handling_items_due', 'handling_items', ['due_on']);
}
