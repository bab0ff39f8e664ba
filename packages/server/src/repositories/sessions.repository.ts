import type { Insertable, Selectable } from 'kysely';
import type { SessionsTable } from '../db/schema.js';
import type { Executor } from './types.js';

/** A stored session row. */
export type SessionRow = Selectable<SessionsTable>;

/** Stores a new session. */
export const insertSession = async (db: Executor, row: Insertable<SessionsTable>): Promise<void> => {
  await db.insertInto('sessions').values(row).execute();
};

/** Loads a session by its hashed id. */
export const findSession = (db: Executor, id: string): Promise<SessionRow | undefined> =>
  db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();

/** Records activity on a session. */
export const touchSession = async (db: Executor, id: string, at: string): Promise<void> => {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
};

/** Changes the organisation a session acts in. */
export const setSessionOrg = async (db: Executor, id: string, orgId: string): Promise<void> => {
  await db.updateTable('sessions').set({ active_org_id: orgId }).where('id', '=', id).execute();
};

/** Ends one session. */
export const deleteSession = async (db: Executor, id: string): Promise<void> => {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
};

/** Ends every session of a user, except optionally one. */
export async function deleteUserSessions(db: Executor, userId: string, exceptId?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  await q.execute();
}
