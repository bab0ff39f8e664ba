import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

/** The audit trail grows by every write: its lists by user, username and action read from an index. */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema.createIndex('audit_log_user_at').on('audit_log').columns(['user_id', 'at', 'id']).execute();
  await db.schema.createIndex('audit_log_username_at').on('audit_log').columns(['username', 'at']).execute();
  await db.schema.createIndex('audit_log_action_at').on('audit_log').columns(['action', 'at']).execute();
}
