import { feedbackMachine, type ReviewInput } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { reviewSubmittedFeedback } from '../../repositories/feedbacks.repository.js';
import { applyItemEvent } from './apply-item-event.js';
import { runItemStep } from './run-item-step.js';

/** 审核反馈 — the office accepts the feedback, or returns it for revision with a reason. */
export async function reviewFeedback(ctx: RequestContext, id: string, input: ReviewInput) {
  return runItemStep(ctx, id, input.version, async (trx, item) => {
    const event = input.decision === 'accept' ? 'accept_feedback' : 'return_feedback';
    await applyItemEvent(ctx, trx, item, event, { reason: input.reason, version: input.version });
    await reviewSubmittedFeedback(trx, id, item.round, { status: feedbackMachine.target(input.decision === 'accept' ? 'accept' : 'return'), review_note: input.reason ?? null, reviewed_at: ctx.now.toISOString() });
  });
}
