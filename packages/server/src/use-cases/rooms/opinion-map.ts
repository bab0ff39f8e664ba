import { can, computeOpinionMap, MAP_MIN_PARTICIPANTS, type OpinionMapView } from '@shangliang/core';
import type { Db } from '../../db/database.js';
import type { RequestContext } from '../context.js';
import { countVotesOfRoom, findMap, findParticipants, findRoom, listStatements, saveMap, votesOfRoom } from '../../repositories/rooms.repository.js';
import { findMe, loadRoom, roomSubject } from './room-access.js';

/** What is stored of a computed map: the full result, ids included; the answer trims it per viewer. */
type StoredMap = ReturnType<typeof computeOpinionMap>;

/**
 * Recomputes a room's opinion map from its votes on shown statements, unless the stored one already saw as
 * many votes (run in the background by the map scheduler, never on a vote's request). True when it changed.
 */
export async function refreshOpinionMap(db: Db, roomId: string, now: Date): Promise<boolean> {
  const k = db.kysely;
  const room = await findRoom(k, roomId);
  if (!room) return false;
  const [seen, stored] = await Promise.all([countVotesOfRoom(k, roomId), findMap(k, roomId)]);
  if (stored && Number(stored.votes_seen) === seen) return false;
  const [votes, statements] = await Promise.all([votesOfRoom(k, roomId), listStatements(k, roomId, { statuses: ['shown'] })]);
  const map = computeOpinionMap({
    votes: votes.map((v) => ({ participantId: v.participant_id, statementId: v.statement_id, vote: (Math.sign(Number(v.vote)) || 0) as 1 | -1 | 0 })),
    statementIds: statements.map((s) => s.id),
    minVotes: room.min_votes,
  });
  await saveMap(k, { room_id: roomId, votes_seen: seen, computed_at: now.toISOString(), computed_ms: map.computedMs, result: JSON.stringify(map) });
  return true;
}

/**
 * 意见图 — the groups, their representative statements and the consensus. The office and staff of the level
 * see who is in each group; everyone else sees the groups' sizes and the scatter, and where they are themselves.
 * Empty until enough participants are counted (the public page shows the map from 10 on).
 */
export async function getOpinionMap(ctx: RequestContext, roomId: string, token: string | undefined): Promise<OpinionMapView> {
  const room = await loadRoom(ctx, roomId);
  const db = ctx.db.kysely;
  const [stored, statements, me] = await Promise.all([findMap(db, roomId), listStatements(db, roomId, { statuses: ['shown'] }), findMe(ctx, room, token)]);
  const full = can(ctx.actor, 'room.read_participants', roomSubject(room)).ok;
  const map = stored ? (JSON.parse(stored.result) as StoredMap) : null;
  const text = new Map(statements.map((s) => [s.id, s]));
  const enough = !!map && (full || map.counted >= MAP_MIN_PARTICIPANTS);
  if (!map || !enough) {
    return { participants: map?.participants ?? 0, counted: map?.counted ?? 0, statements: statements.length, groups: [], consensus: [], points: [], you: null, computedMs: map?.computedMs ?? 0, computedAt: stored?.computed_at ?? null };
  }
  const external = full ? await findParticipants(db, map.groups.flatMap((g) => g.members)) : new Map();
  const mine = me ? map.points.find((p) => p.participantId === me.id) : undefined;
  const shown = (id: string) => text.has(id);
  return {
    participants: map.participants,
    counted: map.counted,
    statements: statements.length,
    groups: map.groups.map((g) => ({
      id: g.id,
      size: g.size,
      ...(full ? { members: g.members.map((m) => ({ participantId: m, externalId: external.get(m)?.external_id ?? null })) } : {}),
      representative: g.representative.filter((r) => shown(r.statementId)).map((r) => ({ statementId: r.statementId, externalId: text.get(r.statementId)!.external_id, text: text.get(r.statementId)!.text, direction: r.direction, ratio: r.ratio })),
    })),
    consensus: map.consensus.filter((c) => shown(c.statementId)).map((c) => ({ statementId: c.statementId, externalId: text.get(c.statementId)!.external_id, text: text.get(c.statementId)!.text, agreeRatio: c.agreeRatio })),
    points: map.points.map((p) => ({ x: p.x, y: p.y, group: p.group })),
    you: mine ? { x: mine.x, y: mine.y, group: mine.group } : null,
    computedMs: map.computedMs,
    computedAt: stored!.computed_at,
  };
}
