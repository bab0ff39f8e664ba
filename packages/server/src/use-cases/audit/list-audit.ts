import { AUDIT_ACTION_LABELS, type AuditEntryView, type AuditOutcome, type AuditQuery, formatAuditSummary, readableScope, ROLE_LABELS, type Role } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { type AuditRow, listAudit } from '../../repositories/audit.repository.js';
import { findOrgNames } from '../../repositories/organisations.repository.js';
import type { Page } from '../../repositories/types.js';
import { authorize } from '../authorize.js';

/** Shapes audit rows for the API. */
export async function presentAudit(ctx: RequestContext, rows: AuditRow[]): Promise<AuditEntryView[]> {
  const orgs = await findOrgNames(ctx.db.kysely, rows.map((r) => r.org_id).filter((x): x is string => !!x));
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    userId: r.user_id,
    username: r.username,
    role: r.role as Role | null,
    roleLabel: r.role ? (ROLE_LABELS[r.role as Role] ?? r.role) : null,
    orgId: r.org_id,
    orgName: r.org_id ? (orgs.get(r.org_id)?.name ?? null) : null,
    countyId: r.county_id,
    action: r.action,
    actionLabel: AUDIT_ACTION_LABELS[r.action] ?? r.action,
    outcome: r.outcome as AuditOutcome,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    summary: formatAuditSummary(r.summary),
    ip: r.ip,
    userAgent: r.user_agent,
  }));
}

/** Adds one day to a YYYY-MM-DD date, for an inclusive "to" filter. */
const nextDay = (d: string): string => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** 操作日志 — administrators and the city office read all; a county office reads its county. */
export async function listAuditOf(ctx: RequestContext, query: AuditQuery): Promise<Page<AuditEntryView>> {
  const scope = readableScope(ctx.actor);
  await authorize(ctx, 'audit.read', { type: 'audit', scope: query.countyId ? [query.countyId] : scope === 'all' ? [null] : scope });
  // Dates are local (Asia/Shanghai) days; entries are stored in UTC.
  const from = query.from ? new Date(`${query.from}T00:00:00+08:00`).toISOString() : undefined;
  const to = query.to ? new Date(`${nextDay(query.to)}T00:00:00+08:00`).toISOString() : undefined;
  const page = { page: query.page, pageSize: query.pageSize };
  const { rows, total } = await listAudit(
    ctx.db.kysely,
    { countyScope: scope === 'all' ? undefined : scope, countyId: query.countyId, action: query.action, username: query.username, outcome: query.outcome, from, to },
    page,
  );
  return { items: await presentAudit(ctx, rows), total, ...page };
}
