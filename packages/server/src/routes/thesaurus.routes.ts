import { createThesaurusGroupSchema, deleteThesaurusGroupSchema, thesaurusGroupViewSchema, thesaurusQuerySchema, thesaurusViewSchema, updateThesaurusGroupSchema } from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deleteThesaurusGroup } from '../use-cases/search/delete-thesaurus-group.js';
import { listThesaurus } from '../use-cases/search/list-thesaurus.js';
import { createThesaurusGroup, updateThesaurusGroup } from '../use-cases/search/save-thesaurus-group.js';
import { idParams } from './common.js';

/** 近义词表 — the shipped groups and a county's own, kept by its office; used by search, similar proposals and grouping. */
export const thesaurusRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['近义词表'];
  app.get('/thesaurus', { schema: { tags, summary: '近义词表（内置词组只读，另列本县（市、区）的词组）', querystring: thesaurusQuerySchema, response: { 200: thesaurusViewSchema } } }, async (request) =>
    listThesaurus(request.ctx, request.query),
  );
  app.post('/thesaurus/groups', { schema: { tags, summary: '新增近义词组（主词与内置词组相同时为其补充近义词）', body: createThesaurusGroupSchema, response: { 201: thesaurusGroupViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await createThesaurusGroup(request.ctx, request.body)),
  );
  app.put('/thesaurus/groups/:id', { schema: { tags, summary: '修改近义词组', params: idParams, body: updateThesaurusGroupSchema, response: { 200: thesaurusGroupViewSchema } } }, async (request) =>
    updateThesaurusGroup(request.ctx, request.params.id, request.body),
  );
  app.delete('/thesaurus/groups/:id', { schema: { tags, summary: '删除近义词组', params: idParams, body: deleteThesaurusGroupSchema, response: { 204: z.null().describe('已删除，无内容') } } }, async (request, reply) => {
    await deleteThesaurusGroup(request.ctx, request.params.id, request.body?.version);
    return reply.status(204).send(null);
  });
};
