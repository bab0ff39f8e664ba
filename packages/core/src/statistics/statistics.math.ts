/** The share n/of as a fraction rounded to four places; 0 when there is nothing to share. */
export function share(n: number, of: number): number {
  if (!(of > 0)) return 0;
  return Math.round((n / of) * 10000) / 10000;
}

/** A share as a percentage text: 0.4167 → 41.7%. */
export function percentText(fraction: number): string {
  return `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`;
}

/** An average rounded to one decimal, or null when nothing was counted. */
export function average(total: number, count: number): number | null {
  if (!(count > 0)) return null;
  return Math.round((total / count) * 10) / 10;
}

/**
 * 按期办复率 — answered on time over the items that have come due: those answered (on time or late) and
 * those still unanswered past their due date. Items not yet due and not answered are not counted.
 */
export function onTimeRate(onTime: number, answered: number, overdueNow: number): number | null {
  // Nothing has come due yet: there is no rate to show (not 0%).
  return answered + overdueNow === 0 ? null : share(onTime, answered + overdueNow);
}

/** The city's minimums a county is measured against (第四条(六)). */
export interface StatisticsThresholds {
  /** 年度协商活动最少次数. */
  readonly minActivities: number;
  /** 党政负责同志参加协商的最低比例 (0–1). */
  readonly minLeaderShare: number;
}

/** What a county is flagged for. */
export type CountyFlag = 'few_activities' | 'low_leader_share';

/** Labels of the flags. */
export const COUNTY_FLAG_LABELS: Readonly<Record<CountyFlag, string>> = {
  few_activities: '年度协商活动次数低于最低要求',
  low_leader_share: '党政负责同志参加比例低于最低要求',
};

/** The flags of a county's year against the thresholds: below the minimum number of activities or leader-attended share. */
export function countyFlags(indicators: { readonly activities: number; readonly leaderShare: number }, t: StatisticsThresholds): CountyFlag[] {
  const flags: CountyFlag[] = [];
  if (indicators.activities < t.minActivities) flags.push('few_activities');
  if (indicators.leaderShare < t.minLeaderShare) flags.push('low_leader_share');
  return flags;
}

/** The thresholds until the city office sets its own. */
export const DEFAULT_STATISTICS_THRESHOLDS: StatisticsThresholds = { minActivities: 6, minLeaderShare: 0.3 };

/** A vocabulary's keys with their labels and counts (0 where none), in the vocabulary's order: rows of a table or chart. */
export function countRows<K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>, counts: ReadonlyMap<string, number>): { key: K; label: string; n: number }[] {
  return keys.map((key) => ({ key, label: labels[key], n: counts.get(key) ?? 0 }));
}
