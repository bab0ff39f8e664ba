import { createHash, randomBytes } from 'node:crypto';
import { can, type Decision, participantBadge, roomRefusal, roomState, type RoomState, type RoomVerb, type Subject } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { conflict, notFound } from '../refusals.js';
import { newId } from '../../repositories/ids.js';
import { findParticipantOfToken, findParticipantOfUser, findRoom, insertParticipant, type ParticipantRow, type RoomRow, setNickname } from '../../repositories/rooms.repository.js';
import type { Executor } from '../../repositories/types.js';
import { authorize, hiddenFrom, refused } from '../authorize.js';

/** The policy subject of a room: its county (null: a city room). */
export const roomSubject = (room: Pick<RoomRow, 'county_id'>): Subject => ({ type: 'room', scope: [room.county_id] });

/** The room's stage now. */
export const stateOf = (ctx: RequestContext, room: RoomRow): RoomState => roomState({ opensAt: room.opens_at, closesAt: room.closes_at, closedAt: room.closed_at }, ctx.now);

/** Whether the viewer may take part in the room (post, vote, report): anyone in a public room, members and staff in a members-only one. */
export const takePart = (ctx: RequestContext, room: RoomRow): Decision => can(ctx.actor, room.audience === 'public' ? 'room.take_part_public' : 'room.take_part', roomSubject(room));

const manages = (ctx: RequestContext, room: RoomRow) => can(ctx.actor, 'room.manage', roomSubject(room)).ok;

/** Who may use each verb (the policy); the stage table says when. */
function policyAllows(ctx: RequestContext, room: RoomRow, verb: RoomVerb): Decision {
  switch (verb) {
    case 'configure':
    case 'seed':
    case 'close':
    case 'export':
      return can(ctx.actor, 'room.manage', roomSubject(room));
    case 'moderate':
      return can(ctx.actor, 'room.moderate', roomSubject(room));
    case 'reply':
      return can(ctx.actor, 'room.reply', roomSubject(room));
    case 'post':
      if (!room.allow_statements) return { ok: false, reason: '本协商室只能对已有观点投票' };
      return takePart(ctx, room);
    case 'vote':
    case 'report':
      return takePart(ctx, room);
  }
}

const VERBS: readonly RoomVerb[] = ['configure', 'seed', 'close', 'export', 'post', 'vote', 'report', 'reply', 'moderate'];

/** The verbs the viewer may use now: allowed by the policy and by the room's stage — what the page offers is what the server accepts. */
export const verbsFor = (ctx: RequestContext, room: RoomRow): RoomVerb[] => VERBS.filter((v) => policyAllows(ctx, room, v).ok && roomRefusal(stateOf(ctx, room), v) === null);

/** Refuses the verb unless both the policy and the stage allow it. */
export async function checkVerb(ctx: RequestContext, room: RoomRow, verb: RoomVerb): Promise<void> {
  const decision = policyAllows(ctx, room, verb);
  if (!decision.ok) {
    const action = verb === 'moderate' ? 'room.moderate' : verb === 'reply' ? 'room.reply' : ['configure', 'seed', 'close', 'export'].includes(verb) ? 'room.manage' : 'room.take_part';
    if (verb === 'post' && room.allow_statements === 0 && takePart(ctx, room).ok) throw conflict(decision.reason);
    await authorize(ctx, action, roomSubject(room));
    throw refused(decision.reason, { action, subjectType: 'room', subjectId: room.id, countyId: room.county_id });
  }
  const notNow = roomRefusal(stateOf(ctx, room), verb);
  if (notNow) throw conflict(notNow);
}

/** Loads a room the viewer may see: public rooms to everyone, members-only rooms to those who take part or run it. */
export async function loadRoom(ctx: RequestContext, id: string, exec: Executor = ctx.db.kysely): Promise<RoomRow> {
  const room = await findRoom(exec, id);
  if (!room) throw notFound('协商室');
  if (room.audience === 'members' && !takePart(ctx, room).ok && !manages(ctx, room))
    throw hiddenFrom('协商室', { action: 'room.take_part', subjectType: 'room', subjectId: room.id, countyId: room.county_id });
  return room;
}

/** The name of the cookie that keeps an anonymous resident's participant in one room. */
export const roomCookie = (roomId: string): string => `sl_room_${roomId.replaceAll('-', '')}`;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Who the viewer is in the room: their account's participant, or the resident the room cookie stands for (null: not yet). */
export async function findMe(ctx: RequestContext, room: RoomRow, token: string | undefined, exec: Executor = ctx.db.kysely): Promise<ParticipantRow | null> {
  if (ctx.user) return (await findParticipantOfUser(exec, room.id, ctx.user.id)) ?? null;
  if (!token || token.length < 20 || token.length > 100) return null;
  return (await findParticipantOfToken(exec, room.id, hashToken(token))) ?? null;
}

/**
 * The viewer's participant, created on their first vote or statement: an account takes part with its badge
 * (委员 / 部门 / 政协); a resident gets a fresh random token for the room cookie (only its hash is stored).
 */
export async function joinRoom(ctx: RequestContext, exec: Executor, room: RoomRow, token: string | undefined, nickname?: string): Promise<{ me: ParticipantRow; token?: string }> {
  const found = await findMe(ctx, room, token, exec);
  if (found) {
    if (nickname && !found.user_id && nickname !== found.nickname) await setNickname(exec, found.id, nickname);
    return { me: found };
  }
  const at = ctx.now.toISOString();
  if (ctx.user) {
    const badge = participantBadge(ctx.actor, roomSubject(room));
    const row = { id: newId(), room_id: room.id, user_id: ctx.user.id, token_hash: null, nickname: null, badge: badge?.badge ?? null, dept_id: badge?.departmentId ?? null, external_id: null, ip: ctx.ip, created_at: at };
    await insertParticipant(exec, row);
    return { me: row };
  }
  const fresh = randomBytes(24).toString('base64url');
  const row = { id: newId(), room_id: room.id, user_id: null, token_hash: hashToken(fresh), nickname: nickname || null, badge: null, dept_id: null, external_id: null, ip: ctx.ip, created_at: at };
  await insertParticipant(exec, row);
  return { me: row, token: fresh };
}
