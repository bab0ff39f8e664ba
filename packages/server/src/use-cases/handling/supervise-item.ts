import { dayInShanghai, SUPERVISION_METHOD_LABELS, type SuperviseInput } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { invalid } from '../refusals.js';
import { appendItemEvent } from '../../repositories/handling.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { saveVersioned } from '../save-versioned.js';
import { actorName } from '../topics/transition-topic.js';
import { checkItemAction, runItemStep } from './run-item-step.js';
import { notifyItemEvent } from '../../notifications/events.js';

/** 督办 — by phone, visit or letter, with an optional new due date; lands on the item's timeline. */
export async function superviseItem(ctx: RequestContext, id: string, input: SuperviseInput) {
  return runItemStep(ctx, id, input.version, async (trx, item) => {
    checkItemAction(ctx, 'supervise', item);
    if (input.newDueOn && input.newDueOn <= dayInShanghai(ctx.now)) throw invalid('新的办理期限须晚于今天', [{ path: 'newDueOn', message: '须晚于今天' }]);
    await saveVersioned(ctx, trx, 'handling_items', { suggestion_id: id }, input.newDueOn ? { due_on: input.newDueOn } : {}, { expected: input.version });
    await appendItemEvent(trx, { suggestion_id: id, at: ctx.now.toISOString(), round: item.round, kind: 'supervise', title: SUPERVISION_METHOD_LABELS[input.method], detail: [input.note, input.newDueOn ? `办理期限调整为 ${input.newDueOn}` : null].filter(Boolean).join('；'), user_id: ctx.user!.id, actor_name: await actorName(ctx, trx) });
    await notifyItemEvent(ctx, trx, item, 'supervise', { method: SUPERVISION_METHOD_LABELS[input.method], reason: input.note, dueOn: input.newDueOn ?? item.due_on });
    await recordAudit(ctx, { action: 'handling.supervise', subjectType: 'suggestion', subjectId: id, countyId: item.county_id, summary: `${item.topic_title} 第 ${item.seq} 条建议：${SUPERVISION_METHOD_LABELS[input.method]}` }, trx);
  });
}
