import { z } from 'zod';
import { CHECKIN_ACTIVITIES } from './participation.js';
import { pointRulesSchema } from './points.js';

const id = z.string().min(1).max(64);
/** A year of the archives: from the platform's first to a few ahead. */
export const yearField = z.coerce.number({ error: '年度应为四位数字' }).int('年度应为四位数字').min(2000, '年度不正确').max(2100, '年度不正确');

/** Body of POST /api/checkins — the office opens (or shows again) an activity's 签到码. */
export const openCheckinSchema = z.strictObject({
  activityType: z.enum(CHECKIN_ACTIVITIES, { error: '活动类型不正确' }),
  activityId: id,
});
/** Input of opening a check-in. */
export type OpenCheckinInput = z.infer<typeof openCheckinSchema>;

/** Body of POST /api/checkin — a member checks in with the 6-digit code. */
export const checkInSchema = z.strictObject({
  code: z.string({ error: '请输入签到码' }).trim().regex(/^\d{6}$/, '签到码为 6 位数字'),
});
/** Input of checking in. */
export type CheckInInput = z.infer<typeof checkInSchema>;

/** Body of PUT /api/attendance/:activityType/:activityId — the office corrects who was present. */
export const correctAttendanceSchema = z.strictObject({
  memberIds: z.array(id).max(200, '出席委员最多 200 人'),
  note: z.string().trim().min(2, '请填写更正原因').max(200, '更正原因不能超过 200 个字'),
});
/** Input of an attendance correction. */
export type CorrectAttendanceInput = z.infer<typeof correctAttendanceSchema>;

/** Query of GET /api/point-rules and the archives: the county (none: the actor's own; 'city' for the city) and year. */
export const scopeYearQuery = z.strictObject({
  countyId: id.optional(),
  year: yearField,
});

/** Body of PUT /api/point-rules — a county's rules of a year; version 0 for a year not saved yet. */
export const savePointRulesSchema = z.strictObject({
  countyId: id.nullable(),
  year: yearField,
  rules: pointRulesSchema,
  version: z.number().int().min(0),
});
/** Input of saving point rules. */
export type SavePointRulesInput = z.infer<typeof savePointRulesSchema>;

/** Body of POST /api/point-rules/close — 年度结转: the year's rules and archives become final. */
export const closeYearSchema = z.strictObject({ countyId: id.nullable(), year: yearField, version: z.number().int().min(0) });
/** Input of closing a year. */
export type CloseYearInput = z.infer<typeof closeYearSchema>;

/** Sort orders of the county's archives. */
export const ARCHIVE_SORTS = ['total_desc', 'total_asc', 'name'] as const;
