import { type ChangePasswordInput, checkPasswordStrength, type MeView } from '@shangliang/core';
import { hashPassword, verifyPassword } from '../../auth/password-hash.js';
import { AppError, invalid } from '../refusals.js';
import type { RequestContext } from '../context.js';
import { deleteSession, deleteUserSessions, setSessionOrg } from '../../repositories/sessions.repository.js';
import { findUser, grantsOf, updateUser } from '../../repositories/users.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { buildActor } from './build-actor.js';
import { presentMe } from './present-me.js';

function signedIn(ctx: RequestContext) {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  return ctx.user;
}

/** 退出登录 — ends the current session. */
export async function logout(ctx: RequestContext): Promise<void> {
  if (!ctx.user) return;
  await deleteSession(ctx.db.kysely, ctx.user.sessionId);
  await recordAudit(ctx, { action: 'auth.logout', subjectType: 'user', subjectId: ctx.user.id });
}

/** The signed-in user's own view. */
export async function me(ctx: RequestContext): Promise<MeView> {
  const user = signedIn(ctx);
  const row = await findUser(ctx.db.kysely, user.id);
  if (!row) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  const grants = (await grantsOf(ctx.db.kysely, [user.id])).get(user.id) ?? [];
  return presentMe(ctx.actor, row, grants, user.activeOrgId);
}

/** 修改密码 — needs the current password; ends the user's other sessions. */
export async function changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<void> {
  const user = signedIn(ctx);
  const row = await findUser(ctx.db.kysely, user.id);
  if (!row) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  if (!(await verifyPassword(input.currentPassword, row.password_hash)))
    throw invalid('当前密码不正确', [{ path: 'currentPassword', message: '当前密码不正确' }]);
  const weak = checkPasswordStrength(input.newPassword, row.username);
  if (weak) throw invalid(weak, [{ path: 'newPassword', message: weak }]);
  if (input.newPassword === input.currentPassword)
    throw invalid('新密码不能与当前密码相同', [{ path: 'newPassword', message: '新密码不能与当前密码相同' }]);
  const hash = await hashPassword(input.newPassword);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { password_hash: hash, must_change_password: 0, updated_at: ctx.now.toISOString() });
    await deleteUserSessions(trx, user.id, user.sessionId);
    await recordAudit(ctx, { action: 'auth.change_password', subjectType: 'user', subjectId: user.id }, trx);
  });
}

/** 切换组织 — acts in another organisation where the user holds a role. */
export async function switchOrg(ctx: RequestContext, orgId: string): Promise<MeView> {
  const user = signedIn(ctx);
  const row = await findUser(ctx.db.kysely, user.id);
  if (!row) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  const grants = (await grantsOf(ctx.db.kysely, [user.id])).get(user.id) ?? [];
  const grant = grants.find((g) => g.org_id === orgId);
  if (!grant) throw invalid('您在该组织没有任职，不能切换', [{ path: 'orgId', message: '您在该组织没有任职' }]);
  await setSessionOrg(ctx.db.kysely, user.sessionId, orgId);
  await recordAudit(ctx, { action: 'auth.switch_org', subjectType: 'organisation', subjectId: orgId, countyId: grant.county_id, summary: { to: grant.org_name } });
  return presentMe(buildActor(user.id, grants, orgId), row, grants, orgId);
}
