import { createOrgSchema, itemsSchema, ORG_KINDS, orgNodeViewSchema, orgViewSchema, pageSchema, updateOrgSchema } from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  organisationTree,
  setOrganisationActive,
  updateOrganisation,
} from '../use-cases/organisations/organisations.js';
import { activationRoutes, flag, idParams, pageQuery, searchText } from './common.js';

/** 组织机构 (including 承办单位). */
export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['组织机构'];
  const listQuery = z.strictObject({
    kind: z.enum(ORG_KINDS, { error: '组织类型不正确' }).optional(),
    parentId: z.string().max(64).optional(),
    countyId: z.string().max(64).optional(),
    q: searchText,
    includeInactive: flag,
    ...pageQuery,
  });
  app.get('/orgs', { schema: { tags, summary: '组织列表', querystring: listQuery, response: { 200: pageSchema(orgViewSchema) } } }, async (request) => {
    const { page, pageSize, ...filter } = request.query;
    return listOrganisations(request.ctx, filter, { page, pageSize });
  });
  app.get('/orgs/tree', { schema: { tags, summary: '组织树', response: { 200: itemsSchema(orgNodeViewSchema) } } }, async (request) => ({ items: await organisationTree(request.ctx) }));
  app.get('/orgs/:id', { schema: { tags, summary: '组织详情', params: idParams, response: { 200: orgViewSchema } } }, async (request) =>
    getOrganisation(request.ctx, request.params.id),
  );
  app.post('/orgs', { schema: { tags, summary: '新建组织', body: createOrgSchema, response: { 201: orgViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await createOrganisation(request.ctx, request.body)),
  );
  app.patch('/orgs/:id', { schema: { tags, summary: '修改组织', params: idParams, body: updateOrgSchema, response: { 200: orgViewSchema } } }, async (request) =>
    updateOrganisation(request.ctx, request.params.id, request.body),
  );
  activationRoutes(app, '/orgs', tags, '组织', setOrganisationActive, orgViewSchema);
};
