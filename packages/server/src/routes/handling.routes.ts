import {
  followUpSchema,
  instructionSchema,
  assignSchema,
  coOpinionSchema,
  type HandlingItemDetail,
  handlingItemDetailSchema,
  handlingItemPageSchema,
  handlingSettingsViewSchema,
  handlingSummarySchema,
  importReportSchema,
  topicViewSchema,
  conversionSchema,
  evaluateSchema,
  feedbackSchema,
  handlingSettingsSchema,
  itemQuerySchema,
  reasonSchema,
  reviewSchema,
  superviseSchema,
} from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { receiveUpload, takeBuffer } from '../http/receive-upload.js';
import { acceptHandlingSheet, exportHandlingSheet, HANDLING_SHEET_MAX_BYTES, importHandlingSheet } from '../use-cases/handling/xlsx.js';
import { assignItem } from '../use-cases/handling/assign-item.js';
import { evaluateItem } from '../use-cases/handling/evaluate-item.js';
import { recordConversion } from '../use-cases/handling/record-conversion.js';
import { recordPaperFeedback } from '../use-cases/handling/record-paper-feedback.js';
import { returnItem } from '../use-cases/handling/return-item.js';
import { reviewFeedback } from '../use-cases/handling/review-feedback.js';
import { submitCoOpinion } from '../use-cases/handling/submit-co-opinion.js';
import { submitFeedback } from '../use-cases/handling/submit-feedback.js';
import { superviseItem } from '../use-cases/handling/supervise-item.js';
import { addInstruction, completeInstructionAction, markAsCase, publishAnswers, recordFollowUp } from '../use-cases/handling/follow-up.js';
import { getItem, handlingSummary, listItemsOf } from '../use-cases/handling/items.js';
import { getSettings, updateSettings } from '../use-cases/handling/settings.js';
import { idParams } from './common.js';

/** 建议办理: 交办, 书面反馈, 督办, 满意度测评 (第四条(四)(五)). */
export const handlingRoutes: FastifyPluginAsyncZod<{ uploadsDir: string }> = async (app, opts) => {
  const tags = ['建议办理'];
  app.get('/handling/topics/:id/export', { schema: { tags, summary: '导出办理表（.xlsx）', params: idParams } }, async (request, reply) => {
    const { filename, buffer } = await exportHandlingSheet(request.ctx, request.params.id);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
      .send(buffer);
  });
  app.post(
    '/handling/topics/:id/import',
    { schema: { tags, summary: '导入办理表（逐行校验；有错误行时默认不写入）', params: idParams, querystring: z.strictObject({ applyValid: z.enum(['true', 'false']).optional() }), response: { 200: importReportSchema } } },
    async (request) => {
      const file = await receiveUpload(request, opts.uploadsDir, { maxBytes: HANDLING_SHEET_MAX_BYTES, accept: acceptHandlingSheet });
      const buffer = await takeBuffer(file);
      return importHandlingSheet(request.ctx, request.params.id, buffer, request.query.applyValid === 'true');
    },
  );
  app.get('/handling/items', { schema: { tags, summary: '办件列表（承办单位只见本单位）', querystring: itemQuerySchema, response: { 200: handlingItemPageSchema } } }, async (request) => listItemsOf(request.ctx, request.query));
  app.get('/handling/items/:id', { schema: { tags, summary: '办件详情', params: idParams, response: { 200: handlingItemDetailSchema } } }, async (request) => getItem(request.ctx, request.params.id));
  app.get('/handling/summary', { schema: { tags, summary: '按承办单位统计', response: { 200: handlingSummarySchema } } }, async (request) => handlingSummary(request.ctx));
  app.get('/handling/settings', { schema: { tags, summary: '办理期限设置', response: { 200: handlingSettingsViewSchema } } }, async (request) => getSettings(request.ctx));
  app.put('/handling/settings', { schema: { tags, summary: '修改办理期限设置', body: handlingSettingsSchema, response: { 200: handlingSettingsViewSchema } } }, async (request) => updateSettings(request.ctx, request.body));
  const post = <B>(path: string, summary: string, body: import('zod').ZodType<B>, run: (ctx: import('../http/context.js').RequestContext, id: string, input: B) => Promise<HandlingItemDetail>) =>
    app.post(`/handling/items/:id/${path}`, { schema: { tags, summary, params: idParams, body, response: { 200: handlingItemDetailSchema } } }, async (request) => run(request.ctx, request.params.id, request.body as B));
  post('assign', '交办 / 重新交办', assignSchema, assignItem);
  post('return', '退回（非本单位职责）', reasonSchema, (ctx, id, b) => returnItem(ctx, id, b.reason, b.version));
  post('feedback', '提交书面反馈', feedbackSchema, submitFeedback);
  post('paper-feedback', '录入书面反馈（来函，视为已采纳）', feedbackSchema, recordPaperFeedback);
  post('co-opinion', '提交会办意见', coOpinionSchema, (ctx, id, b) => submitCoOpinion(ctx, id, b.text, b.version));
  post('review', '审核反馈', reviewSchema, reviewFeedback);
  post('evaluate', '满意度测评', evaluateSchema, evaluateItem);
  post('supervise', '督办', superviseSchema, superviseItem);
  post('conversion', '成果转化', conversionSchema, recordConversion);

  const topicTags = ['跟踪问效'];
  app.post('/topics/:id/instructions', { schema: { tags: topicTags, summary: '记录领导批示', params: idParams, body: instructionSchema, response: { 201: topicViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await addInstruction(request.ctx, request.params.id, request.body)),
  );
  app.post('/instruction-actions/:id/done', { schema: { tags: topicTags, summary: '批示落实事项完成', params: idParams, body: z.strictObject({ doneOn: z.iso.date({ error: '完成日期格式应为 YYYY-MM-DD' }) }), response: { 200: topicViewSchema } } }, async (request) =>
    completeInstructionAction(request.ctx, request.params.id, request.body.doneOn),
  );
  app.post('/topics/:id/follow-ups', { schema: { tags: topicTags, summary: '记录跟踪问效活动', params: idParams, body: followUpSchema, response: { 201: topicViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await recordFollowUp(request.ctx, request.params.id, request.body)),
  );
  app.post('/topics/:id/publish-answers', { schema: { tags: topicTags, summary: '一次公开全部已采纳的办理答复', params: idParams, body: z.strictObject({}).optional(), response: { 200: topicViewSchema } } }, async (request) =>
    publishAnswers(request.ctx, request.params.id),
  );
  app.post('/topics/:id/case', { schema: { tags: topicTags, summary: '列为 / 取消典型案例', params: idParams, body: z.strictObject({ published: z.boolean() }), response: { 200: topicViewSchema } } }, async (request) =>
    markAsCase(request.ctx, request.params.id, request.body.published),
  );
};
