import type { Db } from '../db/database.js';
import type { RequestContext } from '../use-cases/context.js';
import { grantsOf } from '../repositories/users.repository.js';
import { buildActor } from '../use-cases/auth/build-actor.js';

/** Request contexts of demo accounts, as the seeds act through the use cases in their name. */
export async function seedContexts(db: Db, usernames: readonly string[]): Promise<(username: string, when: Date) => RequestContext> {
  const users = await db.kysely.selectFrom('users').select(['id', 'username']).where('username', 'in', [...usernames]).execute();
  const grants = await grantsOf(db.kysely, users.map((u) => u.id));
  return (username, when) => {
    const u = users.find((x) => x.username === username);
    const g = u ? grants.get(u.id) : undefined;
    if (!u || !g?.length) throw new Error(`demo account ${username} is missing or holds no role`);
    return { db, now: when, actor: buildActor(u.id, g, g[0]!.org_id), ip: '127.0.0.1', userAgent: 'seed', user: { id: u.id, username, sessionId: 'seed', activeOrgId: g[0]!.org_id, countyId: g[0]!.county_id, role: g[0]!.role, mustChangePassword: false } };
  };
}
