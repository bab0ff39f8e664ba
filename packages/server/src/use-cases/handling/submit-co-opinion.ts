import { can, departmentOf, itemSubject } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { conflict } from '../refusals.js';
import { insertCoOpinion } from '../../repositories/feedbacks.repository.js';
import { appendItemEvent } from '../../repositories/handling.repository.js';
import { newId } from '../../repositories/ids.js';
import { recordAudit } from '../audit/record-audit.js';
import { refused } from '../authorize.js';
import { saveVersioned } from '../save-versioned.js';
import { actorName } from '../topics/transition-topic.js';
import { runItemStep } from './run-item-step.js';

/** 会办意见 — a co-handling department's opinion to the lead department. */
export async function submitCoOpinion(ctx: RequestContext, id: string, text: string, version?: number) {
  return runItemStep(ctx, id, version, async (trx, item) => {
    const parties = { countyId: item.county_id, leadDepartmentId: item.lead_dept_id, coDepartmentIds: JSON.parse(item.co_dept_ids) as string[] };
    const allowed = can(ctx.actor, 'handling_item.co_opinion', itemSubject(parties));
    if (!allowed.ok) throw refused(allowed.reason, { action: 'handling.co_opinion', subjectType: 'suggestion', subjectId: id });
    if (item.state !== 'assigned') throw conflict('该建议当前不在办理中，不能提交会办意见');
    const dept = departmentOf(ctx.actor)!;
    await saveVersioned(ctx, trx, 'handling_items', { suggestion_id: id }, {}, { expected: version });
    await insertCoOpinion(trx, { id: newId(), suggestion_id: id, round: item.round, dept_id: dept, text, at: ctx.now.toISOString() });
    await appendItemEvent(trx, { suggestion_id: id, at: ctx.now.toISOString(), round: item.round, kind: 'co_opinion', title: '提交会办意见', detail: null, user_id: ctx.user!.id, actor_name: await actorName(ctx, trx) });
    await recordAudit(ctx, { action: 'handling.co_opinion', subjectType: 'suggestion', subjectId: id, countyId: item.county_id }, trx);
  });
}
