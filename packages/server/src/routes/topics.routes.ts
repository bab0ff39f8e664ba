import {
  createTopicSchema,
  preparationSchema,
  recordConsultationSchema,
  researchActivitySchema,
  researchReportSchema,
  scheduleConsultationSchema,
  submitOutcomeSchema,
  topicQuerySchema,
  transitionSchema,
  myActivitySchema,
  pageSchema,
  topicPageSchema,
  topicViewSchema,
  updateTopicSchema,
} from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { myActivities } from '../use-cases/topics/my-activities.js';
import { recordConsultation, scheduleConsultation } from '../use-cases/topics/consultations.js';
import { submitOutcome } from '../use-cases/topics/outcome.js';
import { fileResearchReport, recordPreparation, recordResearchActivity } from '../use-cases/topics/research.js';
import { applyTransition, createTopic, getTopic, listTopicsOf, updateTopic } from '../use-cases/topics/topics.js';
import { z } from 'zod';
import { idParams, pageQuery } from './common.js';

/** 协商议题: the lifecycle from draft to outcome. */
export const topicRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['协商议题'];
  app.get('/topics', { schema: { tags, summary: '议题列表', querystring: topicQuerySchema, response: { 200: topicPageSchema } } }, async (request) => listTopicsOf(request.ctx, request.query));
  app.post('/topics', { schema: { tags, summary: '新建议题', body: createTopicSchema, response: { 201: topicViewSchema } } }, async (request, reply) => reply.status(201).send(await createTopic(request.ctx, request.body)));
  app.get('/topics/:id', { schema: { tags, summary: '议题详情', params: idParams, response: { 200: topicViewSchema } } }, async (request) => getTopic(request.ctx, request.params.id));
  app.patch('/topics/:id', { schema: { tags, summary: '修改议题', params: idParams, body: updateTopicSchema, response: { 200: topicViewSchema } } }, async (request) => updateTopic(request.ctx, request.params.id, request.body));
  app.post('/topics/:id/transitions', { schema: { tags, summary: '议题流转（审议、审定等）', params: idParams, body: transitionSchema, response: { 200: topicViewSchema } } }, async (request) =>
    applyTransition(request.ctx, request.params.id, request.body),
  );
  app.post('/topics/:id/research-activities', { schema: { tags, summary: '记录调研活动', params: idParams, body: researchActivitySchema, response: { 201: topicViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await recordResearchActivity(request.ctx, request.params.id, request.body)),
  );
  app.post('/topics/:id/research-reports', { schema: { tags, summary: '提交调研报告', params: idParams, body: researchReportSchema, response: { 201: topicViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await fileResearchReport(request.ctx, request.params.id, request.body)),
  );
  app.post('/topics/:id/preparations', { schema: { tags, summary: '记录前置事项（报告党委政府、研究解决方案）', params: idParams, body: preparationSchema, response: { 201: topicViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await recordPreparation(request.ctx, request.params.id, request.body)),
  );
  app.post('/topics/:id/consultations', { schema: { tags, summary: '安排协商活动', params: idParams, body: scheduleConsultationSchema, response: { 201: topicViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await scheduleConsultation(request.ctx, request.params.id, request.body)),
  );
  app.post('/consultations/:id/record', { schema: { tags, summary: '记录协商情况', params: idParams, body: recordConsultationSchema, response: { 200: topicViewSchema } } }, async (request) =>
    recordConsultation(request.ctx, request.params.id, request.body),
  );
  app.post('/topics/:id/outcome', { schema: { tags, summary: '报送协商成果', params: idParams, body: submitOutcomeSchema, response: { 201: topicViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await submitOutcome(request.ctx, request.params.id, request.body)),
  );
  app.get('/me/activities', { schema: { tags: ['委员'], summary: '我的活动', querystring: z.strictObject(pageQuery), response: { 200: pageSchema(myActivitySchema) } } }, async (request) =>
    myActivities(request.ctx, request.query),
  );
};
