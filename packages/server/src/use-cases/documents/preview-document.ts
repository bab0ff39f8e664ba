import { DOCUMENT_KIND_LABELS, type DocumentKind, type DocumentPreview, type DocumentSourceQuery, type DocumentSubjectType, formatDocumentNumber } from '@shangliang/core';
import { lastDocumentSeqs } from '../../repositories/documents.repository.js';
import type { RequestContext } from '../context.js';
import { conflict } from '../refusals.js';
import { authorize } from '../authorize.js';
import { type DocumentSource, loadSource } from './document-source.js';
import { documentSettingsOf, issuingOfficeOf } from './issuing-office.js';

/**
 * The record loaded (others' records read as not found), the office allowed to issue for it, and the kind
 * open now (a 409 saying why not, e.g. no outcome yet): what a preview and an issue both start from.
 */
export async function prepareDocument(ctx: RequestContext, subjectType: DocumentSubjectType, id: string, kind: DocumentKind, query: DocumentSourceQuery) {
  const source: DocumentSource = await loadSource(ctx, subjectType, id, query);
  await authorize(ctx, 'document.issue', source.subject);
  const closed = source.unavailable[kind];
  if (closed) throw conflict(closed);
  const settings = await documentSettingsOf(ctx.db.kysely, source.countyId);
  const office = await issuingOfficeOf(ctx, settings);
  const prefill = await source.prefill(kind, office);
  return { source, settings, office, prefill, issuer: prefill.issuer ?? office.issuer };
}

/** 公文预览 — the fields prefilled from the record for the office to edit, with the number it would get now. */
export async function previewDocument(ctx: RequestContext, subjectType: DocumentSubjectType, id: string, kind: DocumentKind, query: DocumentSourceQuery): Promise<DocumentPreview> {
  const { source, settings, office, prefill, issuer } = await prepareDocument(ctx, subjectType, id, kind, query);
  const year = Number(office.today.slice(0, 4));
  const last = (await lastDocumentSeqs(ctx.db.kysely, source.countyId, year)).get(kind) ?? 0;
  return {
    kind,
    kindLabel: DOCUMENT_KIND_LABELS[kind],
    subjectType,
    subjectId: source.subjectId,
    issuer,
    nextNumber: formatDocumentNumber(settings.prefixes[kind], year, last + 1),
    date: office.date,
    fields: prefill.fields,
    notes: [...prefill.notes],
  };
}
