/** Deadlines are whole days in China Standard Time (UTC+8, no daylight saving). */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day (YYYY-MM-DD) in Asia/Shanghai at an instant. */
export function dayInShanghai(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** A day plus n days (n may be negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** How an item stands against its due date. */
export type DueStatus = 'on_track' | 'due_soon' | 'due_today' | 'overdue';

/** Labels of due statuses. */
export const DUE_STATUS_LABELS: Readonly<Record<DueStatus, string>> = {
  on_track: '正常',
  due_soon: '即将到期',
  due_today: '今日到期',
  overdue: '已逾期',
};

/** Days before the due date from which an item counts as due soon. */
export const DUE_SOON_DAYS = 7;

/**
 * Where an item stands on a day: the due date itself is still in time (due today); the day after it
 * is overdue; within DUE_SOON_DAYS before it, due soon.
 */
export function dueStatus(dueOn: string, now: Date): { status: DueStatus; daysLeft: number } {
  const daysLeft = daysBetween(dayInShanghai(now), dueOn);
  const status: DueStatus = daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'due_today' : daysLeft <= DUE_SOON_DAYS ? 'due_soon' : 'on_track';
  return { status, daysLeft };
}

/** The countdown in words, e.g. 剩余 12 天 / 今日到期 / 已逾期 3 天. */
export function countdownText(dueOn: string, now: Date): string {
  const { status, daysLeft } = dueStatus(dueOn, now);
  if (status === 'overdue') return `已逾期 ${-daysLeft} 天`;
  if (status === 'due_today') return '今日到期';
  return `剩余 ${daysLeft} 天`;
}

/** An instant as Beijing time in words, e.g. 2026年12月10日 09:30. */
export function beijingTime(at: string | Date): string {
  const t = new Date(new Date(at).getTime() + CST_OFFSET_MS).toISOString();
  return `${Number(t.slice(0, 4))}年${Number(t.slice(5, 7))}月${Number(t.slice(8, 10))}日 ${t.slice(11, 16)}`;
}
