import type { Insertable, Selectable } from 'kysely';
import type { SessionsTable } from '../db/schema.js';
import type { Executor } from './types.js';
import type { GrantRow, UserRow } from './users.repository.js';

/** A stored session row. */
export type SessionRow = Selectable<SessionsTable>;

/** Stores a new session. */
export const insertSession = async (db: Executor, row: Insertable<SessionsTable>): Promise<void> => {
  await db.insertInto('sessions').values(row).execute();
};


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

/** A session with its user and the user's roles, as one statement reads them (every signed-in request needs all three). */
export interface SessionWithGrants {
  readonly session: SessionRow;
  readonly user: UserRow | null;
  readonly grants: GrantRow[];
}

/**
 * Loads a session, its user and the user's roles in one statement (one row per role; a user without roles gives
 * one row with none), instead of three round trips on every request.
 */
export async function findSessionWithGrants(db: Executor, id: string): Promise<SessionWithGrants | undefined> {
  const rows = await db
    .selectFrom('sessions as s')
    .leftJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('role_assignments as r', 'r.user_id', 'u.id')
    .leftJoin('organisations as o', 'o.id', 'r.org_id')
    .selectAll('u')
    .select([
      's.id as s_id', 's.user_id as s_user_id', 's.active_org_id as s_active_org_id', 's.created_at as s_created_at', 's.last_seen_at as s_last_seen_at', 's.expires_at as s_expires_at', 's.ip as s_ip', 's.user_agent as s_user_agent',
      'r.role as g_role', 'r.org_id as g_org_id', 'r.title as g_title', 'o.name as g_org_name', 'o.kind as g_org_kind', 'o.county_id as g_county_id',
    ])
    .where('s.id', '=', id)
    .orderBy('r.position')
    .orderBy('r.id')
    .execute();
  const first = rows[0];
  if (!first) return undefined;
  const { s_id, s_user_id, s_active_org_id, s_created_at, s_last_seen_at, s_expires_at, s_ip, s_user_agent, g_role: _r, g_org_id: _o, g_title: _t, g_org_name: _n, g_org_kind: _k, g_county_id: _c, ...user } = first;
  const session: SessionRow = { id: s_id, user_id: s_user_id, active_org_id: s_active_org_id, created_at: s_created_at, last_seen_at: s_last_seen_at, expires_at: s_expires_at, ip: s_ip, user_agent: s_user_agent };
  const grants = rows
    .filter((r) => r.g_role !== null && r.g_org_id !== null && r.g_org_name !== null && r.g_org_kind !== null)
    .map((r) => ({ user_id: s_user_id, role: r.g_role!, org_id: r.g_org_id!, title: r.g_title, org_name: r.g_org_name!, org_kind: r.g_org_kind!, county_id: r.g_county_id }));
  return { session, user: user.id ? (user as UserRow) : null, grants };
}
