import { attachmentViewSchema } from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { receiveUpload } from '../http/receive-upload.js';
import { AppError } from '../http/errors.js';
import { acceptAttachment, ATTACHMENT_MAX_BYTES, openAttachment, uploadAttachment } from '../use-cases/attachments/attachments.js';
import { idParams } from './common.js';

/** 附件: upload (multipart, with the X-Shangliang-Request header) and download. */
export const attachmentRoutes: FastifyPluginAsyncZod<{ uploadsDir: string }> = async (app, opts) => {
  const tags = ['附件'];
  app.post('/attachments', { schema: { tags, summary: '上传附件（multipart，一个文件，最大 10 MB）', response: { 201: attachmentViewSchema } } }, async (request, reply) => {
    if (!request.ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
    const file = await receiveUpload(request, opts.uploadsDir, { maxBytes: ATTACHMENT_MAX_BYTES, accept: acceptAttachment });
    return reply.status(201).send(await uploadAttachment(request.ctx, opts.uploadsDir, file));
  });
  app.get('/attachments/:id', { config: { public: true }, schema: { tags, summary: '下载附件（公开的网络协商材料无需登录）', params: idParams } }, async (request, reply) => {
    const { filename, mime, size, stream } = await openAttachment(request.ctx, opts.uploadsDir, request.params.id);
    return reply
      .header('content-type', mime)
      .header('content-length', size)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
      .header('x-content-type-options', 'nosniff')
      .send(stream);
  });
};
