import type { Executor } from './types.js';

/** Deletes uploads never attached to a record that are older than `before`; returns their storage keys. */
export async function deleteUnlinkedBefore(db: Executor, before: string): Promise<string[]> {
  const rows = await db
    .deleteFrom('attachments')
    .where('owner_id', 'is', null)
    .where('created_at', '<', before)
    .returning('storage_key')
    .execute();
  return rows.map((r) => r.storage_key);
}
