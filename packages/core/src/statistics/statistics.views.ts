import { z } from 'zod';
import { versionField } from '../common/page.views.js';
import type { CountyFlag } from './statistics.math.js';

// A flag missing here fails to compile where the math names it.
const COUNTY_FLAGS = ['few_activities', 'low_leader_share'] as const satisfies readonly CountyFlag[];

/** One counted key of a vocabulary with its Chinese label: the rows of every small table and chart. */
export const countRowSchema = z.strictObject({ key: z.string(), label: z.string(), n: z.number() });
/** A counted key. */
export type CountRow = z.infer<typeof countRowSchema>;

const share = z.number().min(0).max(1);

/** 统计期间 as the answer names it. */
export const periodViewSchema = z.strictObject({
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  month: z.number().int().nullable(),
  label: z.string(),
  /** First day, inclusive, and the day after the last (YYYY-MM-DD, Asia/Shanghai). */
  from: z.string(),
  to: z.string(),
});

/** 协商频次 — activities of the period by kind, form, level and 联动, against the year's plan. */
export const activityStatisticsSchema = z.strictObject({
  total: z.number().int(),
  /** 调研 / 协商 / 跟踪问效. */
  byKind: z.array(countRowSchema),
  /** Of the consultations held: 会议 / 网络 / 现场. */
  byForm: z.array(countRowSchema),
  /** Of the consultations held: 市级 / 县级 / 乡镇 / 村社区. */
  byLevel: z.array(countRowSchema),
  joint: z.number().int(),
  /** 年度协商计划: topics in the year's plans, and those whose consultation has been held. */
  plan: z.strictObject({ plans: z.number().int(), planned: z.number().int(), done: z.number().int(), share }),
});

/** Consultations held in the period and those attended by a party or government 负责同志. */
export const leaderStatisticsSchema = z.strictObject({ consultations: z.number().int(), attended: z.number().int(), share });

/** A township, village or community of the county and its consultations this year. */
export const placeRowSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['township', 'village', 'community']),
  /** The township a village or community belongs to. */
  parentName: z.string().nullable(),
  consultations: z.number().int(),
  /** No consultation activity in the whole year. */
  flagged: z.boolean(),
});

/** 基层协商覆盖 — the county's townships and villages, flagged where no consultation took place this year. */
export const placeStatisticsSchema = z.strictObject({
  townships: z.number().int(),
  townshipsWithout: z.number().int(),
  villages: z.number().int(),
  villagesWithout: z.number().int(),
  rows: z.array(placeRowSchema),
});

/** Topics and proposals of the period. */
export const topicStatisticsSchema = z.strictObject({
  topics: z.number().int(),
  /** A topic merged from proposals of two sources counts under both; 'none' are topics with no proposal. */
  bySource: z.array(countRowSchema),
  byState: z.array(countRowSchema),
  proposals: z.strictObject({ received: z.number().int(), excluded: z.number().int(), byReason: z.array(countRowSchema), merged: z.number().int() }),
});

/** One lead department's handling of the period's items. */
export const departmentHandlingRowSchema = z.strictObject({
  departmentId: z.string(),
  name: z.string(),
  items: z.number().int(),
  answered: z.number().int(),
  onTime: z.number().int(),
  /** Null while nothing has come due. */
  onTimeRate: share.nullable(),
  overdueNow: z.number().int(),
  supervisions: z.number().int(),
});

/** 建议办理 of the suggestions assigned in the period. */
export const handlingStatisticsSchema = z.strictObject({
  assigned: z.number().int(),
  answered: z.number().int(),
  onTime: z.number().int(),
  overdueNow: z.number().int(),
  /** Null while nothing has come due. */
  onTimeRate: share.nullable(),
  averageDaysToAnswer: z.number().nullable(),
  byResultClass: z.array(countRowSchema),
  byRating: z.array(countRowSchema),
  rehandledItems: z.number().int(),
  rehandlingRounds: z.number().int(),
  byConversion: z.array(countRowSchema),
  departments: z.array(departmentHandlingRowSchema),
});

/** 部门支持 (第六条(三)) given to the period's consultations by one department. */
export const supportRowSchema = z.strictObject({
  departmentId: z.string(),
  name: z.string(),
  byKind: z.array(countRowSchema),
  total: z.number().int(),
});

/** 委员履职 of the period. */
export const memberStatisticsSchema = z.strictObject({
  active: z.number().int(),
  participations: z.number().int(),
  /** Null where the year's point rules are not available. */
  averagePoints: z.number().nullable(),
  belowMinimum: z.number().int().nullable(),
});

/** GET /api/statistics — one county's (or the city's own) statistics for a period (第四条(六)). */
export const countyStatisticsViewSchema = z.strictObject({
  county: z.strictObject({ id: z.string().nullable(), name: z.string() }),
  period: periodViewSchema,
  activities: activityStatisticsSchema,
  leaders: leaderStatisticsSchema,
  places: placeStatisticsSchema,
  topics: topicStatisticsSchema,
  handling: handlingStatisticsSchema,
  support: z.array(supportRowSchema),
  members: memberStatisticsSchema,
});
/** A county's statistics. */
export type CountyStatisticsView = z.infer<typeof countyStatisticsViewSchema>;

/** The city's minimums as the API shows them, with the version the form sends back. */
export const statisticsThresholdsViewSchema = z.strictObject({
  minActivities: z.number().int(),
  minLeaderShare: share,
  version: versionField,
});
/** The thresholds. */
export type StatisticsThresholdsView = z.infer<typeof statisticsThresholdsViewSchema>;

/** Body of PUT /api/statistics/thresholds. */
export const statisticsThresholdsSchema = z.strictObject({
  minActivities: z.number({ error: '最少活动次数应为整数' }).int('最少活动次数应为整数').min(0, '最少活动次数不能为负数').max(1000, '最少活动次数不能超过 1000'),
  minLeaderShare: z.number({ error: '最低比例应为 0 至 1 之间的数' }).min(0, '最低比例不能为负数').max(1, '最低比例不能超过 100%'),
  version: z.number({ error: '缺少版本号，请刷新页面后重试' }).int().min(1),
});
/** The thresholds form. */
export type StatisticsThresholdsInput = z.infer<typeof statisticsThresholdsSchema>;

/** One county on the city dashboard. */
export const cityCountyRowSchema = z.strictObject({
  countyId: z.string(),
  name: z.string(),
  activities: z.number().int(),
  research: z.number().int(),
  consultations: z.number().int(),
  followUps: z.number().int(),
  leaderShare: share,
  townships: z.number().int(),
  townshipsWithout: z.number().int(),
  /** Null while nothing has come due. */
  onTimeRate: share.nullable(),
  overdueNow: z.number().int(),
  membersActive: z.number().int(),
  flags: z.array(z.enum(COUNTY_FLAGS)),
  flagLabels: z.array(z.string()),
});
/** A county row of the dashboard. */
export type CityCountyRow = z.infer<typeof cityCountyRowSchema>;

/** GET /api/statistics/city — the 17 counties side by side for a year, flagged against the city's minimums. */
export const cityDashboardViewSchema = z.strictObject({
  year: z.number().int(),
  thresholds: statisticsThresholdsViewSchema,
  counties: z.array(cityCountyRowSchema),
  /** Whether this user may change the thresholds. */
  canSetThresholds: z.boolean(),
});
/** The city dashboard. */
export type CityDashboardView = z.infer<typeof cityDashboardViewSchema>;
