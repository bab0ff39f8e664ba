import {
  moderateStatementSchema,
  moderationQueueSchema,
  moderationWordsSchema,
  opinionMapViewSchema,
  pageSchema,
  polisImportResultSchema,
  postStatementSchema,
  replyStatementSchema,
  reportStatementSchema,
  roomSettingsSchema,
  roomSummarySchema,
  roomViewSchema,
  statementViewSchema,
  voteSchema,
} from '@shangliang/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getOpinionMap } from '../use-cases/rooms/opinion-map.js';
import { roomCookie } from '../use-cases/rooms/room-access.js';
import { moderate, postStatement, replyTo, reportStatement, voteOn } from '../use-cases/rooms/room-statements.js';
import { closeRoom, getModerationWords, getRoom, listRooms, moderationQueue, putModerationWords, updateRoomSettings } from '../use-cases/rooms/rooms.js';
import { streamRoomEvents } from '../http/room-stream.js';
import { receiveTextParts } from '../http/receive-text-parts.js';
import { exportPolis, importPolis, POLIS_MAX_BYTES, roomForImport } from '../use-cases/rooms/polis.js';
import { exportRoomSummary } from '../use-cases/rooms/room-summary.js';
import { emptyBody, idParams, pageQuery } from './common.js';

const statementParams = z.strictObject({ id: z.string().min(1).max(64), sid: z.string().min(1).max(64) });

