import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DOCUMENT_KIND_LABELS, type DocumentFields, type DocumentKind, type DocumentSourceQuery, type DocumentSubjectType, type DocumentView, formatDocumentNumber } from '@shangliang/core';
import { renderOfficialDocument } from '../../documents/official-document.js';
import { insertAttachment } from '../../repositories/attachments.repository.js';
import { findDocument, insertDocument, takeDocumentSeq } from '../../repositories/documents.repository.js';
import { newId } from '../../repositories/ids.js';
import { recordAudit } from '../audit/record-audit.js';
import type { RequestContext } from '../context.js';
import { prepareDocument } from './preview-document.js';
import { documentFilename, DOCX_MIME, presentDocument } from './present-document.js';

/** 平台标识 of 第四条(七), in the header of every document. */
export const PLATFORM_MARK = '有事来商量';

/**
 * 印发公文 — takes the office's edited fields, gives the document the next number of its county, year and kind,
 * lays it out after GB/T 9704-2012, stores the .docx in the uploads directory and records it, audited. The
 * number is taken, the file written and the rows inserted in one transaction: two offices issuing at once
 * queue on the counter row and get consecutive numbers, and a failure leaves neither a number used nor a file.
 * Issuing again makes a new document with a new number; the earlier ones stay.
 */
export async function issueDocument(ctx: RequestContext, uploadsDir: string, subjectType: DocumentSubjectType, id: string, kind: DocumentKind, query: DocumentSourceQuery, fields: DocumentFields): Promise<DocumentView> {
  const { source, settings, office, issuer } = await prepareDocument(ctx, subjectType, id, kind, query);
  const user = ctx.user!;
  const year = Number(office.today.slice(0, 4));
  const documentId = newId();
  const attachmentId = newId();
  const key = path.join('documents', office.today.slice(0, 7), `${documentId}.docx`);
  const file = path.join(uploadsDir, key);
  let written = false;
  try {
    await ctx.db.kysely.transaction().execute(async (trx) => {
      const seq = await takeDocumentSeq(trx, source.countyId, year, kind);
      const number = formatDocumentNumber(settings.prefixes[kind], year, seq);
      const bytes = await renderOfficialDocument({ mark: PLATFORM_MARK, issuer, number, ...fields, date: office.date, printedOn: office.date });
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      await fs.promises.writeFile(file, bytes);
      written = true;
      const at = ctx.now.toISOString();
      const filename = documentFilename(number, fields.title);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await insertAttachment(trx, { id: attachmentId, owner_type: 'document', owner_id: documentId, county_id: source.countyId, filename, mime: DOCX_MIME, size: bytes.length, sha256, storage_key: key, uploaded_by: user.id, created_at: at });
      await insertDocument(trx, {
        id: documentId, county_id: source.countyId, kind, year, seq, number, subject_type: source.subjectType, subject_id: source.subjectId, title: fields.title,
        fields: JSON.stringify({ ...fields, issuer, date: office.date, ...source.part }), attachment_id: attachmentId, issued_by: user.id, issued_at: at, issued_on: office.today,
      });
      await recordAudit(ctx, { action: 'document.issue', subjectType: 'document', subjectId: documentId, countyId: source.countyId, summary: `${DOCUMENT_KIND_LABELS[kind]} ${number}《${fields.title}》（${source.label}）` }, trx);
    });
  } catch (e) {
    if (written) await fs.promises.rm(file, { force: true });
    throw e;
  }
  return presentDocument((await findDocument(ctx.db.kysely, documentId))!);
}
