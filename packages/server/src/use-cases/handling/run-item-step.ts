import type { RequestContext } from '../context.js';
import type { ItemRow } from '../../repositories/handling.repository.js';
import type { Executor } from '../../repositories/types.js';
import { refuseStale } from '../save-versioned.js';
import { getItem, loadItem } from './items.js';

/**
 * Runs a handling step in one transaction on a fresh copy of the item, and answers the item's new view.
 * Every step writes the item row once, through saveVersioned, with the version the page sent (if any).
 */
export async function runItemStep(ctx: RequestContext, id: string, version: number | undefined, work: (trx: Executor, item: ItemRow) => Promise<void>) {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const item = await loadItem(ctx, id, trx);
    await refuseStale(trx, 'handling_items', { suggestion_id: id }, item.version, version);
    await work(trx, item);
  });
  return getItem(ctx, id);
}
