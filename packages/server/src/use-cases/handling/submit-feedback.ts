import { type FeedbackInput, feedbackStartsAs, RESULT_CLASS_LABELS } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { insertFeedback } from '../../repositories/feedbacks.repository.js';
import { newId } from '../../repositories/ids.js';
import { linkAttachments } from '../attachments/attachments.js';
import { applyItemEvent } from './apply-item-event.js';
import { runItemStep } from './run-item-step.js';

/** 书面反馈 by the lead department. */
export async function submitFeedback(ctx: RequestContext, id: string, input: FeedbackInput) {
  return runItemStep(ctx, id, input.version, async (trx, item) => {
    const fid = newId();
    await applyItemEvent(ctx, trx, item, 'submit_feedback', { version: input.version, detail: `${RESULT_CLASS_LABELS[input.resultClass]}；责任人：${input.responsible}` });
    await insertFeedback(trx, { id: fid, suggestion_id: id, round: item.round, dept_id: item.lead_dept_id!, text: input.text, result_class: input.resultClass, measures: input.measures ?? null, responsible: input.responsible, contact: input.contact, status: feedbackStartsAs(false), review_note: null, author_id: ctx.user!.id, submitted_at: ctx.now.toISOString(), reviewed_at: null });
    await linkAttachments(ctx, trx, input.attachmentIds, 'feedback', fid);
  });
}
