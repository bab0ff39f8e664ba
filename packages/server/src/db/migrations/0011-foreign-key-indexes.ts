import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

/**
 * An index behind every reference the topic page and the handling steps follow, which had none: each
 * such look-up scanned its whole table (the suggestions of one topic among a city's 200,000).
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  const index = (name: string, table: string, columns: string[]) => db.schema.createIndex(name).on(table).columns(columns).execute();
  await index('suggestions_topic', 'suggestions', ['topic_id']);
  await index('instruction_actions_instruction', 'instruction_actions', ['instruction_id', 'seq']);
  await index('instructions_suggestion', 'instructions', ['suggestion_id']);
  await index('consultation_support_c', 'consultation_support', ['consultation_id']);
  await index('co_opinions_item', 'co_opinions', ['suggestion_id']);
  await index('research_reports_author', 'research_reports', ['author_id']);
}
