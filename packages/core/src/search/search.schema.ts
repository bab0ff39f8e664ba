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
