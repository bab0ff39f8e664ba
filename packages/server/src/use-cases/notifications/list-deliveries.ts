import { allowedActions, CHANNEL_LABELS, DELIVERY_STATE_LABELS, type DeliveryQuery, type DeliveryView, maskPhone, NOTIFICATION_RULES, readableScope } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { type DeliveryRow, listDeliveries as listDeliveryRows } from '../../repositories/notifications.repository.js';

/** A delivery as the log shows it, with what the actor may do with it. */
export function presentDelivery(ctx: RequestContext, r: DeliveryRow): DeliveryView {
  return {
    id: r.id,
    channel: r.channel,
    channelLabel: CHANNEL_LABELS[r.channel],
    address: r.channel === 'sms' ? maskPhone(r.address) : r.address,
    recipient: r.recipient_name,
    kind: r.kind,
    kindLabel: NOTIFICATION_RULES[r.kind].label,
    title: r.title,
    state: r.state,
    stateLabel: DELIVERY_STATE_LABELS[r.state],
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    nextAttemptAt: r.state === 'pending' ? r.next_attempt_at : null,
    // A waiting or sending one goes out anyway: only a sent or failed one can be sent again.
    actions: r.state === 'pending' || r.state === 'sending' ? [] : allowedActions(ctx.actor, { type: 'notification', scope: [r.county_id] }, ['notification.resend']),
  };
}

/** 发送记录 — the e-mails and SMS of the counties the office may read, newest first. */
export async function listDeliveries(ctx: RequestContext, q: DeliveryQuery): Promise<{ items: DeliveryView[]; total: number; page: number; pageSize: number }> {
  const scope = readableScope(ctx.actor);
  await authorize(ctx, 'notification.read_deliveries', { type: 'notification', scope: q.countyId ? [q.countyId] : scope === 'all' ? [] : scope });
  const page = await listDeliveryRows(ctx.db.kysely, scope, q);
  return { items: page.rows.map((r) => presentDelivery(ctx, r)), total: page.total, page: q.page, pageSize: q.pageSize };
}
