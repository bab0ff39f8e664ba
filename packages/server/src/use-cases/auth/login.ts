import { type LoginInput } from '@shangliang/core';
import { DUMMY_HASH, verifyPassword } from '../../auth/password-hash.js';
import { AppError } from '../../http/errors.js';
import type { RequestContext } from '../../http/context.js';
import { insertSession } from '../../repositories/sessions.repository.js';
import { findUserByUsername, grantsOf, updateUser } from '../../repositories/users.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { buildActor } from './build-actor.js';
import { presentMe, type MeView } from './present-me.js';
import { newSessionToken, SessionRules } from './session-policy.js';

const WRONG = '用户名或密码错误';

const hhmm = (iso: string): string =>
  new Date(iso).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });

/** 登录 — checks the password, applies the lockout rule, and opens a session. */
export async function login(ctx: RequestContext, input: LoginInput): Promise<{ token: string; user: MeView }> {
  const db = ctx.db.kysely;
  const now = ctx.now.toISOString();
  const user = await findUserByUsername(db, input.username);
  const failed = (summary: unknown) =>
    recordAudit(ctx, {
      action: 'auth.login_failed',
      outcome: 'failed',
      userId: user?.id ?? null,
      username: input.username,
      subjectType: 'user',
      ...(user ? { subjectId: user.id } : {}),
      summary,
    });

  if (!user || user.active !== 1) {
    await verifyPassword(input.password, DUMMY_HASH); // same time as a real check
    await failed(user ? '账号已停用' : '用户名不存在');
    throw new AppError(401, 'INVALID_CREDENTIALS', user ? '该账号已停用，请联系政协办公室' : WRONG);
  }
  if (user.locked_until && user.locked_until > now) {
    await failed('账号锁定期间尝试登录');
    throw new AppError(423, 'ACCOUNT_LOCKED', `连续 ${SessionRules.maxFailures} 次密码错误，账号已锁定，请于 ${hhmm(user.locked_until)} 后再试`);
  }
  if (!(await verifyPassword(input.password, user.password_hash))) {
    const failures = user.failed_attempts + 1;
    if (failures >= SessionRules.maxFailures) {
      const until = new Date(ctx.now.getTime() + SessionRules.lockMs).toISOString();
      await updateUser(db, user.id, { failed_attempts: 0, locked_until: until });
      await failed(`密码错误（第 ${failures} 次）`);
      await recordAudit(ctx, { action: 'auth.lockout', outcome: 'refused', userId: user.id, username: user.username, subjectType: 'user', subjectId: user.id, summary: { lockedUntil: until } });
      throw new AppError(401, 'INVALID_CREDENTIALS', `${WRONG}。已连续 ${failures} 次错误，账号锁定 15 分钟`);
    }
    await updateUser(db, user.id, { failed_attempts: failures });
    await failed(`密码错误（第 ${failures} 次）`);
    const left = SessionRules.maxFailures - failures;
    throw new AppError(401, 'INVALID_CREDENTIALS', `${WRONG}，再错 ${left} 次账号将被锁定 15 分钟`);
  }

  const grants = (await grantsOf(db, [user.id])).get(user.id) ?? [];
  const activeOrgId = grants[0]?.org_id;
  if (!activeOrgId) throw new AppError(403, 'FORBIDDEN', '该账号尚未分配角色，请联系政协办公室');
  const { token, id } = newSessionToken();
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { failed_attempts: 0, locked_until: null, last_login_at: now });
    await insertSession(trx, {
      id,
      user_id: user.id,
      active_org_id: activeOrgId,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(ctx.now.getTime() + SessionRules.absoluteMs).toISOString(),
      ip: ctx.ip,
      user_agent: ctx.userAgent?.slice(0, 300) ?? null,
    });
    const countyId = grants[0]?.county_id ?? null;
    await recordAudit(
      { ...ctx, user: { id: user.id, username: user.username, sessionId: id, activeOrgId, countyId, role: grants[0]?.role ?? null, mustChangePassword: false } },
      { action: 'auth.login', subjectType: 'user', subjectId: user.id },
      trx,
    );
  });
  const actor = buildActor(user.id, grants, activeOrgId);
  return { token, user: presentMe(actor, user, grants, activeOrgId) };
}
