import { type LoginInput, type MeView } from '@shangliang/core';
import { DUMMY_HASH, verifyPassword } from '../../auth/password-hash.js';
import { AppError } from '../refusals.js';
import type { RequestContext } from '../context.js';
import {
  ANY_SOURCE,
  type AttemptClaim,
  claimAttempt,
  clearFailuresAfterSuccess,
  isUsualSource,
  lockSource,
  refreshUserLock,
  rememberSource,
} from '../../repositories/login-failures.repository.js';
import { insertSession } from '../../repositories/sessions.repository.js';
import { findUserByUsername, grantsOf, updateUser, type UserRow } from '../../repositories/users.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { buildActor } from './build-actor.js';
import { presentMe } from './present-me.js';
import { newSessionToken, SessionRules } from './session-policy.js';

const WRONG = '用户名或密码错误';

const hhmm = (iso: string): string =>
  new Date(iso).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });

const lockedNow = (claim: AttemptClaim, now: string, max: number): boolean =>
  (claim.lockedUntil !== null && claim.lockedUntil > now) || claim.failures > max;

/**
 * 登录 — checks the password under the lockout rule and opens a session.
 *
 * Failures are counted per username and source address: five in a row lock the account for that address
 * (等保), so a stranger cannot lock an administrator out of the office. Twenty from all addresses together
 * close the account to addresses it has never signed in from, while its usual addresses stay open. Each
 * attempt is counted before the password is checked, so parallel guesses cannot pass the limit. Unknown
 * usernames are counted and answered exactly like real ones.
 */
export async function login(ctx: RequestContext, input: LoginInput): Promise<{ token: string; user: MeView }> {
  const db = ctx.db.kysely;
  const now = ctx.now.toISOString();
  const source = ctx.ip ?? 'unknown';
  const { username } = input;
  const user = await findUserByUsername(db, username);
  const audit = (action: string, summary: unknown, outcome: 'failed' | 'refused' = 'failed') =>
    recordAudit(ctx, { action, outcome, userId: user?.id ?? null, username, subjectType: 'user', ...(user ? { subjectId: user.id } : {}), summary });

  const here = await claimAttempt(db, username, source, now);
  const everywhere = await claimAttempt(db, username, ANY_SOURCE, now);
  if (lockedNow(here, now, SessionRules.maxFailures)) {
    await audit('auth.login_failed', '锁定期间尝试登录');
    const until = here.lockedUntil ?? new Date(ctx.now.getTime() + SessionRules.lockMs).toISOString();
    throw new AppError('locked', 'ACCOUNT_LOCKED', `连续 ${SessionRules.maxFailures} 次密码错误，账号已锁定，请于 ${hhmm(until)} 后再试，或请管理员解锁`);
  }
  if (lockedNow(everywhere, now, SessionRules.maxAccountFailures)) {
    const since = new Date(ctx.now.getTime() - SessionRules.usualSourceMs).toISOString();
    if (!(user && (await isUsualSource(db, user.id, source, since)))) {
      await audit('auth.login_failed', '账号全局锁定期间从新地址尝试登录');
      const until = everywhere.lockedUntil ?? new Date(ctx.now.getTime() + SessionRules.lockMs).toISOString();
      throw new AppError('locked', 'ACCOUNT_LOCKED', `该账号登录失败次数过多，已暂停从新的网络地址登录，请于 ${hhmm(until)} 后再试，或请管理员解锁`);
    }
  }

  const passwordOk = await verifyPassword(input.password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !passwordOk) {
    await audit('auth.login_failed', user ? `密码错误（本地址第 ${here.failures} 次）` : '用户名不存在');
    await lockIfDue(ctx, user, username, source, here, everywhere);
    if (here.failures >= SessionRules.maxFailures) throw new AppError('unauthenticated', 'INVALID_CREDENTIALS', `${WRONG}。已连续 ${here.failures} 次错误，账号锁定 15 分钟`);
    throw new AppError('unauthenticated', 'INVALID_CREDENTIALS', `${WRONG}，再错 ${SessionRules.maxFailures - here.failures} 次账号将被锁定 15 分钟`);
  }
  if (user.active !== 1) {
    await audit('auth.login_failed', '账号已停用');
    throw new AppError('unauthenticated', 'INVALID_CREDENTIALS', '该账号已停用，请联系政协办公室');
  }
  return openSession(ctx, user, source);
}

/** Sets the locks that this failure completes, with an alert in the audit trail for each. */
async function lockIfDue(ctx: RequestContext, user: UserRow | undefined, username: string, source: string, here: AttemptClaim, everywhere: AttemptClaim): Promise<void> {
  const db = ctx.db.kysely;
  const now = ctx.now.toISOString();
  const until = new Date(ctx.now.getTime() + SessionRules.lockMs).toISOString();
  const locks: { source: string; scope: string }[] = [];
  if (here.failures >= SessionRules.maxFailures) locks.push({ source, scope: '本地址' });
  if (everywhere.failures >= SessionRules.maxAccountFailures) locks.push({ source: ANY_SOURCE, scope: '所有新地址' });
  for (const lock of locks) {
    if (!(await lockSource(db, username, lock.source, until, now))) continue;
    await recordAudit(ctx, {
      action: 'auth.lockout',
      outcome: 'refused',
      userId: user?.id ?? null,
      username,
      subjectType: 'user',
      ...(user ? { subjectId: user.id } : {}),
      summary: { scope: lock.scope, source, lockedUntil: until },
    });
  }
  if (locks.length && user) await refreshUserLock(db, username, now);
}

/** Opens the session of a user whose password was right. */
async function openSession(ctx: RequestContext, user: UserRow, source: string): Promise<{ token: string; user: MeView }> {
  const db = ctx.db.kysely;
  const now = ctx.now.toISOString();
  const grants = (await grantsOf(db, [user.id])).get(user.id) ?? [];
  const activeOrgId = grants[0]?.org_id;
  if (!activeOrgId) throw new AppError('forbidden', 'FORBIDDEN', '该账号尚未分配角色，请联系政协办公室');
  const { token, id } = newSessionToken();
  await db.transaction().execute(async (trx) => {
    await clearFailuresAfterSuccess(trx, user.username, source, now);
    await refreshUserLock(trx, user.username, now);
    await rememberSource(trx, user.id, source, now);
    await updateUser(trx, user.id, { last_login_at: now });
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