/** 网络协商 — rooms, their statements, votes, replies and moderation, the live stream and the opinion map. */
export const roomRoutes: FastifyPluginAsyncZod<{ cookie: { secure: boolean }; postRateLimit: number; voteRateLimit: number }> = async (app, opts) => {
  const tags = ['网络协商'];
  const pub = { public: true };
  const token = (request: FastifyRequest) => request.cookies[roomCookie((request.params as { id: string }).id)];
  /** Keeps a resident's participant for this room only, out of reach of scripts. */
  const keep = (reply: FastifyReply, roomId: string, fresh: string | undefined) => {
    if (fresh) void reply.setCookie(roomCookie(roomId), fresh, { httpOnly: true, sameSite: 'lax', secure: opts.cookie.secure, path: `/api/rooms/${roomId}`, maxAge: 365 * 86_400 });
  };

  app.get('/rooms', { config: pub, schema: { tags, summary: '网络协商列表', querystring: z.strictObject({ ...pageQuery, countyId: z.string().max(64).optional() }), response: { 200: pageSchema(roomSummarySchema) } } }, async (request) =>
    listRooms(request.ctx, request.query),
  );
  app.get('/rooms/:id', { config: pub, schema: { tags, summary: '协商室', params: idParams, response: { 200: roomViewSchema } } }, async (request) => getRoom(request.ctx, request.params.id, token(request)));
  app.put('/rooms/:id', { schema: { tags, summary: '协商室设置', params: idParams, body: roomSettingsSchema, response: { 200: roomViewSchema } } }, async (request) =>
    updateRoomSettings(request.ctx, request.params.id, request.body),
  );
  app.post('/rooms/:id/close', { schema: { tags, summary: '结束协商', params: idParams, body: emptyBody, response: { 200: roomViewSchema } } }, async (request) => closeRoom(request.ctx, request.params.id));
  app.post(
    '/rooms/:id/statements',
    { config: { ...pub, rateLimit: { max: opts.postRateLimit, timeWindow: '10 minutes' } }, schema: { tags, summary: '发表观点', params: idParams, body: postStatementSchema, response: { 201: roomViewSchema } } },
    async (request, reply) => {
      const { room, token: fresh } = await postStatement(request.ctx, request.params.id, request.body, token(request));
      keep(reply, request.params.id, fresh);
      return reply.status(201).send(room);
    },
  );
  app.put(
    '/rooms/:id/statements/:sid/vote',
    { config: { ...pub, rateLimit: { max: opts.voteRateLimit, timeWindow: '1 minute' } }, schema: { tags, summary: '投票：同意、不同意或跳过', params: statementParams, body: voteSchema, response: { 200: statementViewSchema } } },
    async (request, reply) => {
      const { statement, token: fresh } = await voteOn(request.ctx, request.params.id, request.params.sid, request.body, token(request));
      keep(reply, request.params.id, fresh);
      return statement;
    },
  );
  app.post(
    '/rooms/:id/statements/:sid/report',
    { config: { ...pub, rateLimit: { max: opts.postRateLimit, timeWindow: '10 minutes' } }, schema: { tags, summary: '举报不当观点', params: statementParams, body: reportStatementSchema, response: { 200: z.strictObject({ reported: z.boolean() }) } } },
    async (request, reply) => {
      const { reported, token: fresh } = await reportStatement(request.ctx, request.params.id, request.params.sid, request.body.reason, token(request));
      keep(reply, request.params.id, fresh);
      return { reported };
    },
  );
  app.post('/rooms/:id/statements/:sid/reply', { schema: { tags, summary: '部门回应', params: statementParams, body: replyStatementSchema, response: { 201: statementViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await replyTo(request.ctx, request.params.id, request.params.sid, request.body)),
  );
  app.post('/rooms/:id/statements/:sid/moderate', { schema: { tags, summary: '审核观点', params: statementParams, body: moderateStatementSchema, response: { 200: statementViewSchema } } }, async (request) =>
    moderate(request.ctx, request.params.id, request.params.sid, request.body),
  );
  app.get('/rooms/:id/moderation', { schema: { tags, summary: '审核队列', params: idParams, response: { 200: moderationQueueSchema } } }, async (request) => moderationQueue(request.ctx, request.params.id));
  app.get('/rooms/:id/opinion-map', { config: pub, schema: { tags, summary: '意见图', params: idParams, response: { 200: opinionMapViewSchema } } }, async (request) =>
    getOpinionMap(request.ctx, request.params.id, token(request)),
  );
  app.get('/rooms/:id/events', { config: pub, schema: { tags, summary: '实时事件（server-sent events）', params: idParams } }, async (request, reply) => streamRoomEvents(request, reply, request.params.id));
  app.post('/rooms/:id/import-polis', { schema: { tags, summary: '导入 Pol.is 对话（multipart：comments、votes 两个 CSV 文件）', params: idParams, response: { 200: polisImportResultSchema } } }, async (request) => {
    let room;
    try {
      room = await roomForImport(request.ctx, request.params.id);
    } catch (err) {
      request.raw.resume(); // refused before the upload was read: let the rest of it through so the answer arrives
      throw err;
    }
    return importPolis(request.ctx, room, await receiveTextParts(request, ['comments', 'votes'], POLIS_MAX_BYTES));
  });
  app.get('/rooms/:id/summary.xlsx', { schema: { tags, summary: '网络协商意见汇总（.xlsx）', params: idParams } }, async (request, reply) => {
    const { filename, buffer } = await exportRoomSummary(request.ctx, request.params.id);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
      .send(buffer);
  });
  app.get('/rooms/:id/export/:file', { schema: { tags, summary: '以 Pol.is 格式导出（comments.csv、votes.csv、participants-votes.csv）', params: z.strictObject({ id: z.string().min(1).max(64), file: z.string().min(1).max(40) }) } }, async (request, reply) => {
    const csv = await exportPolis(request.ctx, request.params.id, request.params.file);
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${request.params.file}"`).send(csv);
  });
  app.get('/moderation-words', { schema: { tags, summary: '敏感词（本级）', response: { 200: moderationWordsSchema } } }, async (request) => getModerationWords(request.ctx));
  app.put('/moderation-words', { schema: { tags, summary: '设置敏感词', body: moderationWordsSchema, response: { 200: moderationWordsSchema } } }, async (request) => putModerationWords(request.ctx, request.body.words));
};
