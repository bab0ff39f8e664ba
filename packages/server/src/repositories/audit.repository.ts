import type { Insertable, Selectable } from 'kysely';
import type { AuditLogTable } from '../db/schema.js';
import { type PageOf, pageOf, type PageRequest } from './paging.js';
import { type Executor, inCountyScope } from './types.js';

/** A stored audit entry. */
export type AuditRow = Selectable<AuditLogTable>;

/** Filters of the audit list; `countyScope` limits to those counties (null = city records). */
export interface AuditFilter {
  readonly countyScope?: readonly (string | null)[] | undefined;
  readonly countyId?: string | undefined;
  readonly userId?: string | undefined;
  readonly action?: string | undefined;
  readonly username?: string | undefined;
  readonly outcome?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** Appends an entry. The audit trail has no update or delete. */
export const appendAudit = async (db: Executor, row: Insertable<AuditLogTable>): Promise<void> => {
  await db.insertInto('audit_log').values(row).execute();
};

/** Lists entries newest first, with filters and paging. */
export async function listAudit(
  db: Executor,
  filter: AuditFilter,
  page: PageRequest,
): Promise<PageOf<AuditRow>> {
  let q = db.selectFrom('audit_log');
  if (filter.countyScope) q = q.where(inCountyScope('county_id', filter.countyScope));
  if (filter.countyId) q = q.where('county_id', '=', filter.countyId);
  if (filter.userId) q = q.where('user_id', '=', filter.userId);
  if (filter.action) q = q.where('action', '=', filter.action);
  if (filter.username) q = q.where('username', '=', filter.username);
  if (filter.outcome) q = q.where('outcome', '=', filter.outcome);
  if (filter.from) q = q.where('at', '>=', filter.from);
  if (filter.to) q = q.where('at', '<', filter.to);
  return pageOf(q.selectAll().orderBy('at', 'desc').orderBy('id', 'desc'), page);
}

/** A user's latest entries, newest first, without counting the rest (the workbench shows ten). */
export const recentAuditOf = (db: Executor, userId: string, limit: number): Promise<AuditRow[]> =>
  db.selectFrom('audit_log').selectAll().where('user_id', '=', userId).orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
