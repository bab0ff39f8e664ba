import { type Action, can, type Subject } from '@shangliang/core';
import { AppError, type Refusal } from './refusals.js';
import type { RequestContext } from './context.js';

/**
 * Checks the policy; a refusal is thrown as 403 with the policy's Chinese reason and carries what the
 * error handler writes to the audit trail (after any transaction has rolled back).
 */
export async function authorize(ctx: RequestContext, action: Action, subject: Subject): Promise<void> {
  const decision = can(ctx.actor, action, subject);
  if (decision.ok) return;
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', decision.reason);
  throw refused(decision.reason, { action, subjectType: subject.type });
}

/** A 403 that the audit trail records as a refused action. */
export const refused = (reason: string, refusal: Refusal): AppError => new AppError('forbidden', 'FORBIDDEN', reason, undefined, refusal);

/** Like authorize, but a refusal reads as "not found" so that the record's existence does not leak. */
export async function authorizeRead(ctx: RequestContext, action: Action, subject: Subject, what: string): Promise<void> {
  try {
    await authorize(ctx, action, subject);
  } catch (e) {
    if (e instanceof AppError && e.kind === 'forbidden') throw new AppError('not_found', 'NOT_FOUND', `${what}不存在或无权查看`, undefined, e.refusal);
    throw e;
  }
}

/** A 404 for a record that exists but is not the actor's to see; the audit trail records the refusal. */
export const hiddenFrom = (what: string, refusal: Refusal): AppError => new AppError('not_found', 'NOT_FOUND', `${what}不存在或无权查看`, undefined, refusal);
