import { daysBetween } from '../handling/deadlines.js';
import type { NotificationKind } from './notification-kinds.js';

/** An item as the daily reminder run sees it: open in the lead department's hands, with its deadline. */
export interface RemindableItem {
  readonly id: string;
  readonly round: number;
  readonly dueOn: string;
}

/** A reminder due today: its kind, days to the deadline (negative: overdue) and the key that makes it once. */
export interface DueReminder {
  readonly kind: Extract<NotificationKind, 'item_due_soon' | 'item_due_tomorrow' | 'item_overdue'>;
  readonly daysLeft: number;
  readonly key: string;
}

/**
 * 到期提醒 — which reminder an item gets on a day. Each is keyed by the deadline, so it is sent once per
 * deadline (a new deadline after 督办 or another round starts afresh): 7 to 2 days before (即将到期), the day
 * before or the day itself (明日/今日到期), and once a week while overdue (the 1st, 8th, 15th … day over).
 * Keys rather than exact days let the run after a downtime catch up without sending one twice.
 */
export function reminderFor(item: RemindableItem, today: string): DueReminder | null {
  const daysLeft = daysBetween(today, item.dueOn);
  const base = `${item.id}:${item.round}:${item.dueOn}`;
  if (daysLeft > 7) return null;
  if (daysLeft >= 2) return { kind: 'item_due_soon', daysLeft, key: `remind:due_soon:${base}` };
  if (daysLeft >= 0) return { kind: 'item_due_tomorrow', daysLeft, key: `remind:due_tomorrow:${base}` };
  const week = Math.floor((-daysLeft - 1) / 7);
  return { kind: 'item_overdue', daysLeft, key: `remind:overdue:${base}:${week}` };
}

/** The hour (Asia/Shanghai) of the daily reminder run. */
export const REMINDER_HOUR = 8;

/** Whether the day's reminder run is due at an instant: from 08:00 Beijing time on. */
export function reminderRunDue(at: Date): boolean {
  return (at.getUTCHours() + 8) % 24 >= REMINDER_HOUR;
}
