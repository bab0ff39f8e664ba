import { DELIVERY_LEASE_MS, nextAttemptAt } from '@shangliang/core';
import type { Db } from '../db/database.js';
import { claimDeliveries, type DeliveryRow, finishDelivery } from '../repositories/notifications.repository.js';
import type { Senders } from './senders.js';

/** What one pass of the worker did. */
export interface DeliveryPass {
  readonly sent: number;
  readonly retried: number;
  readonly failed: number;
}

const reasonOf = (err: unknown): string => (err instanceof Error ? err.message : String(err)).slice(0, 500);

/** Sends one claimed delivery and records the result; a failure waits to be retried, or fails for good. */
async function deliverOne(db: Db, senders: Senders, d: DeliveryRow, worker: string, now: () => Date): Promise<keyof DeliveryPass> {
  const sender = d.channel === 'email' ? senders.email : senders.sms;
  try {
    if (!sender) throw new Error('未配置邮件服务（SMTP_URL），邮件无法发送');
    await sender(d);
    await finishDelivery(db.kysely, d.id, worker, { state: 'sent', sent_at: now().toISOString(), last_error: null, next_attempt_at: d.next_attempt_at });
    return 'sent';
  } catch (err) {
    const next = nextAttemptAt(d.attempts, now());
    await finishDelivery(db.kysely, d.id, worker, { state: next ? 'pending' : 'failed', sent_at: null, last_error: reasonOf(err), next_attempt_at: next?.toISOString() ?? d.next_attempt_at });
    return next ? 'retried' : 'failed';
  }
}

/**
 * 投递 — one pass of the outbox worker: takes the due deliveries in batches (each taken by exactly one
 * worker, also across app servers on PostgreSQL), sends them and records the results, until none is due.
 * A worker killed mid-send leaves its deliveries in 'sending'; once their lease runs out another takes them
 * (at least once; the deduplication key travels with the message so the receiver can drop a repeat).
 */
export async function deliverDue(db: Db, senders: Senders, o: { worker: string; now: () => Date; batch?: number }): Promise<DeliveryPass> {
  const tally = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const at = o.now();
    const claimed = await claimDeliveries(db.kysely, db.engine, { now: at.toISOString(), leaseUntil: new Date(at.getTime() + DELIVERY_LEASE_MS).toISOString(), worker: o.worker, limit: o.batch ?? 20 });
    if (!claimed.length) return tally;
    for (const d of claimed) tally[await deliverOne(db, senders, d, o.worker, o.now)]++;
  }
}
