import { type Action, can, type Subject } from '@shangliang/core';
import { AppError, forbidden } from '../http/errors.js';
import type { RequestContext } from '../http/context.js';
import { recordAudit } from './audit/record-audit.js';

/**
 * Checks the policy; a refusal is written to the audit trail (outside any transaction, so it
 * survives the rollback) and thrown as 403 with the policy's Chinese reason.
 */
export async function authorize(ctx: RequestContext, action: Action, subject: Subject): Promise<void> {
  const decision = can(ctx.actor, action, subject);
  if (decision.ok) return;
  if (!ctx.user) throw new AppError(401, 'UNAUTHENTICATED', decision.reason);
  await recordAudit(ctx, {
    action: 'access.refused',
    outcome: 'refused',
    subjectType: subject.type,
    summary: { action, reason: decision.reason },
  });
  throw forbidden(decision.reason);
}

/** Like authorize, but a refusal reads as "not found" so that the record's existence does not leak. */
export async function authorizeRead(ctx: RequestContext, action: Action, subject: Subject, what: string): Promise<void> {
  try {
    await authorize(ctx, action, subject);
  } catch (e) {
    if (e instanceof AppError && e.status === 403) throw new AppError(404, 'NOT_FOUND', `${what}不存在或无权查看`);
    throw e;
  }
}
