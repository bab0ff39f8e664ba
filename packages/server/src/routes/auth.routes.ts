import { changePasswordSchema, loginSchema, meAnswerSchema } from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePassword, logout, me, switchOrg } from '../use-cases/auth/account.js';
import { login } from '../use-cases/auth/login.js';
import { SESSION_COOKIE, SessionRules } from '../use-cases/auth/session-policy.js';
import { emptyBody } from './common.js';

/** 登录、退出、本人信息、修改密码、切换组织. */
export const authRoutes: FastifyPluginAsyncZod<{ cookie: { secure: boolean }; loginRateLimit: number }> = async (app, opts) => {
  const tags = ['认证'];
  app.post(
    '/auth/login',
    {
      config: { public: true, rateLimit: { max: opts.loginRateLimit, timeWindow: '1 minute' } },
      schema: { tags, summary: '登录', body: loginSchema, response: { 200: meAnswerSchema } },
    },
    async (request, reply) => {
      const { token, user } = await login(request.ctx, request.body);
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: opts.cookie.secure || request.protocol === 'https',
        maxAge: SessionRules.absoluteMs / 1000,
      });
      return { user };
    },
  );
  app.post('/auth/logout', { config: { public: true }, schema: { tags, summary: '退出登录', body: emptyBody } }, async (request, reply) => {
    await logout(request.ctx);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });
  app.get('/auth/me', { config: { passwordChange: true }, schema: { tags, summary: '当前用户', response: { 200: meAnswerSchema } } }, async (request) => ({
    user: await me(request.ctx),
  }));
  app.post(
    '/auth/change-password',
    { config: { passwordChange: true }, schema: { tags, summary: '修改密码', body: changePasswordSchema } },
    async (request, reply) => {
      await changePassword(request.ctx, request.body);
      return reply.status(204).send();
    },
  );
  app.post(
    '/auth/switch-org',
    { schema: { tags, summary: '切换当前组织', body: z.strictObject({ orgId: z.string().min(1, '请选择组织').max(64) }), response: { 200: meAnswerSchema } } },
    async (request) => ({ user: await switchOrg(request.ctx, request.body.orgId) }),
  );
};
