import fs from 'node:fs';
import path from 'node:path';
import { can, itemSubject } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { AppError, invalid, notFound } from '../refusals.js';
import type { ReceivedFile } from '../../http/receive-upload.js';
import { recordAudit } from '../audit/record-audit.js';
import { findAttachment, findAttachmentOwners, findFeedbackItem, insertAttachment, linkAttachmentsTo, listAttachmentsOf } from '../../repositories/attachments.repository.js';
import { findConsultation } from '../../repositories/consultations.repository.js';
import { newId } from '../../repositories/ids.js';
import { findProposal } from '../../repositories/proposals.repository.js';
import { findResearchReport } from '../../repositories/research.repository.js';
import { findTopic } from '../../repositories/topics.repository.js';
import type { Executor } from '../../repositories/types.js';
import { authorizeRead, hiddenFrom } from '../authorize.js';
import { loadRoom } from '../rooms/room-access.js';

/** Largest upload accepted. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Accepted file types: photos, PDF, Office documents and plain text — by extension and declared type. */
const ACCEPTED: Readonly<Record<string, readonly string[]>> = {
  '.jpg': ['image/jpeg'],
  '.jpeg': ['image/jpeg'],
  '.png': ['image/png'],
  '.webp': ['image/webp'],
  '.pdf': ['application/pdf'],
  '.doc': ['application/msword'],
  '.docx': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  '.xls': ['application/vnd.ms-excel'],
  '.xlsx': ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  '.txt': ['text/plain'],
};

/** What a record may carry as attachments. */
export type AttachmentOwner = 'proposal' | 'research_report' | 'consultation' | 'feedback' | 'room';

/** An attachment as the API shows it. */
export interface AttachmentView {
  readonly id: string;
  readonly filename: string;
  readonly mime: string;
  readonly size: number;
  readonly url: string;
}

/** Refuses names and declared types outside the accepted list, before any byte is stored. */
export function acceptAttachment(filename: string, mimetype: string): void {
  if (!filename || !ACCEPTED[path.extname(filename).toLowerCase()]?.includes(mimetype)) {
    throw invalid('仅支持上传图片（JPG、PNG、WebP）、PDF、Word、Excel 和文本文件', [{ path: 'file', message: '文件类型不支持' }]);
  }
}

/**
 * 上传附件 — records a received file and moves it into place; it stays unlinked until a record takes it,
 * and is swept after a day if none does. The row is written (with its audit entry) before the move, so a
 * crash leaves at most a temporary file or an unlinked row, both swept.
 */
export async function uploadAttachment(ctx: RequestContext, uploadsDir: string, file: ReceivedFile): Promise<AttachmentView> {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  const user = ctx.user;
  const id = newId();
  const key = path.join(ctx.now.toISOString().slice(0, 7), id);
  try {
    await ctx.db.kysely.transaction().execute(async (trx) => {
      await insertAttachment(trx, { id, owner_type: null, owner_id: null, county_id: user.countyId, filename: file.filename, mime: file.mimetype, size: file.size, sha256: file.sha256, storage_key: key, uploaded_by: user.id, created_at: ctx.now.toISOString() });
      await recordAudit(ctx, { action: 'attachment.upload', subjectType: 'attachment', subjectId: id, summary: { filename: file.filename, size: file.size } }, trx);
    });
    await fs.promises.mkdir(path.join(uploadsDir, path.dirname(key)), { recursive: true });
    await fs.promises.rename(file.tempPath, path.join(uploadsDir, key));
  } finally {
    await fs.promises.rm(file.tempPath, { force: true });
  }
  return { id, filename: file.filename, mime: file.mimetype, size: file.size, url: `/api/attachments/${id}` };
}

