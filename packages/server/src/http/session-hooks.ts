import { ANONYMOUS } from '@shangliang/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import type { Live } from '../live/live.js';
import type { CountyThesauri } from '../search/county-thesaurus.js';
import { resolveSession } from '../use-cases/auth/resolve-session.js';
import { SESSION_COOKIE } from '../use-cases/auth/session-policy.js';
import type { RequestContext } from './context.js';
import { AppError } from './errors.js';
import { pathOf } from './request-path.js';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
  interface FastifyContextConfig {
    /** The route answers without a session (login, health, public portal). */
    public?: boolean;
    /** The route stays open while the user must change their password (auth routes). */
    passwordChange?: boolean;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF: a cross-site HTML form can send neither a JSON content type nor a custom header, so every
 * state-changing API request must carry one of them (besides the SameSite cookie).
 */
function csrfCheck(request: FastifyRequest, api: boolean): void {
  if (SAFE.has(request.method) || !api) return;
  const json = (request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json');
  if (!json && request.headers['x-shangliang-request'] !== '1')
    throw new AppError('forbidden', 'CSRF_REJECTED', '请求来源校验失败：请以 JSON 提交，或附带 X-Shangliang-Request 请求头');
}

/** Resolves the session of every API request into `request.ctx` and enforces sign-in. */
export function installSessionHooks(app: FastifyInstance, db: Db, now: () => Date, live?: Live, thesauri?: CountyThesauri): void {
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.addHook('onRequest', async (request) => {
    // Decided on the parsed route, never the raw request line: `GET http://host/api/orgs` is an API call too.
    const path = pathOf(request);
    const api = path.startsWith('/api/');
    csrfCheck(request, api);
    const at = now();
    const base = { db, now: at, ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null, ...(live ? { live } : {}), ...(thesauri ? { thesauri } : {}) };
    const config = request.routeOptions.config;
    if (!api || path === '/api/docs' || path.startsWith('/api/docs/')) {
      request.ctx = { ...base, actor: ANONYMOUS, user: null };
      return;
    }
    const resolved = await resolveSession(db, request.cookies[SESSION_COOKIE], at);
    if (typeof resolved === 'string') {
      request.ctx = { ...base, actor: ANONYMOUS, user: null };
      if (!config.public) {
        throw new AppError('unauthenticated', 'UNAUTHENTICATED', resolved === 'expired' ? '登录已超时，请重新登录' : '请先登录');
      }
      return;
    }
    request.ctx = { ...base, actor: resolved.actor, user: resolved.user };
    if (resolved.user.mustChangePassword && !config.public && !config.passwordChange) {
      throw new AppError('forbidden', 'PASSWORD_CHANGE_REQUIRED', '密码已被重置，请先修改密码');
    }
  });
}
