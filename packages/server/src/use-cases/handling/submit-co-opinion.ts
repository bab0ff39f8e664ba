import { departmentOf } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { insertCoOpinion } from '../../repositories/feedbacks.repository.js';
import { appendItemEvent } from '../../repositories/handling.repository.js';
import { newId } from '../../repositories/ids.js';
import { recordAudit } from '../audit/record-audit.js';
import { saveVersioned } from '../save-versioned.js';
import { actorName } from '../topics/transition-topic.js';
import { checkItemAction, runItemStep } from './run-item-step.js';

/** 会办意见 — a co-handling department's opinion to the lead department. */
export async function submitCoOpinion(ctx: RequestContext, id: string, text: string, version?: number) {
  return runItemStep(ctx, id, version, async (trx, item) => {
    checkItemAction(ctx, 'co_opinion', item);
    const dept = departmentOf(ctx.actor)!;
    await saveVersioned(ctx, trx, 'handling_items', { suggestion_id: id }, {}, { expected: version });
    await insertCoOpinion(trx, { id: newId(), suggestion_id: id, round: item.round, dept_id: dept, text, at: ctx.now.toISOString() });
    await appendItemEvent(trx, { suggestion_id: id, at: ctx.now.toISOString(), round: item.round, kind: 'co_opinion', title: '提交会办意见', detail: null, user_id: ctx.user!.id, actor_name: await actorName(ctx, trx) });
    await recordAudit(ctx, { action: 'handling.co_opinion', subjectType: 'suggestion', subjectId: id, countyId: item.county_id }, trx);
  });
}
