import type { Insertable, Selectable } from 'kysely';
import type { AttachmentsTable } from '../db/schema-topics.js';
import type { Executor } from './types.js';

/** A stored upload. */
export type AttachmentRow = Selectable<AttachmentsTable>;

/** Records an upload (unlinked until a record takes it). */
export const insertAttachment = async (db: Executor, row: Insertable<AttachmentsTable>): Promise<void> => {
  await db.insertInto('attachments').values(row).execute();
};

/** Loads one upload. */
export const findAttachment = (db: Executor, id: string): Promise<AttachmentRow | undefined> =>
  db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();

/** Loads several uploads by id: whose they are and whether a record has taken them. */
export const findAttachmentOwners = (db: Executor, ids: readonly string[]): Promise<Pick<AttachmentRow, 'id' | 'owner_id' | 'uploaded_by'>[]> =>
  db.selectFrom('attachments').select(['id', 'owner_id', 'uploaded_by']).where('id', 'in', [...ids]).execute();

/** Gives uploads to a record, in the record's transaction. */
export const linkAttachmentsTo = async (db: Executor, ids: readonly string[], ownerType: string, ownerId: string): Promise<void> => {
  await db.updateTable('attachments').set({ owner_type: ownerType, owner_id: ownerId }).where('id', 'in', [...ids]).execute();
};

/** The uploads of several records of one kind, oldest first. */
export const listAttachmentsOf = (db: Executor, ownerType: string, ownerIds: readonly string[]): Promise<AttachmentRow[]> =>
  db.selectFrom('attachments').selectAll().where('owner_type', '=', ownerType).where('owner_id', 'in', [...new Set(ownerIds)]).orderBy('created_at').execute();

/** The handling item a feedback answers: its county and departments, which decide who reads the feedback's files. */
export const findFeedbackItem = (db: Executor, feedbackId: string) =>
  db
    .selectFrom('feedbacks as f')
    .innerJoin('handling_items as h', 'h.suggestion_id', 'f.suggestion_id')
    .select(['h.county_id', 'h.lead_dept_id', 'h.co_dept_ids'])
    .where('f.id', '=', feedbackId)
    .executeTakeFirst();

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

/** The attachments of records of several kinds at once (`owners` as [owner type, owner id] pairs), oldest first. */
export async function listAttachmentsOfOwners(db: Executor, owners: readonly (readonly [string, string])[]): Promise<AttachmentRow[]> {
  if (!owners.length) return [];
  const wanted = new Set(owners.map(([type, id]) => `${type}\u0000${id}`));
  const rows = await db
    .selectFrom('attachments')
    .selectAll()
    .where('owner_type', 'in', [...new Set(owners.map(([type]) => type))])
    .where('owner_id', 'in', [...new Set(owners.map(([, id]) => id))])
    .orderBy('created_at')
    .execute();
  return rows.filter((r) => wanted.has(`${r.owner_type}\u0000${r.owner_id}`));
}
