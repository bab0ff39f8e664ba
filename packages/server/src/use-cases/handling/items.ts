import { addDays, dayInShanghai, departmentOf, DUE_SOON_DAYS, type HandlingItemDetail, type HandlingItemPage, type HandlingSummaryView, type ItemQuery, readableScope } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { AppError, notFound } from '../refusals.js';
import { type DueDays, findItem, type ItemFilter, type ItemRow, pageBoard, summariseByDepartment } from '../../repositories/handling.repository.js';
import { authorize, hiddenFrom, refused } from '../authorize.js';
import { accessTo, presentItemDetail, presentItems } from './present-item.js';

/** What part of the board an actor sees: a county (office), everything (city), or one department's items. */
function boardScope(ctx: RequestContext, query: Pick<ItemQuery, 'departmentId'>): Pick<ItemFilter, 'countyScope' | 'departmentId'> {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  if (readableScope(ctx.actor) === 'all') return { departmentId: query.departmentId };
  const deptId = departmentOf(ctx.actor);
  if (deptId) {
    if (query.departmentId && query.departmentId !== deptId) throw refused('承办单位只能查看本单位的办件', { action: 'handling.read', subjectType: 'suggestion' });
    return { departmentId: deptId };
  }
  return { countyScope: [ctx.user.countyId], departmentId: query.departmentId };
}

/** The days that make an open item overdue or due soon, in Beijing time. */
const dueDays = (ctx: RequestContext): DueDays => {
  const today = dayInShanghai(ctx.now);
  return { today, soonUntil: addDays(today, DUE_SOON_DAYS) };
};

/** 办理督办 / 我的办件 — items with countdowns, filtered, counted and paged in SQL; a department sees only its own. */
export async function listItemsOf(ctx: RequestContext, query: ItemQuery): Promise<HandlingItemPage> {
  const scope = boardScope(ctx, query);
  if (scope.countyScope) await authorize(ctx, 'handling.manage', { type: 'topic', scope: scope.countyScope });
  const days = dueDays(ctx);
  const board: ItemFilter = { ...scope, topicId: query.topicId };
  const { rows, total, counts } = await pageBoard(ctx.db.kysely, board, { state: query.state, due: query.due }, days, query);
  const items = (await presentItems(ctx, rows)).map(({ feedbackHistory: _, ...item }) => item);
  return { items, total, page: query.page, pageSize: query.pageSize, counts };
}

/** Loads an item the actor may see; others read as not found. */
export async function loadItem(ctx: RequestContext, id: string, exec = ctx.db.kysely): Promise<ItemRow> {
  const row = await findItem(exec, id);
  if (!row) throw notFound('办件');
  if (!accessTo(ctx, row)) throw hiddenFrom('办件', { action: 'handling.read', subjectType: 'suggestion', subjectId: id, countyId: row.county_id });
  return row;
}

/** 办件详情 — every round. */
export async function getItem(ctx: RequestContext, id: string): Promise<HandlingItemDetail> {
  return presentItemDetail(ctx, await loadItem(ctx, id));
}

/** 按承办单位统计 — open, overdue, due soon and settled items per lead department, counted in SQL. */
export async function handlingSummary(ctx: RequestContext): Promise<HandlingSummaryView> {
  const scope = boardScope(ctx, {});
  if (!scope.countyScope && scope.departmentId) throw refused('仅政协办公室可以查看办理统计', { action: 'handling.read', subjectType: 'suggestion' });
  if (scope.countyScope) await authorize(ctx, 'handling.manage', { type: 'topic', scope: scope.countyScope });
  const db = ctx.db.kysely;
  const days = dueDays(ctx);
  const { departments, byState } = await summariseByDepartment(db, scope, days);
  const byDepartment = [...departments].sort((a, b) => b.overdue - a.overdue || b.open - a.open);
  return { byDepartment, byState };
}
