import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

/**
 * 协商频次统计 reads live (no nightly job): each figure is one range of an index over the period. Activities
 * by date then their topic's county, consultations by county, state and start, leaders present by their
 * consultation, topics and handling items by county and day, and each item's answer of its current round.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  const index = (name: string, table: string, columns: string[]) => db.schema.createIndex(name).on(table).columns(columns).execute();
  await index('research_activities_date', 'research_activities', ['date', 'topic_id']);
  await index('follow_ups_date', 'follow_ups', ['date', 'topic_id']);
  await index('consultations_county_held', 'consultations', ['county_id', 'status', 'starts_at', 'venue_id']);
  await index('consultation_participants_leader', 'consultation_participants', ['consultation_id', 'kind', 'attended', 'leader_principal', 'leader_body']);
  await index('topics_county_created', 'topics', ['county_id', 'created_at', 'state']);
  await index('topics_plan_held', 'topics', ['plan_id', 'has_held']);
  await index('handling_items_county_assigned', 'handling_items', ['county_id', 'assigned_on', 'state', 'due_on', 'round']);
  await index('feedbacks_item_round_at', 'feedbacks', ['suggestion_id', 'round', 'submitted_at']);
  await index('participations_county_date', 'participations', ['county_id', 'on_date', 'user_id']);
}
