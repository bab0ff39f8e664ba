import { z } from 'zod';
import { roundTimelineEntrySchema } from '../timeline/timeline.views.js';
import { attachmentViewSchema } from '../attachment/attachment.views.js';
import { pageSchema, versionField } from '../common/page.views.js';
import { CONVERSIONS } from '../topic/vocab.js';
import type { DueStatus } from './deadlines.js';
import { type ItemAccess, ITEM_EVENTS, ITEM_STATES, RATINGS, RESULT_CLASSES } from './handling.js';

/** Every DueStatus, for the answer schemas (the union itself lives beside the deadline rules). */
const DUE_STATUSES = ['on_track', 'due_soon', 'due_today', 'overdue'] as const satisfies readonly DueStatus[];
/** Every non-null ItemAccess. */
const ITEM_ACCESSES = ['office', 'city', 'lead', 'co'] as const satisfies readonly NonNullable<ItemAccess>[];
// A member missing from these lists fails to compile in the presenter that sends it.

/** What a user may do on an item besides its workflow events: 督办, 成果转化, 会办意见. */
export const ITEM_ACTIONS = ['supervise', 'conversion', 'co_opinion'] as const;
/** One of an item's non-workflow actions. */
export type ItemAction = (typeof ITEM_ACTIONS)[number];

/** States of one written feedback: waiting for review, accepted, or returned for revision. */
export const FEEDBACK_STATUSES = ['submitted', 'accepted', 'returned'] as const;
/** A feedback's state. */
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** 书面反馈 — one round's written answer of the lead department. */
export const feedbackViewSchema = z.strictObject({
  id: z.string(),
  round: z.number().int(),
  departmentName: z.string().nullable(),
  text: z.string(),
  resultClass: z.enum(RESULT_CLASSES),
  resultClassLabel: z.string(),
  measures: z.string().nullable(),
  responsible: z.string(),
  contact: z.string(),
  status: z.enum(FEEDBACK_STATUSES),
  statusLabel: z.string(),
  reviewNote: z.string().nullable(),
  submittedAt: z.string(),
  attachments: z.array(attachmentViewSchema),
});
/** A written feedback as the API shows it. */
export type FeedbackView = z.infer<typeof feedbackViewSchema>;

/** 办件 — one suggestion of a submitted outcome, in handling, with its countdown and what this user may do. */
export const handlingItemViewSchema = z.strictObject({
  id: z.string(),
  seq: z.number().int(),
  content: z.string(),
  topicId: z.string(),
  topicTitle: z.string(),
  countyId: z.string().nullable(),
  state: z.enum(ITEM_STATES),
  stateLabel: z.string(),
  round: z.number().int(),
  version: versionField,
  leadDepartmentId: z.string().nullable(),
  leadDepartmentName: z.string().nullable(),
  coDepartments: z.array(z.strictObject({ id: z.string(), name: z.string().nullable() })),
  assignedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  /** 会办意见期限. */
  coDueOn: z.string().nullable(),
  dueStatus: z.enum(DUE_STATUSES).nullable(),
  dueStatusLabel: z.string().nullable(),
  daysLeft: z.number().int().nullable(),
  countdown: z.string().nullable(),
  letterNo: z.string().nullable(),
  letterDate: z.string().nullable(),
  conversion: z.enum([...CONVERSIONS, 'none']).nullable(),
  conversionLabel: z.string().nullable(),
  conversionRef: z.string().nullable(),
  latestFeedback: feedbackViewSchema.nullable(),
  latestRating: z.enum(RATINGS).nullable(),
  latestRatingLabel: z.string().nullable(),
  access: z.enum(ITEM_ACCESSES).nullable(),
  events: z.array(z.enum(ITEM_EVENTS)),
  actions: z.array(z.enum(ITEM_ACTIONS)),
});
/** An item as lists show it. */
export type HandlingItemView = z.infer<typeof handlingItemViewSchema>;

/** 办件详情 — an item with every round's feedback, evaluations, co-handling opinions and its timeline. */
export const handlingItemDetailSchema = handlingItemViewSchema.extend({
  feedbacks: z.array(feedbackViewSchema),
  evaluations: z.array(
    z.strictObject({
      round: z.number().int(),
      rating: z.enum(RATINGS),
      ratingLabel: z.string(),
      processMark: z.enum(RATINGS).nullable(),
      resultMark: z.enum(RATINGS).nullable(),
      comment: z.string().nullable(),
      at: z.string(),
    }),
  ),
  coOpinions: z.array(z.strictObject({ round: z.number().int(), departmentName: z.string().nullable(), text: z.string(), at: z.string() })),
  timeline: z.array(roundTimelineEntrySchema),
});
/** An item with its whole history. */
export type HandlingItemDetail = z.infer<typeof handlingItemDetailSchema>;

const byStateSchema = z.partialRecord(z.enum(ITEM_STATES), z.number().int());

/** Answer of GET /api/handling/items: a page, with the board's counts by state, overdue and due soon. */
export const handlingItemPageSchema = pageSchema(handlingItemViewSchema).extend({
  counts: z.strictObject({ byState: byStateSchema, overdue: z.number().int(), dueSoon: z.number().int() }),
});
/** A page of the handling board. */
export type HandlingItemPage = z.infer<typeof handlingItemPageSchema>;

/** Answer of GET /api/handling/summary: items per lead department, and by state. */
export const handlingSummarySchema = z.strictObject({
  byDepartment: z.array(
    z.strictObject({
      departmentId: z.string(),
      departmentName: z.string().nullable(),
      total: z.number().int(),
      open: z.number().int(),
      overdue: z.number().int(),
      dueSoon: z.number().int(),
      settled: z.number().int(),
    }),
  ),
  byState: byStateSchema,
});
/** The handling summary. */
export type HandlingSummaryView = z.infer<typeof handlingSummarySchema>;

/** Answer of GET/PUT /api/handling/settings: a county's deadlines, with the version the form sends back. */
export const handlingSettingsViewSchema = z.strictObject({ deadlineDays: z.number().int(), returnWindowDays: z.number().int(), version: versionField });

/** Answer of POST /api/handling/topics/:id/import: each row checked, and what was written. */
export const importReportSchema = z.strictObject({
  rows: z.array(
    z.strictObject({ row: z.number().int(), seq: z.number().int().nullable(), ok: z.boolean(), actions: z.array(z.string()), errors: z.array(z.string()) }),
  ),
  written: z.number().int(),
  applied: z.boolean(),
});
/** The report of a handling sheet import. */
export type ImportReport = z.infer<typeof importReportSchema>;
