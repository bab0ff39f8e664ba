import { z } from 'zod';
import { EXCLUSION_REASONS, PROPOSAL_STATUSES, PROPOSAL_SOURCES, TOPIC_CATEGORIES, TOPIC_FIELDS } from './vocab.js';

/** Limits shared by server and forms. */
export const ProposalLimits = { titleMax: 60, descriptionMax: 2000, noteMax: 500, nameMax: 20 } as const;

const title = z.string().trim().min(4, '标题至少 4 个字').max(ProposalLimits.titleMax, `标题不能超过 ${ProposalLimits.titleMax} 个字`);
const description = z
  .string()
  .trim()
  .min(10, '请把情况说清楚，至少 10 个字')
  .max(ProposalLimits.descriptionMax, `内容不能超过 ${ProposalLimits.descriptionMax} 个字`);
const category = z.enum(TOPIC_CATEGORIES, { error: '请选择类别（要事、实事或难事）' });
const field = z.enum(TOPIC_FIELDS, { error: '领域不正确' });
const isoDate = (label: string) => z.iso.date({ error: `${label}格式应为 YYYY-MM-DD` });

/** Body of POST /api/public/proposals — 社会公开征集, from the portal. No ID numbers are collected. */
export const publicProposalSchema = z.strictObject({
  countyId: z.string().min(1, '请选择县（市、区）').max(64),
  solicitationId: z.string().min(1).max(64).optional(),
  category,
  field: field.optional(),
  title,
  description,
  placeId: z.string().min(1).max(64).optional(),
  name: z.string().trim().max(ProposalLimits.nameMax, '称呼不能超过 20 个字').optional(),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, '请填写 11 位手机号码')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  consent: z.literal(true, { error: '请阅读并同意个人信息使用说明' }),
  /** 同意接收短信 — SMS with the 查询码 when the proposal's status changes (needs a phone). */
  smsConsent: z.boolean({ error: '短信通知选项不正确' }).optional(),
  captchaId: z.string().min(1, '请完成验证').max(64),
  captchaAnswer: z.string().trim().min(1, '请填写验证答案').max(10),
  idempotencyKey: z.string().min(8, '请求标识无效').max(64, '请求标识无效'),
});
/** Input of a public proposal. */
export type PublicProposalInput = z.infer<typeof publicProposalSchema>;

/** Body of POST /api/proposals — 委员荐题 by a member, or 党委政府点题 recorded by the office. */
export const createProposalSchema = z.strictObject({
  source: z.enum(['member', 'assigned'], { error: '来源不正确' }),
  countyId: z.string().min(1, '请选择县（市、区）').max(64).optional(),
  category,
  field: field.optional(),
  title,
  description,
  placeId: z.string().min(1).max(64).optional(),
  /** 点题: which body assigned it (e.g. 尧都区委办公室). */
  assignedBy: z.string().trim().min(2, '请填写点题单位').max(60).optional(),
  /** 点题: the instruction or document reference. */
  instructionRef: z.string().trim().max(80).optional(),
  assignedOn: isoDate('点题日期').optional(),
  /** Ids returned by POST /api/attachments. */
  attachmentIds: z.array(z.string().min(1).max(64)).max(10, '附件最多 10 个').optional(),
});
/** Input of a member recommendation or assigned topic. */
export type CreateProposalInput = z.infer<typeof createProposalSchema>;

/** Query of GET /api/proposals. */
export const proposalQuerySchema = z.strictObject({
  countyId: z.string().max(64).optional(),
  status: z.enum(PROPOSAL_STATUSES, { error: '状态不正确' }).optional(),
  source: z.enum(PROPOSAL_SOURCES, { error: '来源不正确' }).optional(),
  category: category.optional(),
  mine: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, '每页最多 100 条').default(20),
});
/** Filters of the proposal pool. */
export type ProposalQuery = z.infer<typeof proposalQuerySchema>;

/** Body of POST /api/proposals/screen — 初筛, one or many at once. */
export const screenProposalsSchema = z
  .strictObject({
    ids: z.array(z.string().min(1).max(64)).min(1, '请选择要初筛的选题建议').max(200, '一次最多处理 200 条'),
    decision: z.enum(['accept', 'exclude'], { error: '请选择初筛结论' }),
    reason: z.enum(EXCLUSION_REASONS, { error: '请选择不予采纳的理由' }).optional(),
    note: z.string().trim().max(ProposalLimits.noteMax).optional(),
  })
  .refine((v) => v.decision === 'accept' || v.reason, { message: '不予采纳须选择理由', path: ['reason'] });
/** Input of 初筛. */
export type ScreenProposalsInput = z.infer<typeof screenProposalsSchema>;

/** Body of POST /api/solicitations — 公开征集. */
export const createSolicitationSchema = z
  .strictObject({
    title: z.string().trim().min(4, '标题至少 4 个字').max(60),
    scope: z.string().trim().min(4, '请说明征集范围').max(1000),
    opensOn: isoDate('开始日期'),
    closesOn: isoDate('截止日期'),
  })
  .refine((v) => v.closesOn >= v.opensOn, { message: '截止日期不能早于开始日期', path: ['closesOn'] });
/** Input of a solicitation. */
export type CreateSolicitationInput = z.infer<typeof createSolicitationSchema>;
