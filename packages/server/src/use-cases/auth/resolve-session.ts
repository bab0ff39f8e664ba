import type { Db } from '../../db/database.js';
import type { SessionUser } from '../context.js';
import { deleteSession, findSessionWithGrants, touchSession } from '../../repositories/sessions.repository.js';
import type { GrantRow, UserRow } from '../../repositories/users.repository.js';
import { buildActor } from './build-actor.js';
import { sessionIdOf, SessionRules } from './session-policy.js';
import type { Actor } from '@shangliang/core';

/** A live session with its user, grants and actor. */
export interface ResolvedSession {
  readonly user: SessionUser;
  readonly row: UserRow;
  readonly grants: GrantRow[];
  readonly actor: Actor;
}

/** Why a cookie did not give a session. */
export type SessionProblem = 'none' | 'expired';

/**
 * Finds the live session for a cookie token. Sessions idle for 30 minutes or older than 12 hours are
 * deleted; activity is recorded at most once a minute.
 */
export async function resolveSession(
  db: Db,
  token: string | undefined,
  now: Date,
): Promise<ResolvedSession | SessionProblem> {
  if (!token) return 'none';
  const id = sessionIdOf(token);
  const found = await findSessionWithGrants(db.kysely, id);
  if (!found) return 'expired';
  const { session, user, grants } = found;
  const t = now.getTime();
  const idle = t - Date.parse(session.last_seen_at) > SessionRules.idleMs;
  if (idle || t >= Date.parse(session.expires_at)) {
    await deleteSession(db.kysely, id);
    return 'expired';
  }
  if (!user || user.active !== 1) {
    await deleteSession(db.kysely, id);
    return 'expired';
  }
  if (t - Date.parse(session.last_seen_at) > SessionRules.touchEveryMs) await touchSession(db.kysely, id, now.toISOString());
  const activeOrgId = grants.some((g) => g.org_id === session.active_org_id) ? session.active_org_id : (grants[0]?.org_id ?? '');
  const activeGrant = grants.find((g) => g.org_id === activeOrgId);
  return {
    user: {
      id: user.id,
      username: user.username,
      sessionId: id,
      activeOrgId,
      countyId: activeGrant?.county_id ?? null,
      role: activeGrant?.role ?? null,
      mustChangePassword: user.must_change_password === 1,
    },
    row: user,
    grants,
    actor: buildActor(user.id, grants, activeOrgId),
  };
}
