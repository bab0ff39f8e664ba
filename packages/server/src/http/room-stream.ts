import type { FastifyReply, FastifyRequest } from 'fastify';
import { loadRoom } from '../use-cases/rooms/room-access.js';

/** A comment line keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 20_000;

/**
 * GET /api/rooms/:id/events — server-sent events of one room for whoever may see it: new statements, vote
 * counts, replies, hidden statements and changes of the queue or the map. Events carry public data only.
 */
export async function streamRoomEvents(request: FastifyRequest, reply: FastifyReply, roomId: string): Promise<void> {
  const ctx = request.ctx;
  await loadRoom(ctx, roomId);
  if (!ctx.live) return reply.status(503).send({ error: 'UNAVAILABLE', message: '实时推送暂不可用' });
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
  res.write(`retry: 3000\n: 已连接\n\n`);
  const unsubscribe = ctx.live.hub.subscribe(roomId, (event) => {
    res.write(`event: ${event.type}\ndata: ${JSON.stringify({ statementId: event.statementId ?? null, data: event.data ?? null })}\n\n`);
  });
  const beat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  beat.unref();
  const live = ctx.live;
  live.streams.add(res);
  request.raw.on('close', () => {
    clearInterval(beat);
    unsubscribe();
    live.streams.delete(res);
  });
}
