import { createUserSchema, pageSchema, resetPasswordSchema, ROLES, updateUserSchema, userViewSchema } from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { unlockUser } from '../use-cases/users/unlock-user.js';
import { createUser, getUser, listUsersOf, resetUserPassword, setUserActive, updateUserOf } from '../use-cases/users/users.js';
import { activationRoutes, emptyBody, flag, idParams, pageQuery, searchText } from './common.js';

/** 用户管理. */
export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['用户管理'];
  const listQuery = z.strictObject({
    countyId: z.string().max(64).optional(),
    orgId: z.string().max(64).optional(),
    role: z.enum(ROLES, { error: '角色不正确' }).optional(),
    q: searchText,
    includeInactive: flag,
    ...pageQuery,
  });
  app.get('/users', { schema: { tags, summary: '用户列表', querystring: listQuery, response: { 200: pageSchema(userViewSchema) } } }, async (request) => {
    const { page, pageSize, ...filter } = request.query;
    return listUsersOf(request.ctx, filter, { page, pageSize });
  });
  app.get('/users/:id', { schema: { tags, summary: '用户详情', params: idParams, response: { 200: userViewSchema } } }, async (request) => getUser(request.ctx, request.params.id));
  app.post('/users', { schema: { tags, summary: '新建用户', body: createUserSchema, response: { 201: userViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await createUser(request.ctx, request.body)),
  );
  app.patch('/users/:id', { schema: { tags, summary: '修改用户', params: idParams, body: updateUserSchema, response: { 200: userViewSchema } } }, async (request) =>
    updateUserOf(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/users/:id/reset-password',
    { schema: { tags, summary: '重置密码（下次登录须修改）', params: idParams, body: resetPasswordSchema } },
    async (request, reply) => {
      await resetUserPassword(request.ctx, request.params.id, request.body.newPassword);
      return reply.status(204).send();
    },
  );
  app.post('/users/:id/unlock', { schema: { tags, summary: '解除登录锁定', params: idParams, body: emptyBody, response: { 200: userViewSchema } } }, async (request) =>
    unlockUser(request.ctx, request.params.id),
  );
  activationRoutes(app, '/users', tags, '用户', setUserActive, userViewSchema);
};
