import type { UserView } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { clearAllFailures, refreshUserLock } from '../../repositories/login-failures.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authorize.js';
import { userSubject } from './present-user.js';
import { getUser, loadVisible } from './users.js';

/** 解除登录锁定 — the office or administrator lifts every lock and forgets the failures of a user. */
export async function unlockUser(ctx: RequestContext, id: string): Promise<UserView> {
  const { row, grants } = await loadVisible(ctx, id);
  await authorize(ctx, 'user.unlock', userSubject(row, grants));
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const cleared = await clearAllFailures(trx, row.username);
    await refreshUserLock(trx, row.username, ctx.now.toISOString());
    await recordAudit(ctx, { action: 'user.unlock', subjectType: 'user', subjectId: id, summary: { username: row.username, cleared } }, trx);
  });
  return getUser(ctx, id);
}
