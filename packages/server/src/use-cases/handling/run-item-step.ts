import { ITEM_ACTION_RULES, type ItemAction, itemActionRefusal, type ItemState } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { conflict } from '../refusals.js';
import { refused } from '../authorize.js';
import type { ItemRow } from '../../repositories/handling.repository.js';
import type { Executor } from '../../repositories/types.js';
import { refuseStale } from '../save-versioned.js';
import { getItem, loadItem } from './items.js';
import { indexItem } from '../../search/index-records.js';

/**
 * Runs a handling step in one transaction on a fresh copy of the item, and answers the item's new view.
 * Every step writes the item row once, through saveVersioned, with the version the page sent (if any).
 */
export async function runItemStep(ctx: RequestContext, id: string, version: number | undefined, work: (trx: Executor, item: ItemRow) => Promise<void>) {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const item = await loadItem(ctx, id, trx);
    await refuseStale(trx, 'handling_items', { suggestion_id: id }, item.version, version);
    await work(trx, item);
    // The item's suggestion and answers in the search index follow the step (its departments, its state).
    await indexItem(trx, item.suggestion_id);
  });
  return getItem(ctx, id);
}

/** Refuses 督办, 成果转化 or 会办意见 as the item action table says: 403 by policy, 409 in a state it is closed in. */
export function checkItemAction(ctx: RequestContext, action: ItemAction, item: ItemRow): void {
  const refusal = itemActionRefusal(ctx.actor, action, { countyId: item.county_id, leadDepartmentId: item.lead_dept_id, coDepartmentIds: JSON.parse(item.co_dept_ids) as string[], state: item.state as ItemState });
  if (!refusal) return;
  if (refusal.kind === 'conflict') throw conflict(refusal.reason);
  throw refused(refusal.reason, { action: ITEM_ACTION_RULES[action].action, subjectType: 'suggestion', subjectId: item.suggestion_id });
}
