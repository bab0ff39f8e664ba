import { can, type DocumentList, type DocumentListQuery, kindsOf } from '@shangliang/core';
import { listDocumentsOf } from '../../repositories/documents.repository.js';
import type { RequestContext } from '../context.js';
import { AppError } from '../refusals.js';
import { loadSource } from './document-source.js';
import { presentDocument } from './present-document.js';
import { readSubjectOf } from './open-document-file.js';

/** 公文列表 — a record's documents, newest first, for whoever may read the record; and the kinds this user may issue for it now. */
export async function listDocuments(ctx: RequestContext, query: DocumentListQuery): Promise<DocumentList> {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  const source = await loadSource(ctx, query.subjectType, query.subjectId);
  const rows = await listDocumentsOf(ctx.db.kysely, source.subjectType, source.subjectId, [source.countyId, ...(source.subjectType === 'archive' ? [null] : [])]);
  const readable = rows.filter((r) => can(ctx.actor, 'document.read', readSubjectOf(r, source.subject)).ok);
  const mayIssue = can(ctx.actor, 'document.issue', source.subject).ok;
  return {
    items: readable.map(presentDocument),
    issuable: mayIssue ? kindsOf(source.subjectType).filter((k) => source.unavailable[k] === null) : [],
  };
}
