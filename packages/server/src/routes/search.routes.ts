import { publicSearchQuerySchema, searchPageSchema, searchQuerySchema } from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchPublic, searchRecords } from '../use-cases/search/search-records.js';

/** 全文检索 — the console's search box, and the portal's. */
export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['全文检索'];
  app.get('/search', { schema: { tags, summary: '全站检索（选题建议、议题、建议、办理答复、协商意见、网络议事）', querystring: searchQuerySchema, response: { 200: searchPageSchema } } }, async (request) =>
    searchRecords(request.ctx, request.query),
  );
  app.get('/public/search', { config: { public: true }, schema: { tags, summary: '门户检索（公开的议题、办理答复和网络议事）', querystring: publicSearchQuerySchema, response: { 200: searchPageSchema } } }, async (request) =>
    searchPublic(request.ctx, request.query),
  );
};
