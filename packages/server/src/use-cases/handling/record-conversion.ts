import { CONVERSION_LABELS, type ConversionInput } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { appendItemEvent } from '../../repositories/handling.repository.js';
import { setSuggestionConversion } from '../../repositories/outcomes.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { saveVersioned } from '../save-versioned.js';
import { actorName } from '../topics/transition-topic.js';
import { checkItemAction, runItemStep } from './run-item-step.js';
import { recordParticipation } from '../members/record-participation.js';

/** 成果转化 — what the suggestion became, with a reference (document number, project name). */
export async function recordConversion(ctx: RequestContext, id: string, input: ConversionInput) {
  return runItemStep(ctx, id, input.version, async (trx, item) => {
    checkItemAction(ctx, 'conversion', item);
    await setSuggestionConversion(trx, id, input.conversion);
    await saveVersioned(ctx, trx, 'handling_items', { suggestion_id: id }, { conversion_ref: input.reference ?? null }, { expected: input.version });
    const label = input.conversion === 'none' ? '未转化' : CONVERSION_LABELS[input.conversion];
    await appendItemEvent(trx, { suggestion_id: id, at: ctx.now.toISOString(), round: item.round, kind: 'conversion', title: `成果转化：${label}`, detail: input.reference ?? null, user_id: ctx.user!.id, actor_name: await actorName(ctx, trx) });
    await recordAudit(ctx, { action: 'handling.conversion', subjectType: 'suggestion', subjectId: id, countyId: item.county_id, summary: `${item.topic_title} 第 ${item.seq} 条建议：${label}` }, trx);
    await recordParticipation(trx, { type: 'suggestion', id });
  });
}
