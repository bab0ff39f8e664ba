import { z } from 'zod';
import { cursorParam } from '../common/cursor.js';
import {
  CONSULTATION_FORMS,
  CONSULTATION_LEVELS,
  OUTCOME_KINDS,
  PREPARATION_KINDS,
  PROPOSAL_SOURCES,
  SUPPORT_KINDS,
  TOPIC_CATEGORIES,
  TOPIC_FIELDS,
} from './vocab.js';
import { TOPIC_EVENTS, TOPIC_STATES } from './lifecycle.js';
import { LEADER_BODIES } from '../member/participation.js';
import { expectedVersion, optionalVersion } from '../versioning/version.js';

const text = (label: string, max: number, min = 1) =>
  z.string().trim().min(min, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`);
const isoDate = (label: string) => z.iso.date({ error: `${label}格式应为 YYYY-MM-DD` });
const id = z.string().min(1).max(64);
const names = z.array(text('姓名', 30)).max(100, '人数过多');

/** Fields of a topic that office may set. */
const topicFields = {
  title: text('议题名称', 60, 4),
  description: text('议题说明', 3000),
  category: z.enum(TOPIC_CATEGORIES, { error: '请选择类别（要事、实事或难事）' }),
  field: z.enum(TOPIC_FIELDS, { error: '领域不正确' }).optional(),
  planId: id.optional(),
  sensitive: z.boolean().optional(),
  longStanding: z.boolean().optional(),
  /** 第五条 responsibilities. */
  leadViceChair: z.string().trim().max(30).optional(),
  secretaryGeneral: z.string().trim().max(30).optional(),
  ownerUnit: z.string().trim().max(40).optional(),
};

/** Body of POST /api/topics — a topic created directly by office. */
export const createTopicSchema = z.strictObject(topicFields);
/** Input of 新建议题. */
export type CreateTopicInput = z.infer<typeof createTopicSchema>;

/** Body of PATCH /api/topics/:id, with the version the form was loaded at. */
export const updateTopicSchema = z.strictObject(topicFields).partial().extend({ version: expectedVersion });
/** Input of 修改议题. */
export type UpdateTopicInput = z.infer<typeof updateTopicSchema>;

/** Body of POST /api/proposals/merge — several proposals into one topic (new or existing). */
export const mergeProposalsSchema = z
  .strictObject({
    ids: z.array(id).min(1, '请选择要合并的选题建议').max(200),
    topicId: id.optional(),
    topic: createTopicSchema.optional(),
  })
  .refine((v) => !!v.topicId !== !!v.topic, { message: '请选择并入已有议题，或新建一个议题（二选一）', path: ['topicId'] });
/** Input of 合并立题. */
export type MergeProposalsInput = z.infer<typeof mergeProposalsSchema>;

/** Body of POST /api/topics/:id/transitions. Reviews carry their meeting, date and opinion. */
export const transitionSchema = z.strictObject({
  event: z.enum(TOPIC_EVENTS, { error: '操作不正确' }),
  reason: z.string().trim().max(1000).optional(),
  /** 主席会议: e.g. 第十二次主席会议. */
  meeting: z.string().trim().max(40).optional(),
  date: isoDate('日期').optional(),
  /** 党委审定: the written instruction (批示), if any. */
  instruction: z.string().trim().max(1000).optional(),
  /** When given, the transition is refused if the topic changed since that version. */
  version: optionalVersion,
});
/** Input of a topic transition. */
export type TransitionInput = z.infer<typeof transitionSchema>;

/** Query of GET /api/topics. */
export const topicQuerySchema = z.strictObject({
  countyId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  planId: id.optional(),
  state: z.enum(TOPIC_STATES, { error: '阶段不正确' }).optional(),
  source: z.enum(PROPOSAL_SOURCES, { error: '来源不正确' }).optional(),
  category: z.enum(TOPIC_CATEGORIES).optional(),
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, '每页最多 100 条').default(20),
  /** 加载更多: the page after the row this cursor names (the answer's nextCursor), read from the index without skipping; `page` is then ignored. */
  after: cursorParam(2).optional(),
});
/** Filters of the topic list. */
export type TopicQuery = z.infer<typeof topicQuerySchema>;

/** Body of POST /api/plans — 年度协商计划. */
export const createPlanSchema = z.strictObject({
  year: z.number().int().min(2000, '年份不正确').max(2100, '年份不正确'),
  title: text('计划名称', 60, 4),
  reportedOn: isoDate('报送党委日期').optional(),
});
/** Input of a plan. */
export type CreatePlanInput = z.infer<typeof createPlanSchema>;

/** Body of PATCH /api/plans/:id — any of the plan's fields (null clears the report date), with the version the form was loaded at. */
export const updatePlanSchema = createPlanSchema.partial().extend({ reportedOn: isoDate('报送党委日期').nullable().optional(), version: expectedVersion });
/** Input of 修改年度协商计划. */
export type UpdatePlanInput = z.infer<typeof updatePlanSchema>;

/** Body of POST /api/topics/:id/research-activities — 调研活动. */
export const researchActivitySchema = z.strictObject({
  date: isoDate('调研日期'),
  place: text('调研地点', 80),
  memberIds: z.array(id).max(100).default([]),
  others: z.string().trim().max(300).optional(),
  findings: text('调研发现', 3000),
});
/** Input of a research activity. */
export type ResearchActivityInput = z.infer<typeof researchActivitySchema>;

/** Body of POST /api/topics/:id/research-reports — 调研报告. */
export const researchReportSchema = z.strictObject({
  title: text('报告标题', 80, 4),
  body: text('报告正文', 20000, 20),
  submittedOn: isoDate('报告日期'),
  attachmentIds: z.array(id).max(10, '附件最多 10 个').optional(),
});
/** Input of a research report. */
export type ResearchReportInput = z.infer<typeof researchReportSchema>;

/** Body of POST /api/topics/:id/preparations — prior report or pre-studied solution. */
export const preparationSchema = z.strictObject({
  kind: z.enum(PREPARATION_KINDS, { error: '类型不正确' }),
  date: isoDate('日期'),
  recipient: z.string().trim().max(60).optional(),
  summary: text('主要内容', 2000),
});
/** Input of a preparation. */
export type PreparationInput = z.infer<typeof preparationSchema>;

/** Body of POST /api/topics/:id/consultations — schedule a consultation activity. */
export const scheduleConsultationSchema = z.strictObject({
  form: z.enum(CONSULTATION_FORMS, { error: '请选择协商形式' }),
  level: z.enum(CONSULTATION_LEVELS, { error: '请选择协商层级' }),
  joint: z.boolean().default(false),
  startsAt: z.iso.datetime({ offset: true, error: '时间格式不正确' }),
  venueId: id.optional(),
  venueText: z.string().trim().max(80).optional(),
  memberIds: z.array(id).max(200).default([]),
  departments: z.array(z.strictObject({ orgId: id, person: z.string().trim().max(30).optional() })).max(50).default([]),
  unitHeads: names.default([]),
  cadres: names.default([]),
  publicReps: names.default([]),
  leaders: z
    .array(
      z.strictObject({
        name: text('领导姓名', 30),
        title: text('职务', 40),
        /** 所属 — 党委 / 政府 / 人大 / 政协 / 其他 (第四条(六) counts the party and government 负责同志). */
        body: z.enum(LEADER_BODIES, { error: '请选择领导所属' }).default('government'),
        /** 负责同志 — one of the county's leading comrades. */
        principal: z.boolean().default(false),
      }),
    )
    .max(30)
    .default([]),
  /** 场内场外配合 — a meeting or site visit with an online room beside it (a 网络协商 always has one). */
  companionRoom: z.boolean().default(false),
});
/** Input of scheduling a consultation. */
export type ScheduleConsultationInput = z.infer<typeof scheduleConsultationSchema>;

/** Body of POST /api/consultations/:id/record — what happened at a consultation. */
export const recordConsultationSchema = z.strictObject({
  attendedMemberIds: z.array(id).max(200).default([]),
  responses: z.array(z.strictObject({ orgId: id.optional(), person: text('发言人', 30), content: text('回应内容', 2000) })).max(100).default([]),
  opinions: z.array(z.strictObject({ speaker: text('发言人', 30), content: text('意见建议', 2000) })).max(300).default([]),
  minutes: text('会议记录', 20000),
  support: z.array(z.strictObject({ orgId: id, kind: z.enum(SUPPORT_KINDS), note: z.string().trim().max(200).optional() })).max(50).default([]),
  /** Photos and documents uploaded through POST /api/attachments. */
  attachmentIds: z.array(id).max(20, '照片和附件最多 20 个').optional(),
});
/** Input of recording a held consultation. */
export type RecordConsultationInput = z.infer<typeof recordConsultationSchema>;

/** Body of POST /api/topics/:id/outcome — 成果报送. */
export const submitOutcomeSchema = z.strictObject({
  kind: z.enum(OUTCOME_KINDS, { error: '请选择成果形式' }),
  title: text('成果标题', 80, 4),
  suggestions: z
    .array(z.strictObject({ content: text('建议内容', 2000, 4), departmentId: id.optional() }))
    .min(1, '至少须有一条意见建议')
    .max(100),
  submittedTo: text('报送对象', 80),
  submittedOn: isoDate('报送日期'),
  submittedVia: z.string().trim().max(40).optional(),
});
/** Input of 成果报送. */
export type SubmitOutcomeInput = z.infer<typeof submitOutcomeSchema>;
