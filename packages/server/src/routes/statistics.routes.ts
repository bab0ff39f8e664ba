import {
  cityDashboardViewSchema,
  cityStatisticsQuerySchema,
  countyStatisticsViewSchema,
  statisticsQuerySchema,
  statisticsThresholdsSchema,
  statisticsThresholdsViewSchema,
} from '@shangliang/core';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportCityDashboard } from '../use-cases/statistics/export-city-dashboard.js';
import { exportCountyStatistics } from '../use-cases/statistics/export-county-statistics.js';
import { getCityDashboard } from '../use-cases/statistics/get-city-dashboard.js';
import { getCountyStatistics } from '../use-cases/statistics/get-county-statistics.js';
import { getThresholds } from '../use-cases/statistics/get-thresholds.js';
import { setThresholds } from '../use-cases/statistics/set-thresholds.js';

const sendWorkbook = (reply: FastifyReply, { filename, buffer }: { filename: string; buffer: Buffer }) =>
  reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .send(buffer);

/** 协商频次统计 (第四条(六)) and the city's dashboard of the 17 counties. */
export const statisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['协商统计'];
  app.get('/statistics', { schema: { tags, summary: '县（市、区）协商统计（年度、季度或月份）', querystring: statisticsQuerySchema, response: { 200: countyStatisticsViewSchema } } }, async (request) =>
    getCountyStatistics(request.ctx, request.query),
  );
  app.get('/statistics/export.xlsx', { schema: { tags, summary: '导出县（市、区）协商统计（.xlsx）', querystring: statisticsQuerySchema } }, async (request, reply) =>
    sendWorkbook(reply, await exportCountyStatistics(request.ctx, request.query)),
  );
  app.get('/statistics/city', { schema: { tags, summary: '全市统计：各县（市、区）对比', querystring: cityStatisticsQuerySchema, response: { 200: cityDashboardViewSchema } } }, async (request) =>
    getCityDashboard(request.ctx, request.query.year),
  );
  app.get('/statistics/city/export.xlsx', { schema: { tags, summary: '导出全市统计（.xlsx）', querystring: cityStatisticsQuerySchema } }, async (request, reply) =>
    sendWorkbook(reply, await exportCityDashboard(request.ctx, request.query.year)),
  );
  app.get('/statistics/thresholds', { schema: { tags, summary: '统计预警标准', response: { 200: statisticsThresholdsViewSchema } } }, async (request) => getThresholds(request.ctx));
  app.put('/statistics/thresholds', { schema: { tags, summary: '修改统计预警标准（市政协办公室）', body: statisticsThresholdsSchema, response: { 200: statisticsThresholdsViewSchema } } }, async (request) =>
    setThresholds(request.ctx, request.body),
  );
};
