import { ANONYMOUS, roomSettingsSchema, scheduleConsultationSchema, seededRandom } from '@shangliang/core';
import type { PolisComment } from '@shangliang/core/polis';
import type { Db } from '../db/database.js';
import { listRoomsOfTopics } from '../repositories/rooms.repository.js';
import type { RequestContext } from '../use-cases/context.js';
import { refreshOpinionMap } from '../use-cases/rooms/opinion-map.js';
import { type Conversation, importConversation } from '../use-cases/rooms/polis.js';
import { loadRoom } from '../use-cases/rooms/room-access.js';
import { moderate, postStatement, replyTo } from '../use-cases/rooms/room-statements.js';
import { getRoom, putModerationWords, updateRoomSettings } from '../use-cases/rooms/rooms.js';
import { scheduleConsultation } from '../use-cases/topics/consultations.js';
import { seedContexts } from './seed-context.js';
import { ELEVATOR_CROWD, ELEVATOR_GROUPS, ELEVATOR_REPLIES, ELEVATOR_STATEMENTS, HELD_STATEMENT, MODERATION_WORDS, SCHOOLBUS_CROWD, SCHOOLBUS_GROUPS, SCHOOLBUS_STATEMENTS, type StanceRow } from './seed-rooms-data.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The day `days` from now at hh:00 Beijing time. */
const beijingDay = (now: Date, days: number, hh: number): Date => new Date(Date.parse(`${new Date(now.getTime() + days * DAY + 8 * HOUR).toISOString().slice(0, 10)}T${String(hh).padStart(2, '0')}:00:00+08:00`));

/**
 * A crowd's conversation: each resident belongs to a group by the groups' shares, sees about two thirds of
 * the statements and votes as the group leans (agree by its chance, otherwise mostly disagree, some pass).
 */
function crowd(rows: readonly StanceRow[], shares: readonly number[], size: number, from: number, to: number, seed: number): Conversation {
  const next = seededRandom(seed);
  const at = (r: number) => new Date(from + r * (to - from)).toISOString();
  const comments: PolisComment[] = rows.map(([text], i) => ({ externalId: String(i), authorExternalId: String(i % size), text, moderated: 1, createdAt: at((i / rows.length) * 0.5) }));
  const votes: Conversation['votes'][number][] = [];
  for (let p = 0; p < size; p++) {
    let pick = next();
    const group = shares.findIndex((s) => (pick -= s) < 0);
    rows.forEach(([, ...agree], s) => {
      if (next() > 0.68) return;
      const r = next();
      const yes = agree[group === -1 ? 0 : group]!;
      votes.push({ statementExternalId: String(s), voterExternalId: String(p), vote: r < yes ? 1 : r < yes + (1 - yes) * 0.8 ? -1 : 0, at: at(0.5 + next() * 0.5) });
    });
  }
  return { comments, votes };
}

/**
 * 演示网络协商：an open room on 尧都区's 加装电梯 topic — forty statements, a crowd of a few hundred whose
 * votes form three opinion groups and a consensus, two replies of 交通运输局 and one statement held by the
 * county's words — and the May room of the 校车 topic, closed, whose opinions went into its 协商纪要.
 * Through the use cases (the crowd's votes as one import), at times counted back from `now`.
 */
export async function seedRoomsDemo(db: Db, now: Date = new Date()): Promise<void> {
  const as = await seedContexts(db, ['yaodu-office', 'yaodu-dept-jt']);
  const k = db.kysely;
  const topicOf = async (title: string) => (await k.selectFrom('topics').select(['id', 'state']).where('title', '=', title).executeTakeFirst()) ?? fail(`demo topic ${title} is missing`);

  // —— the open room: 老旧小区加装电梯 ——
  const elevator = await topicOf('推进老旧小区加装电梯，破解老年人“上楼难”');
  const opened = beijingDay(now, -3, 9);
  const office = as('yaodu-office', opened);
  const scheduled = await scheduleConsultation(office, elevator.id, scheduleConsultationSchema.parse({ form: 'online', level: 'county', startsAt: beijingDay(now, 2, 15).toISOString(), venueText: '“有事来商量”网络议事厅' }));
  const roomId = scheduled.consultations.find((c) => c.form === 'online' && c.roomId)?.roomId ?? fail('the online consultation opened no room');
  const room = await getRoom(office, roomId, undefined);
  await updateRoomSettings(office, roomId, roomSettingsSchema.parse({
    title: '老旧小区加装电梯怎么装、钱怎么摊？',
    background: '城区符合加装条件的多层住宅约 1600 个单元，已完成加装的不足 40 部。邻里意见难统一、审批涉及多个部门、管线迁改费用高、后期维保责任不明，是加装电梯的主要难点。\n\n区政协将于近期召开专题协商会。会前开设网络议事厅，请大家对下面的观点逐条表态，也可以写下自己的看法。区住建局、交通运输局等部门在线回应。',
    opensAt: opened.toISOString(), closesAt: beijingDay(now, 9, 18).toISOString(), audience: 'public', moderation: 'pre', allowStatements: true, minVotes: 7, version: room.version,
  }));
  const live = await loadRoom(office, roomId);
  await importConversation(as('yaodu-office', new Date(now.getTime() - HOUR)), live, crowd(ELEVATOR_STATEMENTS, ELEVATOR_GROUPS, ELEVATOR_CROWD, opened.getTime(), now.getTime() - 2 * HOUR, 2026), { keepIds: false });
  const statements = await k.selectFrom('room_statements').select(['id', 'text']).where('room_id', '=', roomId).execute();
  const idOf = (text: string) => statements.find((s) => s.text === text)?.id ?? fail(`statement ${text} is missing`);
  for (const [text] of ELEVATOR_STATEMENTS.slice(0, 5)) await moderate(as('yaodu-office', opened), roomId, idOf(text), { step: 'seed' });
  for (const r of ELEVATOR_REPLIES) await replyTo(as('yaodu-dept-jt', new Date(now.getTime() - DAY)), roomId, idOf(r.statement), { text: r.text });
  await putModerationWords(as('yaodu-office', opened), MODERATION_WORDS);
  const resident: RequestContext = { db, now: new Date(now.getTime() - 5 * HOUR), actor: ANONYMOUS, user: null, ip: '127.0.0.1', userAgent: 'seed' };
  await postStatement(resident, roomId, { text: HELD_STATEMENT, idempotencyKey: 'demo-held-statement', nickname: '解放东路居民' }, undefined);
  await refreshOpinionMap(db, roomId, now);

  // —— the closed room of May's 网络协商 on the 校车 topic ——
  const bus = await topicOf('保障农村学生上下学交通安全，完善校车服务');
  const [busRoom] = await listRoomsOfTopics(k, [bus.id]);
  if (!busRoom) return;
  const closedRoom = await loadRoom(office, busRoom.id);
  const from = Date.parse(closedRoom.opens_at);
  const to = Math.min(Date.parse(closedRoom.closes_at), now.getTime()) - HOUR;
  await importConversation(as('yaodu-office', new Date(to)), closedRoom, crowd(SCHOOLBUS_STATEMENTS, SCHOOLBUS_GROUPS, SCHOOLBUS_CROWD, from, to, 529), { keepIds: false });
  await refreshOpinionMap(db, busRoom.id, now);
}

function fail(message: string): never {
  throw new Error(message);
}
