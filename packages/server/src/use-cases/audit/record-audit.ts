import type { AuditOutcome } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { appendAudit } from '../../repositories/audit.repository.js';
import type { Executor } from '../../repositories/types.js';

/** What happened, for the audit trail. */
export interface AuditEvent {
  readonly action: string;
  readonly outcome?: AuditOutcome;
  readonly subjectType?: string;
  readonly subjectId?: string;
  /** The county the subject belongs to (null = city); defaults to the actor's. */
  readonly countyId?: string | null;
  /** A short before/after summary; objects are stored as JSON. */
  readonly summary?: unknown;
  /** Overrides for events without a session (login attempts, CLI). */
  readonly userId?: string | null;
  readonly username?: string | null;
}

/** Appends one entry to the audit trail, inside the caller's transaction when one is given. */
export async function recordAudit(ctx: RequestContext, event: AuditEvent, exec: Executor = ctx.db.kysely): Promise<void> {
  const summary =
    event.summary === undefined ? null : typeof event.summary === 'string' ? event.summary : JSON.stringify(event.summary);
  await appendAudit(exec, {
    at: ctx.now.toISOString(),
    user_id: event.userId !== undefined ? event.userId : (ctx.user?.id ?? null),
    username: event.username !== undefined ? event.username : (ctx.user?.username ?? null),
    role: ctx.user?.role ?? null,
    org_id: ctx.user?.activeOrgId ?? null,
    county_id: event.countyId !== undefined ? event.countyId : (ctx.user?.countyId ?? null),
    action: event.action,
    outcome: event.outcome ?? 'ok',
    subject_type: event.subjectType ?? null,
    subject_id: event.subjectId ?? null,
    summary: summary && summary.length > 4000 ? `${summary.slice(0, 4000)}…` : summary,
    ip: ctx.ip,
    user_agent: ctx.userAgent ? ctx.userAgent.slice(0, 300) : null,
  });
}

/** Keeps only the fields that changed, as {field: [before, after]}. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after)) {
    if (after[key] !== undefined && before[key] !== after[key]) changes[key] = [before[key] ?? null, after[key]];
  }
  return changes;
}
