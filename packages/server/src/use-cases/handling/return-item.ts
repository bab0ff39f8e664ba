import type { RequestContext } from '../context.js';
import { applyItemEvent } from './apply-item-event.js';
import { runItemStep } from './run-item-step.js';

/** 退回 — the lead department says the item is not its business, within the window. */
export async function returnItem(ctx: RequestContext, id: string, reason: string, version?: number) {
  return runItemStep(ctx, id, version, (trx, item) => applyItemEvent(ctx, trx, item, 'return_misassigned', { reason, version }).then(() => undefined));
}
