import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { invalid } from '../http/errors.js';
import { ATTACHMENT_MAX_BYTES, openAttachment, uploadAttachment } from '../use-cases/attachments/attachments.js';
import { idParams } from './common.js';

/** 附件: upload (multipart, with the X-Shangliang-Request header) and download. */
export const attachmentRoutes: FastifyPluginAsyncZod<{ uploadsDir: string }> = async (app, opts) => {
  await app.register(multipart, { limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 0 } });
  const tags = ['附件'];
  app.post('/attachments', { schema: { tags, summary: '上传附件（multipart，字段名 file，最大 10 MB）' } }, async (request, reply) => {
    if (!request.isMultipart()) throw invalid('请以 multipart/form-data 上传文件');
    const file = await request.file();
    if (!file) throw invalid('请选择要上传的文件', [{ path: 'file', message: '请选择文件' }]);
    return reply.status(201).send(await uploadAttachment(request.ctx, opts.uploadsDir, file));
  });
  app.get('/attachments/:id', { schema: { tags, summary: '下载附件', params: idParams } }, async (request, reply) => {
    const { filename, mime, size, stream } = await openAttachment(request.ctx, opts.uploadsDir, request.params.id);
    return reply
      .header('content-type', mime)
      .header('content-length', size)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
      .header('x-content-type-options', 'nosniff')
      .send(stream);
  });
};
