import fs from 'node:fs';
import path from 'node:path';
import { itemSubject, type Subject, can } from '@shangliang/core';
import { type DocumentListRow, findDocument } from '../../repositories/documents.repository.js';
import { findItem } from '../../repositories/handling.repository.js';
import type { RequestContext } from '../context.js';
import { AppError, notFound } from '../refusals.js';
import { hiddenFrom } from '../authorize.js';
import { DOCX_MIME } from './present-document.js';

/**
 * Whom a document is for: the readers of its record. `record` is the record's subject when the caller has it;
 * a document's own county decides (a member's city and county archives are read by different offices).
 */
export function readSubjectOf(row: Pick<DocumentListRow, 'subject_type' | 'subject_id' | 'county_id'>, record: Subject): Subject {
  return row.subject_type === 'archive' ? { type: 'archive', scope: [row.county_id], userId: row.subject_id } : { ...record, scope: [row.county_id] };
}

/** The record subject of a stored document, loaded for a download: an item's departments come from the item. */
async function recordSubjectOf(ctx: RequestContext, row: DocumentListRow): Promise<Subject> {
  if (row.subject_type === 'handling_item') {
    const item = await findItem(ctx.db.kysely, row.subject_id);
    return itemSubject({ countyId: row.county_id, leadDepartmentId: item?.lead_dept_id ?? null, coDepartmentIds: item ? (JSON.parse(item.co_dept_ids) as string[]) : [] });
  }
  return readSubjectOf(row, { type: row.subject_type === 'plan' ? 'plan' : 'topic', scope: [row.county_id] });
}

/** 下载公文 — the .docx, for whoever may read the record it was made from; others are told it does not exist. */
export async function openDocumentFile(ctx: RequestContext, uploadsDir: string, id: string): Promise<{ filename: string; mime: string; size: number; stream: fs.ReadStream }> {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  const row = await findDocument(ctx.db.kysely, id);
  if (!row) throw notFound('公文');
  if (!can(ctx.actor, 'document.read', await recordSubjectOf(ctx, row)).ok) throw hiddenFrom('公文', { action: 'document.read', subjectType: 'document', subjectId: id, countyId: row.county_id });
  const file = path.join(uploadsDir, row.storage_key);
  if (!fs.existsSync(file)) throw notFound('公文文件');
  return { filename: row.filename, mime: DOCX_MIME, size: Number(row.size), stream: fs.createReadStream(file) };
}
