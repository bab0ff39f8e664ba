import { auditEntryViewSchema, auditQuerySchema, pageSchema, workbenchViewSchema } from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listAuditOf } from '../use-cases/audit/list-audit.js';
import { workbench } from '../use-cases/workbench/workbench.js';

/** 操作日志 (read only) and 工作台. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/audit', { schema: { tags: ['操作日志'], summary: '操作日志', querystring: auditQuerySchema, response: { 200: pageSchema(auditEntryViewSchema) } } }, async (request) =>
    listAuditOf(request.ctx, request.query),
  );
  app.get('/workbench', { schema: { tags: ['工作台'], summary: '工作台', response: { 200: workbenchViewSchema } } }, async (request) => workbench(request.ctx));
};
