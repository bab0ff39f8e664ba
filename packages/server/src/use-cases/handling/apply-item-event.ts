import { dayInShanghai, decideItem, type ItemEvent, type ItemState, type Rating } from '@shangliang/core';
import type { Updateable } from 'kysely';
import type { HandlingItemsTable } from '../../db/schema-handling.js';
import type { RequestContext } from '../context.js';
import { AppError, conflict } from '../refusals.js';
import { appendItemEvent, type ItemRow } from '../../repositories/handling.repository.js';
import type { Executor } from '../../repositories/types.js';
import { recordAudit } from '../audit/record-audit.js';
import { refused } from '../authorize.js';
import { saveVersioned } from '../save-versioned.js';
import { actorName } from '../topics/transition-topic.js';
import { settingsOf } from './settings.js';
import { notifyItemEvent } from '../../notifications/events.js';

/**
 * The one place where an item's handling state changes: decides the event with core's handling table
 * (state, party, reason, return window), moves the state with the given changes, and writes the item's
 * timeline and the audit trail in the caller's transaction.
 */
export async function applyItemEvent(
  ctx: RequestContext,
  exec: Executor,
  item: ItemRow,
  event: ItemEvent,
  opts: { reason?: string | undefined; rating?: Rating | undefined; patch?: Omit<Updateable<HandlingItemsTable>, 'state' | 'version' | 'updated_at' | 'updated_by'>; title?: string; detail?: string | null; version?: number | undefined },
): Promise<ItemState> {
  const { returnWindowDays } = await settingsOf(exec, item.county_id);
  const ref = { state: item.state as ItemState, countyId: item.county_id, leadDepartmentId: item.lead_dept_id, round: item.round, assignedOn: item.assigned_on };
  const result = decideItem(ref, event, ctx.actor, { today: dayInShanghai(ctx.now), returnWindowDays, reason: opts.reason, rating: opts.rating });
  if (!result.ok) {
    if (result.kind === 'role') throw refused(result.reason, { action: `handling.${event}`, subjectType: 'suggestion', subjectId: item.suggestion_id, countyId: item.county_id });
    if (result.kind === 'reason') throw new AppError('invalid', 'VALIDATION_FAILED', result.reason, [{ path: 'reason', message: result.reason }]);
    throw conflict(result.reason);
  }
  const at = ctx.now.toISOString();
  const moved = await saveVersioned(ctx, exec, 'handling_items', { suggestion_id: item.suggestion_id }, { ...opts.patch, state: result.to }, { expected: opts.version, guard: { state: item.state } });
  if (!moved) throw conflict('该建议已被他人处理，请刷新后重试');
  const said = opts.reason ? `理由：${opts.reason}` : null;
  await appendItemEvent(exec, {
    suggestion_id: item.suggestion_id,
    at,
    // The event belongs to the round it closes (an evaluation of round 1 is filed under round 1).
    round: item.round,
    kind: event,
    title: opts.title ?? result.rule.label,
    detail: [opts.detail, said].filter(Boolean).join('；') || null,
    user_id: ctx.user?.id ?? null,
    actor_name: await actorName(ctx, exec),
  });
  const co = opts.patch?.co_dept_ids;
  await notifyItemEvent(ctx, exec, item, event, {
    rating: opts.rating,
    reason: opts.reason,
    leadDeptId: opts.patch?.lead_dept_id,
    coDeptIds: typeof co === 'string' ? (JSON.parse(co) as string[]) : undefined,
    dueOn: typeof opts.patch?.due_on === 'string' ? opts.patch.due_on : undefined,
  });
  await recordAudit(ctx, { action: `handling.${event}`, subjectType: 'suggestion', subjectId: item.suggestion_id, countyId: item.county_id, summary: `${item.topic_title} 第 ${item.seq} 条建议：${opts.title ?? result.rule.label}` }, exec);
  return result.to;
}
