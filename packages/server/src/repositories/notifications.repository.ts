import type { Channel, DeliveryQuery, NotificationKind, NotificationQuery } from '@shangliang/core';
import type { Insertable, Selectable } from 'kysely';
import type { NotificationDeliveriesTable, NotificationsTable } from '../db/schema-notifications.js';
import { inCountyScope, type Executor } from './types.js';
import { pageOf, type PageOf } from './paging.js';

/** A notification row. */
export type NotificationRow = NotificationsTable;
/** A delivery row. */
export type DeliveryRow = Selectable<NotificationDeliveriesTable>;

/** Writes notifications; one whose deduplication key exists already is skipped. Returns the keys written. */
export async function insertNotifications(exec: Executor, rows: readonly Insertable<NotificationsTable>[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const written = await exec
    .insertInto('notifications')
    .values([...rows])
    .onConflict((oc) => oc.column('dedup_key').doNothing())
    .returning('dedup_key')
    .execute();
  return new Set(written.map((r) => r.dedup_key));
}

/** Puts e-mails and SMS in the outbox; one whose deduplication key exists already is skipped. */
export async function insertDeliveries(exec: Executor, rows: readonly Insertable<NotificationDeliveriesTable>[]): Promise<number> {
  if (!rows.length) return 0;
  const written = await exec
    .insertInto('notification_deliveries')
    .values([...rows])
    .onConflict((oc) => oc.column('dedup_key').doNothing())
    .returning('id')
    .execute();
  return written.length;
}

/** One account's notifications, newest first. */
export async function listNotificationsOf(exec: Executor, userId: string, q: NotificationQuery): Promise<PageOf<NotificationRow>> {
  let query = exec.selectFrom('notifications').selectAll().where('user_id', '=', userId);
  if (q.unread) query = query.where('read_at', 'is', null);
  return pageOf(query.orderBy('created_at', 'desc').orderBy('id', 'desc'), q);
}

/** How many of an account's notifications are unread. */
export async function countUnread(exec: Executor, userId: string): Promise<number> {
  const row = await exec.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one of an account's notifications read (or all of them); returns how many changed. */
export async function markNotificationsRead(exec: Executor, userId: string, id: string | 'all', at: string): Promise<number> {
  let q = exec.updateTable('notifications').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (id !== 'all') q = q.where('id', '=', id);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Whether an account has the notification. */
export async function notificationOf(exec: Executor, userId: string, id: string): Promise<boolean> {
  return !!(await exec.selectFrom('notifications').select('id').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst());
}

/** The channels chosen per kind, per account. */
export async function findPreferences(exec: Executor, userIds: readonly string[]): Promise<Map<string, Map<NotificationKind, Channel[]>>> {
  const out = new Map<string, Map<NotificationKind, Channel[]>>();
  if (!userIds.length) return out;
  const rows = await exec.selectFrom('notification_preferences').selectAll().where('user_id', 'in', [...userIds]).execute();
  for (const r of rows) {
    const of = out.get(r.user_id) ?? new Map<NotificationKind, Channel[]>();
    of.set(r.kind, JSON.parse(r.channels) as Channel[]);
    out.set(r.user_id, of);
  }
  return out;
}

/** Replaces an account's chosen channels for the given kinds. */
export async function savePreferences(exec: Executor, userId: string, kinds: readonly { kind: NotificationKind; channels: readonly Channel[] }[]): Promise<void> {
  if (!kinds.length) return;
  await exec.deleteFrom('notification_preferences').where('user_id', '=', userId).where('kind', 'in', kinds.map((k) => k.kind)).execute();
  await exec.insertInto('notification_preferences').values(kinds.map((k) => ({ user_id: userId, kind: k.kind, channels: JSON.stringify(k.channels) }))).execute();
}

/**
 * Takes up to `limit` deliveries for one worker: those due, and those a worker left in 'sending' past its
 * lease (killed mid-send). One UPDATE … RETURNING; on PostgreSQL its sub-select skips rows another worker
 * has locked, so two workers never take the same delivery.
 */
export async function claimDeliveries(exec: Executor, engine: 'sqlite' | 'postgres', o: { now: string; leaseUntil: string; worker: string; limit: number }): Promise<DeliveryRow[]> {
  return exec
    .updateTable('notification_deliveries')
    .set((eb) => ({ state: 'sending', locked_until: o.leaseUntil, worker: o.worker, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', (eb) => {
      const due = eb
        .selectFrom('notification_deliveries')
        .select('id')
        .where((w) => w.or([w.and([w('state', '=', 'pending'), w('next_attempt_at', '<=', o.now)]), w.and([w('state', '=', 'sending'), w('locked_until', '<=', o.now)])]))
        .orderBy('next_attempt_at')
        .limit(o.limit);
      return engine === 'postgres' ? due.forUpdate().skipLocked() : due;
    })
    .returningAll()
    .execute();
}

/** Records the outcome of an attempt by the worker that holds the delivery (a taken-over one is left alone). */
export async function finishDelivery(exec: Executor, id: string, worker: string, patch: Pick<DeliveryRow, 'state' | 'last_error' | 'sent_at' | 'next_attempt_at'>): Promise<void> {
  await exec.updateTable('notification_deliveries').set({ ...patch, locked_until: null }).where('id', '=', id).where('worker', '=', worker).where('state', '=', 'sending').execute();
}

/** The delivery log of the counties in scope ('all': every county), newest first. */
export async function listDeliveries(exec: Executor, scope: 'all' | readonly (string | null)[], q: DeliveryQuery): Promise<PageOf<DeliveryRow>> {
  let query = exec.selectFrom('notification_deliveries').selectAll();
  if (scope !== 'all') query = query.where(inCountyScope('county_id', scope));
  if (q.countyId) query = query.where('county_id', '=', q.countyId);
  if (q.state) query = query.where('state', '=', q.state);
  if (q.channel) query = query.where('channel', '=', q.channel);
  return pageOf(query.orderBy('created_at', 'desc').orderBy('id', 'desc'), q);
}

/** One delivery. */
export async function findDelivery(exec: Executor, id: string): Promise<DeliveryRow | undefined> {
  return exec.selectFrom('notification_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Puts a delivery back in the queue for another try now (发送记录 → 重新发送); not one being sent. */
export async function requeueDelivery(exec: Executor, id: string, now: string): Promise<boolean> {
  const r = await exec
    .updateTable('notification_deliveries')
    .set({ state: 'pending', next_attempt_at: now, attempts: 0, last_error: null, locked_until: null, worker: null })
    .where('id', '=', id)
    .where('state', '!=', 'sending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
