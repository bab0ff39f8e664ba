import { DOCUMENT_KIND_LABELS, type DocumentView } from '@shangliang/core';
import type { DocumentListRow } from '../../repositories/documents.repository.js';

/** The MIME type of a .docx. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A document as the API shows it. */
export const presentDocument = (row: DocumentListRow): DocumentView => ({
  id: row.id,
  kind: row.kind,
  kindLabel: DOCUMENT_KIND_LABELS[row.kind],
  number: row.number,
  year: Number(row.year),
  seq: Number(row.seq),
  title: row.title,
  subjectType: row.subject_type,
  subjectId: row.subject_id,
  countyId: row.county_id,
  issuedOn: row.issued_on,
  issuedAt: row.issued_at,
  issuedByName: row.issued_by_name,
  filename: row.filename,
  size: Number(row.size),
  url: `/api/documents/${row.id}/file`,
});

/** The file name of a document: its number and title, without the characters file systems refuse. */
export const documentFilename = (number: string, title: string): string => `${number} ${title}`.replace(/[\\/:*?"<>|]+/g, '').slice(0, 120).trim() + '.docx';
