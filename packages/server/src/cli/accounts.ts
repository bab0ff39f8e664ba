import { ADMIN_ROLE } from '@shangliang/core';
import { hashPassword } from '../auth/password-hash.js';
import type { RequestContext } from '../http/context.js';
import { newId } from '../repositories/ids.js';
import { deleteUserSessions } from '../repositories/sessions.repository.js';
import { findUserByUsername, insertUser, replaceGrants, updateUser } from '../repositories/users.repository.js';
import { recordAudit } from '../use-cases/audit/record-audit.js';

/** Creates a system administrator at the city CPPCC (the first account on a database without demo data). */
export async function createAdmin(ctx: RequestContext, username: string, displayName: string, password: string): Promise<void> {
  if (!/^[a-z0-9][a-z0-9._-]{2,31}$/.test(username)) throw new Error('用户名只能包含小写字母、数字、点、下划线和连字符，3–32 个字符');
  if (await findUserByUsername(ctx.db.kysely, username)) throw new Error(`用户名“${username}”已存在`);
  const city = await ctx.db.kysely.selectFrom('organisations').select('id').where('kind', '=', 'city').executeTakeFirstOrThrow();
  const id = newId();
  const now = ctx.now.toISOString();
  const hash = await hashPassword(password);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertUser(trx, { id, username, display_name: displayName, phone: null, sector: null, committee: null, password_hash: hash, must_change_password: 0, locked_until: null, active: 1, last_login_at: null, created_at: now, updated_at: now });
    await replaceGrants(trx, id, [{ id: newId(), user_id: id, role: ADMIN_ROLE, org_id: city.id, title: null, position: 0, created_at: now }]);
    await recordAudit(ctx, { action: 'cli.create_admin', username: 'cli', subjectType: 'user', subjectId: id, countyId: null, summary: { username } }, trx);
  });
}

/** Resets a password from the command line; the user must change it at next login, and the lock is lifted. */
export async function resetPassword(ctx: RequestContext, username: string, password: string): Promise<void> {
  const user = await findUserByUsername(ctx.db.kysely, username);
  if (!user) throw new Error(`用户“${username}”不存在`);
  const hash = await hashPassword(password);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { password_hash: hash, must_change_password: 1, locked_until: null, updated_at: ctx.now.toISOString() });
    await deleteUserSessions(trx, user.id);
    await recordAudit(ctx, { action: 'cli.reset_password', username: 'cli', subjectType: 'user', subjectId: user.id, countyId: null, summary: { username } }, trx);
  });
}
