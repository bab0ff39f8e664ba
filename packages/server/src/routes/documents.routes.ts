import {
  DOCUMENT_KIND_LABELS,
  documentFieldsSchema,
  documentListQuery,
  documentListSchema,
  documentPreviewSchema,
  documentSettingsSchema,
  documentSettingsViewSchema,
  documentSourceQuery,
  type DocumentSubjectType,
  documentViewSchema,
  kindsOf,
} from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getDocumentSettings } from '../use-cases/documents/get-document-settings.js';
import { issueDocument } from '../use-cases/documents/issue-document.js';
import { listDocuments } from '../use-cases/documents/list-documents.js';
import { openDocumentFile } from '../use-cases/documents/open-document-file.js';
import { previewDocument } from '../use-cases/documents/preview-document.js';
import { updateDocumentSettings } from '../use-cases/documents/update-document-settings.js';
import { idParams } from './common.js';

/** A file name as an RFC 5987 ext-value: percent-encoded UTF-8, with the characters encodeURIComponent leaves alone but attr-char excludes. */
const rfc5987 = (name: string): string => encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Where each record's documents hang, and the name of its id in the path. */
const BASES: readonly { subject: DocumentSubjectType; base: string; param: 'id' | 'userId'; noun: string }[] = [
  { subject: 'topic', base: '/topics', param: 'id', noun: '议题' },
  { subject: 'handling_item', base: '/handling/items', param: 'id', noun: '办件' },
  { subject: 'plan', base: '/plans', param: 'id', noun: '年度协商计划' },
  { subject: 'archive', base: '/members', param: 'userId', noun: '委员（履职档案：year、countyId）' },
];

/** 公文 (GB/T 9704-2012): preview and issue per record and kind, a record's documents, the download and the county's settings. */
export const documentRoutes: FastifyPluginAsyncZod<{ uploadsDir: string }> = async (app, opts) => {
  const tags = ['公文'];
  for (const { subject, base, param, noun } of BASES) {
    const params = param === 'id' ? idParams : z.strictObject({ userId: z.string().min(1).max(64) });
    const idOf = (p: Record<string, string>) => p[param]!;
    for (const kind of kindsOf(subject)) {
      const label = DOCUMENT_KIND_LABELS[kind];
      const path = `${base}/:${param}/documents/${kind}`;
      app.get(`${path}/preview`, { schema: { tags, summary: `${label}：预览（按${noun}预填，供编辑）`, params, querystring: documentSourceQuery, response: { 200: documentPreviewSchema } } }, async (request) =>
        previewDocument(request.ctx, subject, idOf(request.params), kind, request.query),
      );
      app.post(path, { schema: { tags, summary: `${label}：编号、生成 .docx 并存档`, params, querystring: documentSourceQuery, body: documentFieldsSchema, response: { 201: documentViewSchema } } }, async (request, reply) =>
        reply.status(201).send(await issueDocument(request.ctx, opts.uploadsDir, subject, idOf(request.params), kind, request.query, request.body)),
      );
    }
  }
  app.get('/documents', { schema: { tags, summary: '某一记录的公文（及当前可印发的种类）', querystring: documentListQuery, response: { 200: documentListSchema } } }, async (request) => listDocuments(request.ctx, request.query));
  app.get('/documents/settings', { schema: { tags, summary: '公文设置：发文机关与发文字号代字', response: { 200: documentSettingsViewSchema } } }, async (request) => getDocumentSettings(request.ctx));
  app.put('/documents/settings', { schema: { tags, summary: '修改公文设置', body: documentSettingsSchema, response: { 200: documentSettingsViewSchema } } }, async (request) => updateDocumentSettings(request.ctx, request.body));
  app.get('/documents/:id/file', { schema: { tags, summary: '下载公文（.docx）', params: idParams } }, async (request, reply) => {
    const { filename, mime, size, stream } = await openDocumentFile(request.ctx, opts.uploadsDir, request.params.id);
    return reply
      .header('content-type', mime)
      .header('content-length', size)
      .header('content-disposition', `attachment; filename="document.docx"; filename*=UTF-8''${rfc5987(filename)}`)
      .header('x-content-type-options', 'nosniff')
      .send(stream);
  });
};
