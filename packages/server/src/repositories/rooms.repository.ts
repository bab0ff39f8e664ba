import { type ExpressionBuilder, type Insertable, type Selectable, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import type { StatementStatus } from '@shangliang/core';
import type { RoomParticipantsTable, RoomsTable, RoomStatementsTable } from '../db/schema-rooms.js';
import { type PageOf, pageOf, type PageRequest } from './paging.js';
import type { Executor } from './types.js';

/** A stored room. */
export type RoomRow = Selectable<RoomsTable>;
/** A stored participant. */
export type ParticipantRow = Selectable<RoomParticipantsTable>;
/** A stored statement. */
export type StatementRow = Selectable<RoomStatementsTable>;

/** Creates a room. */
export const insertRoom = (db: Executor, row: Insertable<RoomsTable>): Promise<unknown> => db.insertInto('rooms').values(row).execute();

/** Loads one room. */
export const findRoom = (db: Executor, id: string): Promise<RoomRow | undefined> => db.selectFrom('rooms').selectAll().where('id', '=', id).executeTakeFirst();

/** The rooms of some topics (a topic page shows each consultation's room). */
export const listRoomsOfTopics = (db: Executor, topicIds: readonly string[]): Promise<Pick<RoomRow, 'id' | 'topic_id' | 'consultation_id'>[]> =>
  topicIds.length ? db.selectFrom('rooms').select(['id', 'topic_id', 'consultation_id']).where('topic_id', 'in', topicIds).execute() : Promise.resolve([]);

/** Filters of the room list. */
export interface RoomFilter {
  /** Only rooms open to everyone (the portal). */
  readonly publicOnly?: boolean;
  /** Counties the viewer may see rooms of besides public ones (undefined: all). */
  readonly countyScope?: readonly (string | null)[] | undefined;
  readonly countyId?: string | undefined;
}

/** A page of rooms, newest first, with the title of each one's topic. */
export function pageRooms(db: Executor, f: RoomFilter, page: PageRequest): Promise<PageOf<RoomRow & { topic_title: string }>> {
  let q = db.selectFrom('rooms as r').innerJoin('topics as t', 't.id', 'r.topic_id').selectAll('r').select('t.title as topic_title');
  if (f.publicOnly) q = q.where('r.audience', '=', 'public');
  if (f.countyId) q = q.where('r.county_id', '=', f.countyId);
  if (f.countyScope) {
    const scope = f.countyScope;
    q = q.where((eb) => {
      const inScope = scope.map((c) => (c === null ? eb('r.county_id', 'is', null) : eb('r.county_id', '=', c)));
      return eb.or([eb('r.audience', '=', 'public'), ...inScope]);
    });
  }
  return pageOf(q.orderBy('r.opens_at', 'desc').orderBy('r.id'), page);
}

/**
 * How many participants, shown statements and votes each room has. Votes are summed from the statements'
 * counters (kept in the vote's own transaction), so a room page does not count every vote of the room.
 */
export async function countRoomActivity(db: Executor, roomIds: readonly string[]): Promise<Map<string, { participants: number; statements: number; votes: number }>> {
  const out = new Map(roomIds.map((id) => [id, { participants: 0, statements: 0, votes: 0 }]));
  if (!roomIds.length) return out;
  const [people, statements] = await Promise.all([
    db.selectFrom('room_participants').select(['room_id', (eb) => eb.fn.countAll<number>().as('n')]).where('room_id', 'in', roomIds).groupBy('room_id').execute(),
    db
      .selectFrom('room_statements')
      .select(['room_id', sql<number>`sum(case when status = 'shown' then 1 else 0 end)`.as('shown'), sql<number>`sum(agrees + disagrees + passes)`.as('votes')])
      .where('room_id', 'in', roomIds)
      .groupBy('room_id')
      .execute(),
  ]);
  for (const r of people) out.get(r.room_id)!.participants = Number(r.n);
  for (const r of statements) Object.assign(out.get(r.room_id)!, { statements: Number(r.shown ?? 0), votes: Number(r.votes ?? 0) });
  return out;
}

/** The participant an account is in a room, if it has taken part. */
export const findParticipantOfUser = (db: Executor, roomId: string, userId: string): Promise<ParticipantRow | undefined> =>
  db.selectFrom('room_participants').selectAll().where('room_id', '=', roomId).where('user_id', '=', userId).executeTakeFirst();

/** The anonymous participant a cookie token stands for, in that room only. */
export const findParticipantOfToken = (db: Executor, roomId: string, tokenHash: string): Promise<ParticipantRow | undefined> =>
  db.selectFrom('room_participants').selectAll().where('room_id', '=', roomId).where('token_hash', '=', tokenHash).executeTakeFirst();

/** Adds a participant. */
export const insertParticipant = (db: Executor, row: Insertable<RoomParticipantsTable>): Promise<unknown> => db.insertInto('room_participants').values(row).execute();

/** Sets an anonymous participant's nickname. */
export const setNickname = (db: Executor, id: string, nickname: string): Promise<unknown> => db.updateTable('room_participants').set({ nickname }).where('id', '=', id).execute();

/** Participants by id (authors of statements). */
export async function findParticipants(db: Executor, ids: readonly string[]): Promise<Map<string, ParticipantRow & { display_name: string | null }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('room_participants as p')
    .leftJoin('users as u', 'u.id', 'p.user_id')
    .selectAll('p')
    .select('u.display_name')
    .where('p.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Adds a statement. */
export const insertStatement = (db: Executor, row: Insertable<RoomStatementsTable>): Promise<unknown> => db.insertInto('room_statements').values(row).execute();

/** Loads one statement of a room. */
export const findStatement = (db: Executor, roomId: string, id: string): Promise<StatementRow | undefined> =>
  db.selectFrom('room_statements').selectAll().where('room_id', '=', roomId).where('id', '=', id).executeTakeFirst();

/** How many statements a participant posted since the moment (the per-participant limit). */
export async function countStatementsSince(db: Executor, participantId: string, since: string): Promise<number> {
  const row = await db.selectFrom('room_statements').select((eb) => eb.fn.countAll<number>().as('n')).where('participant_id', '=', participantId).where('created_at', '>', since).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The statement a form with this key posted, if any. */
export const findStatementByKey = (db: Executor, key: string): Promise<StatementRow | undefined> =>
  db.selectFrom('room_statements').selectAll().where('idempotency_key', '=', key).executeTakeFirst();

/** A room's statements: the shown ones, and those of one participant whatever their status (their own pending ones). */
export function listStatements(db: Executor, roomId: string, opts: { statuses: readonly StatementStatus[]; alsoOf?: string | null }): Promise<StatementRow[]> {
  return db
    .selectFrom('room_statements')
    .selectAll()
    .where('room_id', '=', roomId)
    .where((eb) => (opts.alsoOf ? eb.or([eb('status', 'in', opts.statuses), eb('participant_id', '=', opts.alsoOf)]) : eb('status', 'in', opts.statuses)))
    .orderBy('seed', 'desc')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The moderation queue: statements awaiting review or reported, oldest first. */
export const listForModeration = (db: Executor, roomId: string): Promise<StatementRow[]> =>
  db
    .selectFrom('room_statements')
    .selectAll()
    .where('room_id', '=', roomId)
    .where((eb) => eb.or([eb('status', '=', 'pending'), eb.and([eb('reports', '>', 0), eb('status', '=', 'shown')])]))
    .orderBy('created_at')
    .orderBy('id')
    .execute();

/** Sets a statement's moderation status (and seed mark). */
export const moderateStatement = (db: Executor, id: string, patch: { status?: StatementRow['status']; seed?: number; hidden_reason?: string | null; reports?: number }, at: string): Promise<unknown> =>
  db.updateTable('room_statements').set({ ...patch, updated_at: at }).where('id', '=', id).execute();

/** A participant's votes in a room, by statement. */
export async function votesOf(db: Executor, roomId: string, participantId: string): Promise<Map<string, number>> {
  const rows = await db.selectFrom('room_votes').select(['statement_id', 'vote']).where('room_id', '=', roomId).where('participant_id', '=', participantId).execute();
  return new Map(rows.map((r) => [r.statement_id, Number(r.vote)]));
}

const COUNTER = { 1: 'agrees', '-1': 'disagrees', 0: 'passes' } as const;

/**
 * Records or changes a participant's vote, keeping the statement's counters in the same transaction;
 * the same vote again changes nothing. Returns whether anything changed.
 */
export async function castVote(db: Executor, v: { roomId: string; statementId: string; participantId: string; vote: 1 | -1 | 0; at: string }): Promise<boolean> {
  const before = await db.selectFrom('room_votes').select('vote').where('statement_id', '=', v.statementId).where('participant_id', '=', v.participantId).executeTakeFirst();
  if (before && Number(before.vote) === v.vote) return false;
  if (before) {
    await db.updateTable('room_votes').set({ vote: v.vote, at: v.at }).where('statement_id', '=', v.statementId).where('participant_id', '=', v.participantId).execute();
    const old = COUNTER[String(before.vote) as keyof typeof COUNTER];
    await db.updateTable('room_statements').set((eb) => ({ [old]: eb(old, '-', 1) })).where('id', '=', v.statementId).execute();
  } else {
    await db.insertInto('room_votes').values({ statement_id: v.statementId, participant_id: v.participantId, room_id: v.roomId, vote: v.vote, at: v.at }).execute();
  }
  const now = COUNTER[String(v.vote) as keyof typeof COUNTER];
  await db.updateTable('room_statements').set((eb) => ({ [now]: eb(now, '+', 1) })).where('id', '=', v.statementId).execute();
  return true;
}

/** Records a report once per participant; returns whether it was new. */
export async function addReport(db: Executor, r: { statementId: string; participantId: string; reason: string | null; at: string }): Promise<boolean> {
  const res = await db
    .insertInto('room_reports')
    .values({ statement_id: r.statementId, participant_id: r.participantId, reason: r.reason, at: r.at })
    .onConflict((oc) => oc.columns(['statement_id', 'participant_id']).doNothing())
    .executeTakeFirst();
  const added = Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
  if (added) await db.updateTable('room_statements').set((eb) => ({ reports: eb('reports', '+', 1) })).where('id', '=', r.statementId).execute();
  return added;
}

/** The reasons given when statements were reported. */
export async function reportReasons(db: Executor, statementIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!statementIds.length) return out;
  const rows = await db.selectFrom('room_reports').select(['statement_id', 'reason']).where('statement_id', 'in', statementIds).orderBy('at').execute();
  for (const r of rows) if (r.reason) out.set(r.statement_id, [...(out.get(r.statement_id) ?? []), r.reason]);
  return out;
}

/** Adds a department's reply. */
export const insertReply = (db: Executor, row: { id: string; statement_id: string; room_id: string; dept_id: string; user_id: string; text: string; at: string }): Promise<unknown> =>
  db.insertInto('room_replies').values(row).execute();

/** The replies to some of a room's statements (all of them when none are named), with the department's name, oldest first. */
export const listReplies = (db: Executor, roomId: string, statementIds?: readonly string[]) =>
  db
    .selectFrom('room_replies as r')
    .innerJoin('organisations as o', 'o.id', 'r.dept_id')
    .select(['r.id', 'r.statement_id', 'r.text', 'r.at', 'o.name as department_name'])
    .where('r.room_id', '=', roomId)
    .$if(statementIds !== undefined, (q) => q.where('r.statement_id', 'in', statementIds!.length ? [...statementIds!] : ['']))
    .orderBy('r.at')
    .orderBy('r.id')
    .execute();

/** The words that hold a statement for review in a county ('' = the city). */
export async function listWords(db: Executor, scope: string): Promise<string[]> {
  const rows = await db.selectFrom('moderation_words').select('word').where('scope', '=', scope).orderBy('word').execute();
  return rows.map((r) => r.word);
}

/** Replaces a county's words. */
export async function replaceWords(db: Executor, scope: string, words: readonly string[]): Promise<void> {
  await db.deleteFrom('moderation_words').where('scope', '=', scope).execute();
  const unique = [...new Set(words)];
  if (unique.length) await db.insertInto('moderation_words').values(unique.map((word) => ({ scope, word }))).execute();
}

/** Every vote on a room's shown statements: the opinion map's matrix. */
export const votesOfRoom = (db: Executor, roomId: string): Promise<{ participant_id: string; statement_id: string; vote: number }[]> =>
  db
    .selectFrom('room_votes as v')
    .innerJoin('room_statements as s', 's.id', 'v.statement_id')
    .select(['v.participant_id', 'v.statement_id', 'v.vote'])
    .where('v.room_id', '=', roomId)
    .where('s.status', '=', 'shown')
    .execute();

/** How many votes a room has had (the map is recomputed when this moves). */
export async function countVotesOfRoom(db: Executor, roomId: string): Promise<number> {
  const row = await db.selectFrom('room_votes').select((eb) => eb.fn.countAll<number>().as('n')).where('room_id', '=', roomId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The stored opinion map of a room. */
export const findMap = (db: Executor, roomId: string) => db.selectFrom('room_maps').selectAll().where('room_id', '=', roomId).executeTakeFirst();

/** Stores a freshly computed map. */
export async function saveMap(db: Executor, row: { room_id: string; votes_seen: number; computed_at: string; computed_ms: number; result: string }): Promise<void> {
  await db
    .insertInto('room_maps')
    .values(row)
    .onConflict((oc) => oc.column('room_id').doUpdateSet({ votes_seen: row.votes_seen, computed_at: row.computed_at, computed_ms: row.computed_ms, result: row.result }))
    .execute();
}

/** The participants and statements of a room that came from elsewhere (Pol.is), by their external ids. */
export async function externalIdsOf(db: Executor, roomId: string): Promise<{ participants: Map<string, string>; statements: Map<string, string> }> {
  const [people, statements] = await Promise.all([
    db.selectFrom('room_participants').select(['id', 'external_id']).where('room_id', '=', roomId).where('external_id', 'is not', null).execute(),
    db.selectFrom('room_statements').select(['id', 'external_id']).where('room_id', '=', roomId).where('external_id', 'is not', null).execute(),
  ]);
  return { participants: new Map(people.map((p) => [p.external_id!, p.id])), statements: new Map(statements.map((s) => [s.external_id!, s.id])) };
}

const CHUNK = 200;
async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** Adds many participants (an import, the demo's crowd). */
export const insertParticipantRows = (db: Executor, rows: readonly Insertable<RoomParticipantsTable>[]): Promise<void> => inChunks(rows, (c) => db.insertInto('room_participants').values(c).execute());

/** Adds many statements. */
export const insertStatementRows = (db: Executor, rows: readonly Insertable<RoomStatementsTable>[]): Promise<void> => inChunks(rows, (c) => db.insertInto('room_statements').values(c).execute());

/** Records many votes, a later one replacing an earlier one of the same participant on the same statement; then recounts the room's statements. */
export async function insertVoteRows(db: Executor, roomId: string, rows: readonly { statement_id: string; participant_id: string; vote: number; at: string }[]): Promise<void> {
  await inChunks(rows, (c) =>
    db
      .insertInto('room_votes')
      .values(c.map((v) => ({ ...v, room_id: roomId })))
      .onConflict((oc) => oc.columns(['statement_id', 'participant_id']).doUpdateSet((eb) => ({ vote: eb.ref('excluded.vote'), at: eb.ref('excluded.at') })))
      .execute(),
  );
  const count = (vote: number) => (eb: ExpressionBuilder<Database, 'room_statements'>) =>
    eb.selectFrom('room_votes as v').select((e) => e.fn.countAll<number>().as('n')).whereRef('v.statement_id', '=', 'room_statements.id').where('v.vote', '=', vote);
  await db.updateTable('room_statements').set((eb) => ({ agrees: count(1)(eb), disagrees: count(-1)(eb), passes: count(0)(eb) })).where('room_id', '=', roomId).execute();
}

/** Every vote of a room with the participant's and statement's external ids (the Pol.is export). */
export const listVotesForExport = (db: Executor, roomId: string) =>
  db
    .selectFrom('room_votes as v')
    .innerJoin('room_participants as p', 'p.id', 'v.participant_id')
    .innerJoin('room_statements as s', 's.id', 'v.statement_id')
    .select(['v.participant_id', 'v.statement_id', 'v.vote', 'v.at', 'p.external_id as participant_external', 's.external_id as statement_external'])
    .where('v.room_id', '=', roomId)
    .orderBy('v.at')
    .execute();

/** Every statement of a room, whatever its status (the export keeps hidden ones, marked as moderated out). */
export const listAllStatements = (db: Executor, roomId: string): Promise<StatementRow[]> =>
  db.selectFrom('room_statements').selectAll().where('room_id', '=', roomId).orderBy('created_at').orderBy('id').execute();
