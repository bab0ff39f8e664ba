import { addDays, dayInShanghai, type EvaluateInput, RATING_LABELS } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { invalid } from '../refusals.js';
import { insertEvaluation } from '../../repositories/evaluations.repository.js';
import type { ItemRow } from '../../repositories/handling.repository.js';
import { newId } from '../../repositories/ids.js';
import type { Executor } from '../../repositories/types.js';
import { applyItemEvent } from './apply-item-event.js';
import { runItemStep } from './run-item-step.js';
import { settingsOf } from './settings.js';

/** 满意度测评 inside a transaction — 不满意 sends the item back to the department for another round with a new deadline. */
export async function evaluateInTransaction(ctx: RequestContext, trx: Executor, item: ItemRow, input: EvaluateInput): Promise<void> {
  const unsatisfied = input.rating === 'unsatisfied';
  const today = dayInShanghai(ctx.now);
  const dueOn = input.newDueOn ?? addDays(today, (await settingsOf(trx, item.county_id)).deadlineDays);
  if (unsatisfied && dueOn <= today) throw invalid('新的办理期限须晚于今天', [{ path: 'newDueOn', message: '须晚于今天' }]);
  await insertEvaluation(trx, { id: newId(), suggestion_id: item.suggestion_id, round: item.round, rating: input.rating, process_mark: input.processMark ?? null, result_mark: input.resultMark ?? null, comment: input.comment ?? null, by_user: ctx.user!.id, at: ctx.now.toISOString() });
  await applyItemEvent(ctx, trx, item, 'evaluate', {
    version: input.version,
    rating: input.rating,
    patch: unsatisfied ? { round: item.round + 1, assigned_on: today, due_on: dueOn } : {},
    title: `满意度测评：${RATING_LABELS[input.rating]}`,
    detail: [input.comment, unsatisfied ? `退回重新办理（第 ${item.round + 1} 轮），期限 ${dueOn}` : null].filter(Boolean).join('；'),
  });
}

/** 满意度测评. */
export async function evaluateItem(ctx: RequestContext, id: string, input: EvaluateInput) {
  return runItemStep(ctx, id, input.version, (trx, item) => evaluateInTransaction(ctx, trx, item, input));
}
