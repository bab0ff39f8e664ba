import { type ItemEvent, type NotificationKind, type Rating, RATING_LABELS, TOPIC_STATE_LABELS, type TopicState } from '@shangliang/core';
import type { ItemRow } from '../repositories/handling.repository.js';
import type { ProposalRow } from '../repositories/proposals.repository.js';
import type { Executor } from '../repositories/types.js';
import type { RequestContext } from '../use-cases/context.js';
import { notify } from './notify.js';

/**
 * The events of the workflow that tell someone, each in the transaction of its cause. Which audiences and
 * channels each kind reaches is core's NOTIFICATION_RULES; these only say what happened to what.
 */

const itemLink = (id: string): string => `/console/handling/items/${id}`;
const coDepts = (item: ItemRow): string[] => JSON.parse(item.co_dept_ids || '[]') as string[];

/** The notification kind of a handling event, if it has one. */
function itemKind(event: ItemEvent, rating: Rating | undefined): NotificationKind | null {
  switch (event) {
    case 'assign':
      return 'item_assigned';
    case 'submit_feedback':
      return 'feedback_submitted';
    case 'return_feedback':
      return 'feedback_returned';
    case 'evaluate':
      return rating === 'unsatisfied' ? 'item_rehandled' : 'item_evaluated';
    default:
      return null;
  }
}

/** After a handling event: the item as it now stands (the lead department and deadline it moved to). */
export async function notifyItemEvent(
  ctx: RequestContext,
  exec: Executor,
  item: ItemRow,
  event: ItemEvent | 'supervise',
  o: { rating?: Rating | undefined; reason?: string | undefined; method?: string; leadDeptId?: string | null; coDeptIds?: readonly string[]; dueOn?: string | null; department?: string },
): Promise<void> {
  const kind = event === 'supervise' ? 'item_supervised' : itemKind(event, o.rating);
  if (!kind) return;
  await notify(exec, ctx.now, ctx.user?.id ?? null, {
    kind,
    key: `item:${item.suggestion_id}:${event}:${ctx.now.getTime()}`,
    subject: { type: 'handling_item', id: item.suggestion_id },
    link: itemLink(item.suggestion_id),
    facts: { topic: item.topic_title, seq: item.seq, suggestion: item.content, dueOn: o.dueOn ?? item.due_on ?? '', reason: o.reason ?? null, rating: o.rating ? RATING_LABELS[o.rating] : undefined, method: o.method, department: o.department },
    anchors: { countyId: item.county_id, item: { leadDeptId: o.leadDeptId ?? item.lead_dept_id, coDeptIds: o.coDeptIds ?? coDepts(item) } },
  });
}

/** After a topic moved to another stage: the members and departments involved in it. */
export async function notifyTopicStage(ctx: RequestContext, exec: Executor, topic: { id: string; title: string; county_id: string | null }, to: TopicState): Promise<void> {
  await notify(exec, ctx.now, ctx.user?.id ?? null, {
    kind: 'topic_stage',
    key: `topic:${topic.id}:${to}:${ctx.now.getTime()}`,
    subject: { type: 'topic', id: topic.id },
    link: `/console/topics/${topic.id}`,
    facts: { topic: topic.title, stage: TOPIC_STATE_LABELS[to] },
    anchors: { countyId: topic.county_id, topicId: topic.id },
  });
}

/** After a consultation was scheduled: its invitation, and its room's opening when it has one. */
export async function notifyConsultation(
  ctx: RequestContext,
  exec: Executor,
  c: { id: string; topicId: string; topicTitle: string; countyId: string | null; startsAt: string; venue: string; roomId: string | null },
): Promise<void> {
  const anchors = { countyId: c.countyId, consultationId: c.id };
  const actor = ctx.user?.id ?? null;
  await notify(exec, ctx.now, actor, { kind: 'consultation_invited', key: `consultation:${c.id}:invite`, subject: { type: 'topic', id: c.topicId }, link: `/console/topics/${c.topicId}`, facts: { topic: c.topicTitle, startsAt: c.startsAt, venue: c.venue }, anchors });
  if (c.roomId)
    await notify(exec, ctx.now, actor, { kind: 'room_opened', key: `room:${c.roomId}:open`, subject: { type: 'room', id: c.roomId }, link: `/console/rooms/${c.roomId}`, facts: { room: `网络议事厅：${c.topicTitle}` }, anchors });
}

/** After proposals were screened or merged: each proposer (a member's account, or a consenting resident's phone). */
export async function notifyProposals(ctx: RequestContext, exec: Executor, rows: readonly ProposalRow[], status: string): Promise<void> {
  for (const r of rows)
    await notify(exec, ctx.now, ctx.user?.id ?? null, {
      kind: 'proposal_status',
      key: `proposal:${r.id}:${ctx.now.getTime()}`,
      subject: { type: 'proposal', id: r.id },
      link: r.source === 'member' ? '/console/my/proposals' : null,
      facts: { proposal: r.title, status, trackingCode: r.tracking_code },
      anchors: { countyId: r.county_id, proposer: { userId: r.proposer_user_id, phone: r.proposer_phone, smsConsent: r.sms_consent === 1 } },
    });
}
