import { mergeGroupSchema, proposalDuplicatesQuerySchema, proposalDuplicatesViewSchema, proposalGroupsQuerySchema, proposalGroupsViewSchema, publicSearchQuerySchema, searchPageSchema, searchQuerySchema, similarProposalsSchema, similarProposalsViewSchema, topicViewSchema } from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchPublic, searchRecords } from '../use-cases/search/search-records.js';
import { findSimilarProposals } from '../use-cases/search/find-similar-proposals.js';
import { findProposalDuplicates } from '../use-cases/search/find-proposal-duplicates.js';
import { groupPool, mergeGroup } from '../use-cases/proposals/group-proposals.js';
import { getTopic } from '../use-cases/topics/topics.js';

/** 全文检索 — the console's search box, and the portal's. */
export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['全文检索'];
  app.get('/search', { schema: { tags, summary: '全站检索（选题建议、议题、建议、办理答复、协商意见、网络议事）', querystring: searchQuerySchema, response: { 200: searchPageSchema } } }, async (request) =>
    searchRecords(request.ctx, request.query),
  );
  app.get('/public/search', { config: { public: true }, schema: { tags, summary: '门户检索（公开的议题、办理答复和网络议事）', querystring: publicSearchQuerySchema, response: { 200: searchPageSchema } } }, async (request) =>
    searchPublic(request.ctx, request.query),
  );
  app.post('/public/proposals/similar', { config: { public: true, rateLimit: { max: 120, timeWindow: '1 minute' } }, schema: { tags, summary: '相似选题建议（提交前提示已有的议题和建议）', body: similarProposalsSchema, response: { 200: similarProposalsViewSchema } } }, async (request) =>
    findSimilarProposals(request.ctx, request.body),
  );
  app.get('/proposals/groups', { schema: { tags: ['选题征集'], summary: '选题建议按问题分组（同一地点的同一问题）', querystring: proposalGroupsQuerySchema, response: { 200: proposalGroupsViewSchema } } }, async (request) =>
    groupPool(request.ctx, request.query),
  );
  app.get('/proposals/duplicates', { schema: { tags: ['选题征集'], summary: '选题建议的疑似重复（初筛时逐条提示，附相似度）', querystring: proposalDuplicatesQuerySchema, response: { 200: proposalDuplicatesViewSchema } } }, async (request) =>
    findProposalDuplicates(request.ctx, request.query),
  );
  app.post('/proposals/groups/merge', { schema: { tags: ['选题征集'], summary: '一组选题建议一键合并立题', body: mergeGroupSchema, response: { 200: topicViewSchema } } }, async (request) =>
    getTopic(request.ctx, await mergeGroup(request.ctx, request.body)),
  );
};
