import { z } from 'zod';
import { CONVERSIONS } from '../topic/vocab.js';
import { ITEM_STATES, RATINGS, RESULT_CLASSES, SUPERVISION_METHODS } from './handling.js';
import { expectedVersion, optionalVersion } from '../versioning/version.js';

const id = z.string().min(1).max(64);
const isoDate = (label: string) => z.iso.date({ error: `${label}格式应为 YYYY-MM-DD` });
const text = (label: string, max: number, min = 1) => z.string().trim().min(min, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`);

/** Body of POST /api/handling/items/:id/assign — 交办 (also a reassignment after a return). */
export const assignSchema = z.strictObject({
  leadDepartmentId: z.string().min(1, '请选择主办单位').max(64),
  coDepartmentIds: z.array(id).max(10, '会办单位最多 10 个').default([]),
  /** Defaults to today + the county's deadline setting (initially 90 days). */
  dueOn: isoDate('办理期限').optional(),
  coDueOn: isoDate('会办意见期限').optional(),
  letterNo: z.string().trim().max(40).optional(),
  letterDate: isoDate('交办函日期').optional(),
  version: optionalVersion,
});
/** Input of 交办. */
export type AssignInput = z.infer<typeof assignSchema>;

/** Body of a return with a reason (misassigned item, or feedback sent back for revision). */
export const reasonSchema = z.strictObject({ reason: text('理由', 500), version: optionalVersion });

/** Body of POST /api/handling/items/:id/feedback — 书面反馈 by the lead department. */
export const feedbackSchema = z.strictObject({
  text: text('办理情况', 5000, 10),
  resultClass: z.enum(RESULT_CLASSES, { error: '请选择办理结果分类' }),
  measures: z.string().trim().max(2000).optional(),
  responsible: text('责任人', 30),
  contact: text('联系电话', 30),
  attachmentIds: z.array(id).max(10, '附件最多 10 个').optional(),
  version: optionalVersion,
});
/** Input of 书面反馈. */
export type FeedbackInput = z.infer<typeof feedbackSchema>;

/** Body of POST /api/handling/items/:id/co-opinion — 会办意见. */
export const coOpinionSchema = z.strictObject({ text: text('会办意见', 2000, 4), version: optionalVersion });

/** Body of POST /api/handling/items/:id/review — the office accepts the feedback or returns it. */
export const reviewSchema = z.strictObject({
  decision: z.enum(['accept', 'return'], { error: '请选择审核结论' }),
  reason: z.string().trim().max(500).optional(),
  version: optionalVersion,
});
/** Input of a feedback review. */
export type ReviewInput = z.infer<typeof reviewSchema>;

/** Body of POST /api/handling/items/:id/evaluate — 满意度测评. 不满意 starts a new round. */
export const evaluateSchema = z.strictObject({
  rating: z.enum(RATINGS, { error: '请选择测评结果' }),
  processMark: z.enum(RATINGS).optional(),
  resultMark: z.enum(RATINGS).optional(),
  comment: z.string().trim().max(1000).optional(),
  /** For 不满意: the new deadline; defaults to today + the county's deadline setting. */
  newDueOn: isoDate('新的办理期限').optional(),
  version: optionalVersion,
});
/** Input of 满意度测评. */
export type EvaluateInput = z.infer<typeof evaluateSchema>;

/** Body of POST /api/handling/items/:id/supervise — 督办. */
export const superviseSchema = z.strictObject({
  method: z.enum(SUPERVISION_METHODS, { error: '请选择督办方式' }),
  note: text('督办情况', 1000),
  newDueOn: isoDate('新的办理期限').optional(),
  version: optionalVersion,
});
/** Input of 督办. */
export type SuperviseInput = z.infer<typeof superviseSchema>;

/** Body of POST /api/handling/items/:id/conversion — 成果转化. */
export const conversionSchema = z.strictObject({
  conversion: z.enum([...CONVERSIONS, 'none'], { error: '请选择转化情况' }),
  reference: z.string().trim().max(120).optional(),
  version: optionalVersion,
});
/** Input of 成果转化. */
export type ConversionInput = z.infer<typeof conversionSchema>;

/** Body of PUT /api/handling/settings, with the version the form was loaded at. */
export const handlingSettingsSchema = z.strictObject({
  deadlineDays: z.number().int().min(1, '办理期限至少 1 天').max(365, '办理期限不超过 365 天'),
  returnWindowDays: z.number().int().min(1, '退回期限至少 1 天').max(30, '退回期限不超过 30 天'),
  version: expectedVersion,
});
/** Input of 修改办理期限设置. */
export type UpdateHandlingSettingsInput = z.infer<typeof handlingSettingsSchema>;
/** A county's handling settings (the values, without their version). */
export type HandlingSettings = Omit<UpdateHandlingSettingsInput, 'version'>;

/** Query of GET /api/handling/items. */
export const itemQuerySchema = z.strictObject({
  topicId: id.optional(),
  departmentId: id.optional(),
  state: z.enum(ITEM_STATES, { error: '状态不正确' }).optional(),
  due: z.enum(['overdue', 'due_soon'], { error: '期限筛选不正确' }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多 200 条').default(50),
});
/** Filters of the handling board. */
export type ItemQuery = z.infer<typeof itemQuerySchema>;

/** 跟踪问效 activity kinds (第四条(五)). */
export const FOLLOW_UP_KINDS = ['supervision', 'inspection', 'appraisal'] as const;
/** A follow-up kind. */
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
/** Labels of follow-up kinds. */
export const FOLLOW_UP_KIND_LABELS: Readonly<Record<FollowUpKind, string>> = { supervision: '民主监督', inspection: '调研视察', appraisal: '民主评议' };

/** Body of POST /api/topics/:id/instructions — 领导批示, optionally with follow-up actions. */
export const instructionSchema = z.strictObject({
  suggestionId: id.optional(),
  leader: text('批示领导', 30),
  leaderTitle: z.string().trim().max(40).optional(),
  givenOn: isoDate('批示日期'),
  text: text('批示内容', 2000),
  actions: z.array(z.strictObject({ text: text('落实事项', 300), dueOn: isoDate('完成期限') })).max(20).default([]),
});
/** Input of a leader's instruction. */
export type InstructionInput = z.infer<typeof instructionSchema>;

/** Body of POST /api/topics/:id/follow-ups — 民主监督、调研视察、民主评议. */
export const followUpSchema = z.strictObject({
  kind: z.enum(FOLLOW_UP_KINDS, { error: '请选择活动类型' }),
  date: isoDate('活动日期'),
  place: text('地点', 80),
  memberIds: z.array(id).max(100).default([]),
  findings: text('主要情况', 3000),
});
/** Input of a follow-up activity. */
export type FollowUpInput = z.infer<typeof followUpSchema>;
