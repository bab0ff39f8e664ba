/** 投递状态 of an e-mail or SMS: waiting (or waiting to be retried), being sent, sent, or given up. */
export const DELIVERY_STATES = ['pending', 'sending', 'sent', 'failed'] as const;
/** A delivery state. */
export type DeliveryState = (typeof DELIVERY_STATES)[number];
/** Labels of delivery states. */
export const DELIVERY_STATE_LABELS: Readonly<Record<DeliveryState, string>> = { pending: '待发送', sending: '发送中', sent: '已发送', failed: '发送失败' };

/** Waits before the 2nd, 3rd … attempt (ms): 1 min, 5 min, 30 min, 2 h, 6 h; after the last, the delivery fails. */
export const RETRY_DELAYS_MS: readonly number[] = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];

/** Attempts in all before a delivery is given up. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** How long a worker holds a claimed delivery before another may take it over (a worker killed mid-send). */
export const DELIVERY_LEASE_MS = 2 * 60_000;

/** When to try again after the given number of failed attempts, or null to give up. */
export function nextAttemptAt(failedAttempts: number, now: Date): Date | null {
  const wait = RETRY_DELAYS_MS[failedAttempts - 1];
  return wait === undefined ? null : new Date(now.getTime() + wait);
}
