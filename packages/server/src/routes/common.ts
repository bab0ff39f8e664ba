import { z } from 'zod';

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
