import { optionalVersion } from '@shangliang/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RequestContext } from '../http/context.js';

/** Paging of every list. */
export const pageQuery = {
  page: z.coerce.number().int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce.number().int().min(1, '每页至少 1 条').max(100, '每页最多 100 条').default(20),
};

/** A boolean query flag (`true`/`false`). */
export const flag = z.enum(['true', 'false'], { error: '取值应为 true 或 false' }).optional().transform((v) => v === 'true');

/** `:id` path parameter. */
export const idParams = z.strictObject({ id: z.string().min(1).max(64) });

/** A short free-text search. */
export const searchText = z.string().trim().max(50, '搜索内容不能超过 50 个字').optional();

/** Bodies of actions that carry nothing (sent as `{}`). */
export const emptyBody = z.strictObject({}).optional();

/** Registers `POST <base>/:id/deactivate` and `/activate` (nothing is deleted once referenced), answering the object as `answer` shapes it; an optional version refuses a stale page. */
export function activationRoutes(
  app: FastifyInstance,
  base: string,
  tags: string[],
  noun: string,
  setActive: (ctx: RequestContext, id: string, active: boolean, version?: number) => Promise<unknown>,
  answer: z.ZodType,
): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const [verb, active, label] of [['deactivate', false, '停用'], ['activate', true, '启用']] as const) {
    const body = z.strictObject({ version: optionalVersion }).optional();
    typed.post(`${base}/:id/${verb}`, { schema: { tags, summary: `${label}${noun}`, params: idParams, body, response: { 200: answer } } }, async (request) =>
      setActive(request.ctx, request.params.id, active, request.body?.version),
    );
  }
}
