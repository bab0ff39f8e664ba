import type { DocumentKind, DocumentSubjectType } from '@shangliang/core';
import { type Insertable, type Selectable, sql } from 'kysely';
import type { DocumentSettingsTable, DocumentsTable } from '../db/schema-documents.js';
import { type Executor, inCountyScope } from './types.js';

/** A stored document. */
export type DocumentRow = Selectable<DocumentsTable>;
/** A stored document with its file's name and size and the issuer's name. */
export type DocumentListRow = DocumentRow & { filename: string; size: number; storage_key: string; issued_by_name: string | null };
/** A county's stored document settings. */
export type DocumentSettingsRow = Selectable<DocumentSettingsTable>;

/** The counter key of a county (null: the city, stored as ''). */
const scopeOf = (countyId: string | null): string => countyId ?? '';

/**
 * Takes the next number of a county, year and kind: one upsert of the counter row, returning the new value.
 * The row stays locked until the caller's transaction ends, so concurrent issuers queue and each gets its own
 * number; a transaction that rolls back gives its number back.
 */
export async function takeDocumentSeq(db: Executor, countyId: string | null, year: number, kind: DocumentKind): Promise<number> {
  const row = await db
    .insertInto('document_counters')
    .values({ scope: scopeOf(countyId), year, kind, seq: 1 })
    .onConflict((oc) => oc.columns(['scope', 'year', 'kind']).doUpdateSet({ seq: sql<number>`document_counters.seq + 1` }))
    .returning('seq')
    .executeTakeFirstOrThrow();
  return Number(row.seq);
}

/** Moves a county's counter of a year and kind up to `last` (never down), in the caller's transaction. */
export async function raiseDocumentSeq(db: Executor, countyId: string | null, year: number, kind: DocumentKind, last: number): Promise<void> {
  await db
    .insertInto('document_counters')
    .values({ scope: scopeOf(countyId), year, kind, seq: last })
    .onConflict((oc) => oc.columns(['scope', 'year', 'kind']).doUpdateSet({ seq: sql<number>`case when document_counters.seq < ${last} then ${last} else document_counters.seq end` }))
    .execute();
}

/** The last numbers issued in a county's year, by kind (kinds without any are absent). */
export async function lastDocumentSeqs(db: Executor, countyId: string | null, year: number): Promise<Map<DocumentKind, number>> {
  const rows = await db.selectFrom('document_counters').select(['kind', 'seq']).where('scope', '=', scopeOf(countyId)).where('year', '=', year).execute();
  return new Map(rows.map((r) => [r.kind, Number(r.seq)]));
}

/** Records an issued document, in the issuing transaction. */
export const insertDocument = async (db: Executor, row: Insertable<DocumentsTable>): Promise<void> => {
  await db.insertInto('documents').values(row).execute();
};

function withFile(db: Executor) {
  return db
    .selectFrom('documents as d')
    .innerJoin('attachments as a', 'a.id', 'd.attachment_id')
    .leftJoin('users as u', 'u.id', 'd.issued_by')
    .selectAll('d')
    .select(['a.filename', 'a.size', 'a.storage_key', 'u.display_name as issued_by_name']);
}

/** Loads one document with its file. */
export const findDocument = (db: Executor, id: string): Promise<DocumentListRow | undefined> => withFile(db).where('d.id', '=', id).executeTakeFirst();

/** The documents of one record in the given counties, newest first (a record has a handful). */
export const listDocumentsOf = (db: Executor, subjectType: DocumentSubjectType, subjectId: string, countyScope: readonly (string | null)[]): Promise<DocumentListRow[]> =>
  withFile(db)
    .where('d.subject_type', '=', subjectType)
    .where('d.subject_id', '=', subjectId)
    .where(inCountyScope('d.county_id', countyScope))
    .orderBy('d.issued_at', 'desc')
    .orderBy('d.seq', 'desc')
    .execute();

/** A county's document settings, if it has saved any. */
export const findDocumentSettings = (db: Executor, countyId: string | null): Promise<DocumentSettingsRow | undefined> =>
  db.selectFrom('document_settings').selectAll().where('scope', '=', scopeOf(countyId)).executeTakeFirst();

/** Stores a county's first settings at version 1 (a concurrent first save leaves the other's row). */
export async function insertDocumentSettings(db: Executor, countyId: string | null, values: { issuer_suffix: string; prefixes: string }, at: string, by: string | null): Promise<void> {
  await db
    .insertInto('document_settings')
    .values({ scope: scopeOf(countyId), ...values, updated_at: at, updated_by: by })
    .onConflict((oc) => oc.column('scope').doNothing())
    .execute();
}

/** The topics of a plan, in the order they were taken up. */
export const listPlanTopics = (db: Executor, planId: string) =>
  db
    .selectFrom('topics')
    .select(['id', 'title', 'category', 'field', 'state', 'lead_vice_chair', 'secretary_general', 'owner_unit', 'description'])
    .where('plan_id', '=', planId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

/** The city's own organisation (临汾市政协): its region gives the 发文机关's name its 临汾市. */
export const findCityOrg = (db: Executor) =>
  db.selectFrom('organisations').selectAll().where('kind', '=', 'city').orderBy('sort_order').executeTakeFirst();
