import {
  cityMemberViewSchema,
  contactPointPageSchema,
  createExperienceSchema,
  createVisitSchema,
  EXPERIENCE_STATUSES,
  experienceListItemSchema,
  experienceViewSchema,
  itemsSchema,
  pageSchema,
  updateExperienceSchema,
  updateVisitSchema,
  versionOnlySchema,
  visitViewSchema,
} from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { editVisit, deleteVisit } from '../use-cases/city/edit-visit.js';
import { getExperience, listExperiencesOf } from '../use-cases/city/read-experiences.js';
import { listCityMembers, listVisits, readContactPointPage } from '../use-cases/city/read-contact-point-page.js';
import { recordVisit } from '../use-cases/city/record-visit.js';
import { createExperience, setExperiencePublished, updateExperience } from '../use-cases/city/write-experience.js';
import { idParams, pageQuery, searchText } from './common.js';

/** The city CPPCC's own records: its visits to the contact points (第四条(七)) and 经验交流 (第七条). */
export const cityRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['市政协：联系点走访与经验交流'];
  app.get('/contact-points/:id/page', { schema: { tags, summary: '工作联系点页面（协商活动、市政协走访座谈）', params: idParams, response: { 200: contactPointPageSchema } } }, async (request) =>
    readContactPointPage(request.ctx, request.params.id),
  );
  app.get('/contact-points/:id/visits', { schema: { tags, summary: '市政协在联系点的走访座谈', params: idParams, querystring: z.strictObject(pageQuery), response: { 200: pageSchema(visitViewSchema) } } }, async (request) =>
    listVisits(request.ctx, request.params.id, request.query),
  );
  app.post('/contact-points/:id/visits', { schema: { tags, summary: '记录走访座谈', params: idParams, body: createVisitSchema, response: { 201: visitViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await recordVisit(request.ctx, request.params.id, request.body)),
  );
  app.put('/contact-point-visits/:id', { schema: { tags, summary: '修改走访座谈记录', params: idParams, body: updateVisitSchema, response: { 200: visitViewSchema } } }, async (request) =>
    editVisit(request.ctx, request.params.id, request.body),
  );
  app.delete('/contact-point-visits/:id', { schema: { tags, summary: '删除走访座谈记录', params: idParams, body: versionOnlySchema } }, async (request, reply) => {
    await deleteVisit(request.ctx, request.params.id, request.body?.version);
    return reply.status(204).send();
  });
  app.get('/city-members', { schema: { tags, summary: '市政协委员（记录走访时选择）', response: { 200: itemsSchema(cityMemberViewSchema) } } }, async (request) => listCityMembers(request.ctx));

  const status = z.enum(EXPERIENCE_STATUSES, { error: '状态不正确' }).optional();
  app.get('/experiences', { schema: { tags, summary: '经验交流列表', querystring: z.strictObject({ status, q: searchText, ...pageQuery }), response: { 200: pageSchema(experienceListItemSchema) } } }, async (request) => {
    const { page, pageSize, ...filter } = request.query;
    return listExperiencesOf(request.ctx, filter, { page, pageSize });
  });
  app.post('/experiences', { schema: { tags, summary: '撰写经验交流（草稿）', body: createExperienceSchema, response: { 201: experienceViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await createExperience(request.ctx, request.body)),
  );
  app.get('/experiences/:id', { schema: { tags, summary: '经验交流详情', params: idParams, response: { 200: experienceViewSchema } } }, async (request) => getExperience(request.ctx, request.params.id));
  app.put('/experiences/:id', { schema: { tags, summary: '修改经验交流', params: idParams, body: updateExperienceSchema, response: { 200: experienceViewSchema } } }, async (request) =>
    updateExperience(request.ctx, request.params.id, request.body),
  );
  for (const [verb, published, label] of [['publish', true, '发布'], ['unpublish', false, '撤回']] as const) {
    app.post(`/experiences/:id/${verb}`, { schema: { tags, summary: `${label}经验交流`, params: idParams, body: versionOnlySchema, response: { 200: experienceViewSchema } } }, async (request) =>
      setExperiencePublished(request.ctx, request.params.id, published, request.body),
    );
  }
};
