import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

/** Uploaded files: attachments of recommendations, research reports, and consultation photos. */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_type', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('county_id', 'text')
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachments_owner').on('attachments').columns(['owner_type', 'owner_id']).execute();
}
