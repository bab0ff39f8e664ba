import {
  ARCHIVE_SORTS,
  archiveListSchema,
  archiveViewSchema,
  CHECKIN_ACTIVITIES,
  checkInResultSchema,
  checkInSchema,
  checkinViewSchema,
  closeYearSchema,
  correctAttendanceSchema,
  openCheckinSchema,
  pointRulesViewSchema,
  savePointRulesSchema,
  scopeYearQuery,
  topicViewSchema,
} from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listArchives, memberArchive, myArchive } from '../use-cases/members/archives.js';
import { correctAttendance } from '../use-cases/members/attendance.js';
import { checkIn, getCheckin, openCheckin } from '../use-cases/members/checkins.js';
import { exportArchives } from '../use-cases/members/export-archives.js';
import { closeYear, getPointRules, savePointRules } from '../use-cases/members/point-rules.js';
import { flag, pageQuery } from './common.js';

const activityParams = z.strictObject({ activityType: z.enum(CHECKIN_ACTIVITIES, { error: '活动类型不正确' }), activityId: z.string().min(1).max(64) });
const text = z.string().trim().max(40).optional();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 委员履职 (第六条(一)): 签到, attendance corrections, 积分规则 and 履职档案. */
export const memberRoutes: FastifyPluginAsyncZod<{ checkinRateLimit: number }> = async (app, opts) => {
  const tags = ['委员履职'];
  app.post('/checkins', { schema: { tags, summary: '生成或查看活动签到码', body: openCheckinSchema, response: { 200: checkinViewSchema } } }, async (request) => openCheckin(request.ctx, request.body));
  app.get('/checkins/:activityType/:activityId', { schema: { tags, summary: '活动签到码', params: activityParams, response: { 200: checkinViewSchema } } }, async (request) =>
    getCheckin(request.ctx, request.params.activityType, request.params.activityId),
  );
  app.post(
    '/checkin',
    { config: { rateLimit: { max: opts.checkinRateLimit, timeWindow: '1 minute' } }, schema: { tags, summary: '委员签到（6 位签到码）', body: checkInSchema, response: { 200: checkInResultSchema } } },
    async (request) => checkIn(request.ctx, request.body),
  );
  app.put('/attendance/:activityType/:activityId', { schema: { tags, summary: '更正出席情况', params: activityParams, body: correctAttendanceSchema, response: { 200: topicViewSchema } } }, async (request) =>
    correctAttendance(request.ctx, request.params.activityType, request.params.activityId, request.body),
  );
  app.get('/point-rules', { schema: { tags, summary: '年度积分规则', querystring: scopeYearQuery, response: { 200: pointRulesViewSchema } } }, async (request) =>
    getPointRules(request.ctx, request.query.countyId, request.query.year),
  );
  app.put('/point-rules', { schema: { tags, summary: '保存年度积分规则', body: savePointRulesSchema, response: { 200: pointRulesViewSchema } } }, async (request) => savePointRules(request.ctx, request.body));
  app.post('/point-rules/close', { schema: { tags, summary: '年度结转', body: closeYearSchema, response: { 200: pointRulesViewSchema } } }, async (request) => closeYear(request.ctx, request.body));
  const listQuery = scopeYearQuery.extend({ sector: text, committee: text, below: flag, sort: z.enum(ARCHIVE_SORTS, { error: '排序方式不正确' }).default('total_desc'), ...pageQuery });
  app.get('/archives', { schema: { tags, summary: '委员履职档案列表', querystring: listQuery, response: { 200: archiveListSchema } } }, async (request) => listArchives(request.ctx, request.query));
  app.get('/archives/export.xlsx', { schema: { tags, summary: '导出履职档案（.xlsx）', querystring: scopeYearQuery } }, async (request, reply) => {
    const { filename, buffer } = await exportArchives(request.ctx, request.query);
    return reply.header('content-type', XLSX).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`).send(buffer);
  });
  app.get('/members/:userId/archive', { schema: { tags, summary: '委员履职档案', params: z.strictObject({ userId: z.string().min(1).max(64) }), querystring: scopeYearQuery, response: { 200: archiveViewSchema } } }, async (request) =>
    memberArchive(request.ctx, request.params.userId, request.query.year, request.query.countyId),
  );
  app.get('/me/archive', { schema: { tags, summary: '我的履职', querystring: scopeYearQuery, response: { 200: archiveViewSchema } } }, async (request) =>
    myArchive(request.ctx, request.query.year, request.query.countyId),
  );
};