/** Links the user's own unlinked uploads to a record, inside the record's transaction. */
export async function linkAttachments(ctx: RequestContext, exec: Executor, ids: readonly string[] | undefined, owner: AttachmentOwner, ownerId: string): Promise<void> {
  const unique = [...new Set(ids ?? [])];
  if (unique.length === 0) return;
  const rows = await findAttachmentOwners(exec, unique);
  const usable = rows.filter((r) => r.owner_id === null && r.uploaded_by === ctx.user?.id);
  if (usable.length !== unique.length) throw invalid('附件不存在、已被使用或不是您上传的', [{ path: 'attachmentIds', message: '附件无效，请重新上传' }]);
  await linkAttachmentsTo(exec, unique, owner, ownerId);
}

/** The attachments of several records of one kind, in one query. */
export async function attachmentsOf(exec: Executor, owner: AttachmentOwner, ownerIds: readonly string[]): Promise<Map<string, AttachmentView[]>> {
  const byOwner = new Map<string, AttachmentView[]>();
  if (ownerIds.length === 0) return byOwner;
  for (const r of await listAttachmentsOf(exec, owner, ownerIds)) {
    const list = byOwner.get(r.owner_id!) ?? [];
    list.push({ id: r.id, filename: r.filename, mime: r.mime, size: r.size, url: `/api/attachments/${r.id}` });
    byOwner.set(r.owner_id!, list);
  }
  return byOwner;
}

/** A consultation's photo shown on a published 典型案例 (a concluded topic the office published): public. */
export const isCasePhoto = (topic: { published_as_case: number; state: string }, mime: string): boolean => topic.published_as_case === 1 && topic.state === 'concluded' && mime.startsWith('image/');

/** 下载附件 — readable by whoever may read the record it belongs to (or its uploader before it is linked). */
export async function openAttachment(ctx: RequestContext, uploadsDir: string, id: string): Promise<{ filename: string; mime: string; size: number; stream: fs.ReadStream }> {
  const db = ctx.db.kysely;
  const row = await findAttachment(db, id);
  // The materials of a public 网络协商 room and the photos of a published 典型案例 are for everyone; every other file needs a signed-in reader.
  if (!ctx.user && row?.owner_type !== 'room' && row?.owner_type !== 'consultation') throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  if (!row) throw notFound('附件');
  // A file whose record has gone reads as missing, like the file itself.
  const found = <T>(owner: T | undefined): T => {
    if (!owner) throw notFound('附件');
    return owner;
  };
  if (row.owner_type === null) {
    if (row.uploaded_by !== ctx.user?.id) throw hiddenFrom('附件', { action: 'attachment.read', subjectType: 'attachment', subjectId: id, countyId: row.county_id });
  } else if (row.owner_type === 'proposal') {
    const p = found(await findProposal(db, row.owner_id!));
    if (p.proposer_user_id !== ctx.user?.id) await authorizeRead(ctx, 'proposal.list', { type: 'proposal', scope: [p.county_id] }, '附件');
  } else if (row.owner_type === 'feedback') {
    const f = found(await findFeedbackItem(db, row.owner_id!));
    if (!can(ctx.actor, 'handling_item.read', itemSubject({ countyId: f.county_id, leadDepartmentId: f.lead_dept_id, coDepartmentIds: JSON.parse(f.co_dept_ids) as string[] })).ok) throw hiddenFrom('附件', { action: 'attachment.read', subjectType: 'attachment', subjectId: id, countyId: f.county_id });
  } else if (row.owner_type === 'room') {
    await loadRoom(ctx, row.owner_id!);
  } else {
    const owner = found(row.owner_type === 'research_report' ? await findResearchReport(db, row.owner_id!) : await findConsultation(db, row.owner_id!));
    const topic = found(await findTopic(db, owner.topic_id));
    const casePhoto = row.owner_type === 'consultation' && isCasePhoto(topic, row.mime);
    if (!casePhoto) await authorizeRead(ctx, 'topic.read', { type: 'topic', scope: [topic.county_id] }, '附件');
  }
  const file = path.join(uploadsDir, row.storage_key);
  if (!fs.existsSync(file)) throw notFound('附件文件');
  return { filename: row.filename, mime: row.mime, size: row.size, stream: fs.createReadStream(file) };
}
