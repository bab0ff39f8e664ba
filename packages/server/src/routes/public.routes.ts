import { caseSummarySchema, caseViewSchema, itemsSchema, publicContactPointSchema, publicCountySchema, regulationSchema } from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publicContactPoints, publicCounties, regulation } from '../use-cases/public/public.js';
import { getCase, listCases } from '../use-cases/public/cases.js';
import { idParams } from './common.js';

/** The public portal's data: no sign-in, public data only. */
export const publicRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['公众门户'];
  const config = { public: true };
  app.get('/public/counties', { config, schema: { tags, summary: '各县（市、区）', response: { 200: itemsSchema(publicCountySchema) } } }, async (request) => ({
    items: await publicCounties(request.ctx.db),
  }));
  app.get('/public/contact-points', { config, schema: { tags, summary: '工作联系点', response: { 200: itemsSchema(publicContactPointSchema) } } }, async (request) => ({
    items: await publicContactPoints(request.ctx.db),
  }));
  app.get('/public/cases', { config, schema: { tags, summary: '典型案例', response: { 200: itemsSchema(caseSummarySchema) } } }, async (request) => ({ items: await listCases(request.ctx) }));
  app.get('/public/cases/:id', { config, schema: { tags, summary: '典型案例详情', params: idParams, response: { 200: caseViewSchema } } }, async (request) => getCase(request.ctx, request.params.id));
  app.get('/public/regulation', { config, schema: { tags, summary: '工作制度全文', response: { 200: regulationSchema } } }, async () => regulation());
};
