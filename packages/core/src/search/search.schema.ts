import { z } from 'zod';

/** Kinds of record the search finds. */
export const SEARCH_KINDS = ['proposal', 'topic', 'suggestion', 'feedback', 'opinion', 'statement'] as const;
/** A kind of searchable record. */
export type SearchKindName = (typeof SEARCH_KINDS)[number];
/** Labels of the kinds, as the results are grouped. */
export const SEARCH_KIND_LABELS: Readonly<Record<SearchKindName, string>> = {
  proposal: '选题建议',
  topic: '协商议题',
  suggestion: '协商建议',
  feedback: '办理答复',
  opinion: '协商意见',
  statement: '网络议事',
};

const q = z.string({ error: '请输入搜索内容' }).trim().min(1, '请输入搜索内容').max(50, '搜索内容不能超过 50 个字');

/** Query of GET /api/search. */
export const searchQuerySchema = z.strictObject({
  q,
  countyId: z.string().max(64).optional(),
  /** Comma-separated kinds; all when left out. */
  kinds: z
    .string()
    .max(100)
    .optional()
    .transform((v, ctx) => {
      if (!v) return [...SEARCH_KINDS];
      const kinds = v.split(',').map((k) => k.trim()).filter(Boolean);
      const bad = kinds.find((k) => !(SEARCH_KINDS as readonly string[]).includes(k));
      if (bad) {
        ctx.addIssue({ code: 'custom', message: `检索类型不正确：${bad}` });
        return z.NEVER;
      }
      return kinds as SearchKindName[];
    }),
  page: z.coerce.number().int().min(1, '页码从 1 开始').max(500, '页码过大').default(1),
  pageSize: z.coerce.number().int().min(1).max(50, '每页最多 50 条').default(20),
});
/** Filters of a search. */
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** Query of GET /api/public/search. */
export const publicSearchQuerySchema = z.strictObject({ q, countyId: z.string().max(64).optional() });

/** One result: its kind, record, title, a snippet with the matched words in <mark> (everything else escaped). */
export const searchHitSchema = z.strictObject({
  kind: z.enum(SEARCH_KINDS),
  id: z.string(),
  title: z.string(),
  snippet: z.string(),
  countyId: z.string().nullable(),
  state: z.string().nullable(),
  /** The state in words (已并入议题, 办理中 …). */
  stateLabel: z.string().nullable(),
  /** Where the console opens it. */
  link: z.string().nullable(),
  score: z.number(),
});
/** A search result. */
export type SearchHitView = z.infer<typeof searchHitSchema>;

/** GET /api/search. */
export const searchPageSchema = z.strictObject({ items: z.array(searchHitSchema), total: z.number().int() });
/** A page of results. */
export type SearchPageView = z.infer<typeof searchPageSchema>;

/** Body of POST /api/public/proposals/similar — what a resident (or member) is typing. */
export const similarProposalsSchema = z.strictObject({
  countyId: z.string({ error: '请选择县（市、区）' }).min(1, '请选择县（市、区）').max(64),
  title: z.string().trim().max(60, '标题不能超过 60 个字').default(''),
  description: z.string().trim().max(2000, '内容不能超过 2000 个字').default(''),
});
/** Input of the similar-proposal look-up. */
export type SimilarProposalsInput = z.infer<typeof similarProposalsSchema>;

/** Answer: up to five existing topics and proposals of the county about the same problem, with their stage; no personal data. */
export const similarProposalsViewSchema = z.strictObject({
  items: z.array(z.strictObject({ title: z.string(), stage: z.string(), score: z.number() })),
});
/** Similar existing topics and proposals. */
export type SimilarProposalsView = z.infer<typeof similarProposalsViewSchema>;

/** Query of GET /api/proposals/groups — the pool of a county by status (待初筛 and 已入选题库 when left out). */
export const proposalGroupsQuerySchema = z.strictObject({
  countyId: z.string().max(64).optional(),
  status: z.enum(['submitted', 'screened_in'], { error: '状态不正确' }).optional(),
});
/** Filters of the grouping. */
export type ProposalGroupsQuery = z.infer<typeof proposalGroupsQuerySchema>;

/** GET /api/proposals/groups — every proposal of the filter exactly once: in one group, or ungrouped. */
export const proposalGroupsViewSchema = z.strictObject({
  /** `titles` are the proposals' titles, in the order of `proposalIds`, for the screening page. */
  groups: z.array(z.strictObject({ proposalIds: z.array(z.string()), keywords: z.array(z.string()), suggestedTitle: z.string(), titles: z.array(z.string()) })),
  ungrouped: z.array(z.string()),
});
/** The grouping of a pool. */
export type ProposalGroupsView = z.infer<typeof proposalGroupsViewSchema>;

/** Body of POST /api/proposals/groups/merge — 合并立题 of a group in one click: a new topic with the title, or into an existing topic. */
export const mergeGroupSchema = z.strictObject({
  ids: z.array(z.string().min(1).max(64)).min(1, '请选择要合并的选题建议').max(500, '一次最多合并 500 条'),
  title: z.string().trim().min(4, '议题名称至少 4 个字').max(60, '议题名称不能超过 60 个字').optional(),
  topicId: z.string().min(1).max(64).optional(),
});
/** Input of merging a group. */
export type MergeGroupInput = z.infer<typeof mergeGroupSchema>;
