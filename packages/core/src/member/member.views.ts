import { z } from 'zod';
import { actionsSchema, pageSchema, versionField } from '../common/page.views.js';
import { CHECKIN_ACTIVITIES, PARTICIPATION_KINDS } from './participation.js';
import { POINT_UNITS, pointRulesSchema } from './points.js';

/** An activity's 签到码 as the office shows it (QR code and 6 digits). */
export const checkinViewSchema = z.strictObject({
  id: z.string(),
  activityType: z.enum(CHECKIN_ACTIVITIES),
  activityLabel: z.string(),
  activityId: z.string(),
  topicId: z.string(),
  topicTitle: z.string(),
  /** Where and when, e.g. 会议协商 · 2026-12-03 09:00. */
  title: z.string(),
  code: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  /** Whether the window is open now. */
  open: z.boolean(),
  /** The path the QR code points to: the console's check-in page with the code. */
  path: z.string(),
  /** Members marked present so far. */
  present: z.number().int(),
});
/** A check-in code view. */
export type CheckinView = z.infer<typeof checkinViewSchema>;

/** The answer to a member's check-in. */
export const checkInResultSchema = z.strictObject({
  activityLabel: z.string(),
  topicTitle: z.string(),
  title: z.string(),
  /** True when the member was marked present already. */
  already: z.boolean(),
});
/** A check-in answer. */
export type CheckInResult = z.infer<typeof checkInResultSchema>;

/** A year's point rules of a county, with whether they were saved or are carried over, and closed. */
export const pointRulesViewSchema = z.strictObject({
  countyId: z.string().nullable(),
  countyName: z.string(),
  year: z.number().int(),
  rules: pointRulesSchema,
  /** False: no rules saved for this year; shown are the latest earlier year's, or the defaults. */
  saved: z.boolean(),
  closed: z.boolean(),
  closedAt: z.string().nullable(),
  version: versionField,
  actions: actionsSchema,
});
/** A point rules view. */
export type PointRulesView = z.infer<typeof pointRulesViewSchema>;

const scoreLineSchema = z.strictObject({
  kind: z.enum(PARTICIPATION_KINDS),
  label: z.string(),
  unit: z.enum(POINT_UNITS).nullable(),
  count: z.number(),
  units: z.number(),
  raw: z.number(),
  cap: z.number().nullable(),
  points: z.number(),
});
const requirementSchema = z.strictObject({ key: z.enum(['activities', 'recommendations']), label: z.string(), required: z.number(), actual: z.number(), met: z.boolean() });

/** A member's year in points. */
export const memberScoreSchema = z.strictObject({ lines: z.array(scoreLineSchema), total: z.number(), requirements: z.array(requirementSchema), meetsAll: z.boolean() });

/** Who a member is, as the archives show them. */
export const archiveMemberSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  sector: z.string().nullable(),
  committee: z.string().nullable(),
});

/** 履职档案 — one member's year: every participation with its points, the totals per rule and the minimums. */
export const archiveViewSchema = z.strictObject({
  member: archiveMemberSchema,
  countyId: z.string().nullable(),
  countyName: z.string(),
  year: z.number().int(),
  closed: z.boolean(),
  entries: z.array(
    z.strictObject({
      id: z.string(),
      date: z.string(),
      kind: z.enum(PARTICIPATION_KINDS),
      kindLabel: z.string(),
      topicId: z.string().nullable(),
      topicTitle: z.string().nullable(),
      detail: z.string().nullable(),
      points: z.number(),
    }),
  ),
  score: memberScoreSchema,
});
/** A member archive. */
export type ArchiveView = z.infer<typeof archiveViewSchema>;

/** One member's line in the county's archives. */
export const archiveRowSchema = z.strictObject({
  member: archiveMemberSchema,
  activities: z.number(),
  recommendations: z.number(),
  total: z.number(),
  meetsAll: z.boolean(),
  /** The minimums missed, e.g. 参加活动 2/3. */
  missing: z.array(z.string()),
});
/** An archive row. */
export type ArchiveRow = z.infer<typeof archiveRowSchema>;

/** The county's archives of a year: a page of members, with the filters' choices and how many miss a minimum. */
export const archiveListSchema = pageSchema(archiveRowSchema).extend({
  countyId: z.string().nullable(),
  countyName: z.string(),
  year: z.number().int(),
  closed: z.boolean(),
  belowMinimum: z.number().int(),
  sectors: z.array(z.string()),
  committees: z.array(z.string()),
});
/** An archive list. */
export type ArchiveList = z.infer<typeof archiveListSchema>;
