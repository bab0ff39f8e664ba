import { addDays, dayInShanghai, DUE_SOON_DAYS, type ItemQuery, readableScope } from '@shangliang/core';
import type { RequestContext } from '../../http/context.js';
import { AppError, notFound } from '../../http/errors.js';
import { findItem, type ItemFilter, type ItemRow, listItems } from '../../repositories/handling.repository.js';
import { findOrgs } from '../../repositories/organisations.repository.js';
import { authorize, hiddenFrom, refused } from '../authorize.js';
import { accessTo, presentItemDetail, presentItems } from './present-item.js';

/** What part of the board an actor sees: a county (office), everything (city), or one department's items. */
function boardScope(ctx: RequestContext, query: Pick<ItemQuery, 'departmentId'>): Pick<ItemFilter, 'countyScope' | 'departmentId'> {
  if (!ctx.user) throw new AppError(401, 'UNAUTHENTICATED', '请先登录');
  if (readableScope(ctx.actor) === 'all') return { departmentId: query.departmentId };
  const dept = ctx.actor.grants.find((g) => g.role === 'dept_handler');
  if (dept) {
    if (query.departmentId && query.departmentId !== dept.orgId) throw refused('承办单位只能查看本单位的办件', { action: 'handling.read', subjectType: 'suggestion' });
    return { departmentId: dept.orgId };
  }
  return { countyScope: [ctx.user.countyId], departmentId: query.departmentId };
}

/** 办理督办 / 我的办件 — items with countdowns; a department sees only its own. */
export async function listItemsOf(ctx: RequestContext, query: ItemQuery) {
  const scope = boardScope(ctx, query);
  if (scope.countyScope) await authorize(ctx, 'handling.manage', { type: 'topic', scope: scope.countyScope });
  const today = dayInShanghai(ctx.now);
  const all = await listItems(ctx.db.kysely, { ...scope, topicId: query.topicId });
  const open = all.filter((r) => r.state === 'assigned' && r.due_on);
  const overdue = open.filter((r) => r.due_on! < today);
  const dueSoon = open.filter((r) => r.due_on! >= today && r.due_on! <= addDays(today, DUE_SOON_DAYS));
  let rows: ItemRow[] = query.due === 'overdue' ? overdue : query.due === 'due_soon' ? dueSoon : all;
  if (query.state) rows = rows.filter((r) => r.state === query.state);
  const byState: Record<string, number> = {};
  for (const r of all) byState[r.state] = (byState[r.state] ?? 0) + 1;
  const page = rows.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  const items = (await presentItems(ctx, page)).map(({ feedbackHistory: _, ...item }) => item);
  return { items, total: rows.length, page: query.page, pageSize: query.pageSize, counts: { byState, overdue: overdue.length, dueSoon: dueSoon.length } };
}

/** Loads an item the actor may see; others read as not found. */
export async function loadItem(ctx: RequestContext, id: string, exec = ctx.db.kysely): Promise<ItemRow> {
  const row = await findItem(exec, id);
  if (!row) throw notFound('办件');
  if (!accessTo(ctx, row)) throw hiddenFrom('办件', { action: 'handling.read', subjectType: 'suggestion', subjectId: id, countyId: row.county_id });
  return row;
}

/** 办件详情 — every round. */
export async function getItem(ctx: RequestContext, id: string) {
  return presentItemDetail(ctx, await loadItem(ctx, id));
}

/** 按承办单位统计 — open, overdue, due soon and settled items per lead department. */
export async function handlingSummary(ctx: RequestContext) {
  const scope = boardScope(ctx, {});
  if (!scope.countyScope && scope.departmentId) throw refused('仅政协办公室可以查看办理统计', { action: 'handling.read', subjectType: 'suggestion' });
  if (scope.countyScope) await authorize(ctx, 'handling.manage', { type: 'topic', scope: scope.countyScope });
  const today = dayInShanghai(ctx.now);
  const rows = await listItems(ctx.db.kysely, scope);
  const orgs = await findOrgs(ctx.db.kysely, rows.map((r) => r.lead_dept_id).filter((x): x is string => !!x));
  const byDept = new Map<string, { departmentId: string; departmentName: string | null; total: number; open: number; overdue: number; dueSoon: number; settled: number }>();
  const byState: Record<string, number> = {};
  for (const r of rows) {
    byState[r.state] = (byState[r.state] ?? 0) + 1;
    if (!r.lead_dept_id) continue;
    const d = byDept.get(r.lead_dept_id) ?? { departmentId: r.lead_dept_id, departmentName: orgs.get(r.lead_dept_id)?.name ?? null, total: 0, open: 0, overdue: 0, dueSoon: 0, settled: 0 };
    d.total++;
    if (r.state === 'settled') d.settled++;
    else d.open++;
    if (r.state === 'assigned' && r.due_on && r.due_on < today) d.overdue++;
    if (r.state === 'assigned' && r.due_on && r.due_on >= today && r.due_on <= addDays(today, DUE_SOON_DAYS)) d.dueSoon++;
    byDept.set(r.lead_dept_id, d);
  }
  return { byDepartment: [...byDept.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open), byState };
}
