import {
  captchaSchema,
  createPlanSchema,
  createProposalSchema,
  createSolicitationSchema,
  mergeProposalsSchema,
  proposalQuerySchema,
  publicProposalSchema,
  screenProposalsSchema,
  itemsSchema,
  planViewSchema,
  proposalPageSchema,
  proposalReceiptSchema,
  proposalViewSchema,
  publicPlaceSchema,
  publicSolicitationSchema,
  revealedPhoneSchema,
  solicitationViewSchema,
  topicViewSchema,
  trackViewSchema,
  updatePlanSchema,
} from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { revealProposalPhone } from '../use-cases/proposals/reveal-phone.js';
import { createPlan, createSolicitation, getPlan, listPlans, listSolicitations, updatePlan } from '../use-cases/plans/plans.js';
import { createProposal, getProposal, listProposals, mergeProposals, screenProposals } from '../use-cases/proposals/proposals.js';
import { newCaptcha, openSolicitations, publicPlaces, submitPublicProposal, trackProposal } from '../use-cases/proposals/public-proposals.js';
import { getTopic } from '../use-cases/topics/topics.js';
import { emptyBody, idParams } from './common.js';

/** 选题征集: proposals from the three sources, screening, merging; solicitations and annual plans. */
export const proposalRoutes: FastifyPluginAsyncZod<{ publicProposalRateLimit: number; trackRateLimit: number }> = async (app, opts) => {
  const tags = ['选题征集'];
  const pub = { public: true };
  app.get('/public/captcha', { config: pub, schema: { tags, summary: '验证题', response: { 200: captchaSchema } } }, async (request) => newCaptcha(request.ctx));
  app.post(
    '/public/proposals',
    { config: { ...pub, rateLimit: { max: opts.publicProposalRateLimit, timeWindow: '10 minutes' } }, schema: { tags, summary: '群众提交选题建议', body: publicProposalSchema, response: { 200: proposalReceiptSchema, 201: proposalReceiptSchema } } },
    async (request, reply) => {
      const { created, ...receipt } = await submitPublicProposal(request.ctx, request.body);
      return reply.status(created ? 201 : 200).send(receipt);
    },
  );
  // A 查询码 has 31^10 values; twenty guesses a minute per address keep guessing out of reach.
  app.get('/public/track/:code', { config: { ...pub, rateLimit: { max: opts.trackRateLimit, timeWindow: '1 minute' } }, schema: { tags, summary: '按查询码查询办理进展', params: z.strictObject({ code: z.string().trim().min(4, '查询码不正确').max(20, '查询码不正确') }), response: { 200: trackViewSchema } } }, async (request) =>
    trackProposal(request.ctx, request.params.code),
  );
  app.get('/public/places', { config: pub, schema: { tags, summary: '乡镇、村（社区）', querystring: z.strictObject({ parentId: z.string().min(1, '请指定上级').max(64) }), response: { 200: itemsSchema(publicPlaceSchema) } } }, async (request) => ({
    items: await publicPlaces(request.ctx, request.query.parentId),
  }));
  app.get('/public/solicitations', { config: pub, schema: { tags, summary: '正在进行的公开征集', querystring: z.strictObject({ countyId: z.string().max(64).optional() }), response: { 200: itemsSchema(publicSolicitationSchema) } } }, async (request) => ({
    items: await openSolicitations(request.ctx, request.query.countyId),
  }));

  app.post('/proposals', { schema: { tags, summary: '委员荐题 / 党委政府点题', body: createProposalSchema, response: { 201: proposalViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await createProposal(request.ctx, request.body)),
  );
  app.get('/proposals', { schema: { tags, summary: '选题建议库', querystring: proposalQuerySchema, response: { 200: proposalPageSchema } } }, async (request) => listProposals(request.ctx, request.query));
  app.post('/proposals/:id/reveal-phone', { schema: { tags, summary: '查看群众完整联系电话（仅本县政协办公室，记入日志）', params: idParams, body: emptyBody, response: { 200: revealedPhoneSchema } } }, async (request) =>
    revealProposalPhone(request.ctx, request.params.id),
  );
  app.get('/proposals/:id', { schema: { tags, summary: '选题建议详情', params: idParams, response: { 200: proposalViewSchema } } }, async (request) => getProposal(request.ctx, request.params.id));
  app.post('/proposals/screen', { schema: { tags, summary: '初筛（可批量）', body: screenProposalsSchema, response: { 200: itemsSchema(proposalViewSchema) } } }, async (request) => screenProposals(request.ctx, request.body));
  app.post('/proposals/merge', { schema: { tags, summary: '合并立题', body: mergeProposalsSchema, response: { 200: topicViewSchema } } }, async (request) =>
    getTopic(request.ctx, await mergeProposals(request.ctx, request.body)),
  );

  app.get('/solicitations', { schema: { tags, summary: '公开征集活动', response: { 200: itemsSchema(solicitationViewSchema) } } }, async (request) => ({ items: await listSolicitations(request.ctx) }));
  app.post('/solicitations', { schema: { tags, summary: '发布公开征集', body: createSolicitationSchema, response: { 201: solicitationViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await createSolicitation(request.ctx, request.body)),
  );
  app.get('/plans', { schema: { tags: ['年度协商计划'], summary: '年度协商计划', querystring: z.strictObject({ countyId: z.string().max(64).optional(), year: z.coerce.number().int().min(2000).max(2100).optional() }), response: { 200: itemsSchema(planViewSchema) } } }, async (request) => ({
    items: await listPlans(request.ctx, request.query),
  }));
  app.post('/plans', { schema: { tags: ['年度协商计划'], summary: '新建年度协商计划', body: createPlanSchema, response: { 201: planViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await createPlan(request.ctx, request.body)),
  );
  app.get('/plans/:id', { schema: { tags: ['年度协商计划'], summary: '年度协商计划详情', params: idParams, response: { 200: planViewSchema } } }, async (request) => getPlan(request.ctx, request.params.id));
  app.patch('/plans/:id', { schema: { tags: ['年度协商计划'], summary: '修改年度协商计划', params: idParams, body: updatePlanSchema, response: { 200: planViewSchema } } }, async (request) =>
    updatePlan(request.ctx, request.params.id, request.body),
  );
};
