import { z } from 'zod';

/** Query of GET /api/proposals/duplicates — the proposals of a screening page, comma-separated ids (up to 50). */
export const proposalDuplicatesQuerySchema = z.strictObject({
  ids: z
    .string({ error: '请指定选题建议' })
    .max(50 * 65, '一次最多查询 50 条选题建议')
    .transform((v, ctx) => {
      const ids = [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))];
      if (!ids.length || ids.length > 50 || ids.some((id) => id.length > 64)) {
        ctx.addIssue({ code: 'custom', message: ids.length ? '一次最多查询 50 条选题建议' : '请指定选题建议' });
        return z.NEVER;
      }
      return ids;
    }),
});
/** The proposals whose likely duplicates are asked for. */
export type ProposalDuplicatesQuery = z.infer<typeof proposalDuplicatesQuerySchema>;

/** One likely duplicate of a proposal: an open proposal of the pool or a topic of the county, with how alike they are (0–1). */
export const proposalDuplicateSchema = z.strictObject({
  kind: z.enum(['proposal', 'topic']),
  id: z.string(),
  title: z.string(),
  /** The stage in words (待初筛, 已列入选题库, 协商议题·调研中 …). */
  stage: z.string(),
  score: z.number(),
  /** Whether the proposal can be merged into it in one click (a topic still open; another open proposal). */
  mergeable: z.boolean(),
  /** For another proposal: the title a topic made of the two would get. */
  suggestedTitle: z.string().nullable(),
});
/** A likely duplicate. */
export type ProposalDuplicateView = z.infer<typeof proposalDuplicateSchema>;

/** GET /api/proposals/duplicates — per proposal asked for, its likely duplicates, most alike first (at most five). */
export const proposalDuplicatesViewSchema = z.strictObject({ byId: z.record(z.string(), z.array(proposalDuplicateSchema)) });
/** Likely duplicates by proposal. */
export type ProposalDuplicatesView = z.infer<typeof proposalDuplicatesViewSchema>;
