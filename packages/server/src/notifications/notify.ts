import { channelsFor, type NotificationFacts, type NotificationKind, renderNotification } from '@shangliang/core';
import type { Insertable } from 'kysely';
import type { NotificationDeliveriesTable, NotificationsTable } from '../db/schema-notifications.js';
import { newId } from '../repositories/ids.js';
import { findPreferences, insertDeliveries, insertNotifications } from '../repositories/notifications.repository.js';
import type { Executor } from '../repositories/types.js';
import { type EventAnchors, recipientsOf } from './recipients.js';

/** An event users are told of. */
export interface NotificationEvent {
  readonly kind: NotificationKind;
  /** Names the occurrence (e.g. `assign:<item>:<round>:<due>`): with each recipient and channel, the deduplication key. */
  readonly key: string;
  readonly subject: { readonly type: string; readonly id: string };
  /** Where the console opens it. */
  readonly link: string | null;
  readonly facts: NotificationFacts;
  readonly anchors: EventAnchors;
}

/**
 * 发通知 — writes the event's notifications and its e-mails and SMS into the outbox, in the caller's
 * transaction: they exist exactly when the event does (a rolled-back event sends nothing), and the worker
 * delivers them after. Each carries a deduplication key, so the same event never reaches anyone twice.
 */
export async function notify(exec: Executor, at: Date, actorId: string | null, event: NotificationEvent): Promise<void> {
  const { accounts, residentPhone } = await recipientsOf(exec, event.kind, event.anchors, actorId);
  if (!accounts.length && !residentPhone) return;
  const text = renderNotification(event.kind, event.facts);
  const now = at.toISOString();
  const prefs = await findPreferences(exec, accounts.map((a) => a.id));
  const base = { kind: event.kind, county_id: event.anchors.countyId, title: text.title, link: event.link };
  const notes: Insertable<NotificationsTable>[] = [];
  const outbox: (Insertable<NotificationDeliveriesTable> & { of: string })[] = [];
  for (const a of accounts) {
    const key = `${event.key}:${a.id}`;
    const id = newId();
    notes.push({ ...base, id, user_id: a.id, body: text.body, subject_type: event.subject.type, subject_id: event.subject.id, dedup_key: key, created_at: now, read_at: null });
    const channels = channelsFor(event.kind, prefs.get(a.id)?.get(event.kind));
    const delivery = { ...base, notification_id: id, user_id: a.id, recipient_name: a.display_name, next_attempt_at: now, created_at: now, of: key };
    if (channels.includes('email') && a.email) outbox.push({ ...delivery, id: newId(), channel: 'email', address: a.email, body: text.body, dedup_key: `${key}:email` });
    if (channels.includes('sms') && a.phone) outbox.push({ ...delivery, id: newId(), channel: 'sms', address: a.phone, body: text.sms, dedup_key: `${key}:sms` });
  }
  const written = await insertNotifications(exec, notes);
  const deliveries = outbox.filter((d) => written.has(d.of)).map(({ of: _of, ...d }) => d);
  if (residentPhone) {
    deliveries.push({ ...base, id: newId(), notification_id: null, user_id: null, recipient_name: null, channel: 'sms', address: residentPhone, body: text.sms, dedup_key: `${event.key}:resident`, next_attempt_at: now, created_at: now });
  }
  await insertDeliveries(exec, deliveries);
}
