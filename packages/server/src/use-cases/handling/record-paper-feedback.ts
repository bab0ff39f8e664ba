import { type FeedbackInput, feedbackStartsAs, RESULT_CLASS_LABELS } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { insertFeedback } from '../../repositories/feedbacks.repository.js';
import type { ItemRow } from '../../repositories/handling.repository.js';
import { newId } from '../../repositories/ids.js';
import type { Executor } from '../../repositories/types.js';
import { applyItemEvent } from './apply-item-event.js';
import { runItemStep } from './run-item-step.js';

/** Enters a written reply received on paper inside a transaction (also used by the xlsx import); it counts as accepted. */
export async function recordPaperFeedbackIn(ctx: RequestContext, trx: Executor, item: ItemRow, input: Pick<FeedbackInput, 'text' | 'resultClass' | 'responsible' | 'contact'> & { measures?: string | undefined; version?: number | undefined }, source: string): Promise<void> {
  await applyItemEvent(ctx, trx, item, 'record_feedback', { version: input.version, detail: `${RESULT_CLASS_LABELS[input.resultClass]}；${source}` });
  const at = ctx.now.toISOString();
  await insertFeedback(trx, { id: newId(), suggestion_id: item.suggestion_id, round: item.round, dept_id: item.lead_dept_id!, text: input.text, result_class: input.resultClass, measures: input.measures ?? null, responsible: input.responsible, contact: input.contact, status: feedbackStartsAs(true), review_note: '政协办公室据书面来函录入', author_id: ctx.user!.id, submitted_at: at, reviewed_at: at });
}

/** 录入书面反馈（来函） — the office enters a department's reply that arrived as a letter. */
export async function recordPaperFeedback(ctx: RequestContext, id: string, input: FeedbackInput) {
  return runItemStep(ctx, id, input.version, (trx, item) => recordPaperFeedbackIn(ctx, trx, item, input, '据来函录入'));
}
