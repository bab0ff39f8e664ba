import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';

/**
 * 公文 (GB/T 9704-2012): issued documents, the numbering counters and each county's settings. A number
 * is taken by one upsert of the counter row in the issuing transaction, so two offices issuing at once
 * queue on that row; the unique index on (county, year, kind, seq) is the last word should anything else
 * ever write a document.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('county_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('attachment_id', 'text', (c) => c.notNull().references('attachments.id'))
    .addColumn('issued_by', 'text', (c) => c.references('users.id'))
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .execute();
  // City documents have no county: the index reads them as county ''.
  await sql`create unique index documents_number on documents ((coalesce(county_id, '')), year, kind, seq)`.execute(db);
  await sql`create index documents_subject on documents (subject_type, subject_id, issued_at)`.execute(db);
  await sql`create index documents_attachment on documents (attachment_id)`.execute(db);
  await db.schema
    .createTable('document_counters')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_counters_pk', ['scope', 'year', 'kind'])
    .execute();
  await db.schema
    .createTable('document_settings')
    .addColumn('scope', 'text', (c) => c.primaryKey())
    .addColumn('issuer_suffix', 'text', (c) => c.notNull())
    .addColumn('prefixes', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
