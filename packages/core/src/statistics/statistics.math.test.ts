import { describe, expect, it } from 'vitest';
import { average, countyFlags, onTimeRate, percentText, share } from './statistics.math.js';
import { periodDays, periodInstants, periodLabel, statisticsQuerySchema } from './period.js';

describe('statistics math', () => {
  it('shares round to four places and are 0 of nothing', () => {
    expect(share(1, 3)).toBe(0.3333);
    expect(share(2, 0)).toBe(0);
    expect(percentText(share(5, 12))).toBe('41.7%');
  });
  it('averages to one decimal, null of nothing', () => {
    expect(average(10, 4)).toBe(2.5);
    expect(average(0, 0)).toBeNull();
  });
  it('counts the on-time rate over the items that came due', () => {
    // 3 answered (2 on time), 1 overdue unanswered: 2 of 4.
    expect(onTimeRate(2, 3, 1)).toBe(0.5);
    expect(onTimeRate(0, 0, 0)).toBeNull();
  });
  it('flags a county below either minimum, and not one that meets both', () => {
    const t = { minActivities: 5, minLeaderShare: 0.5 };
    expect(countyFlags({ activities: 4, leaderShare: 0.5 }, t)).toEqual(['few_activities']);
    expect(countyFlags({ activities: 5, leaderShare: 0.49 }, t)).toEqual(['low_leader_share']);
    expect(countyFlags({ activities: 5, leaderShare: 0.5 }, t)).toEqual([]);
  });
});

describe('statistics period', () => {
  it('covers a year, a quarter, a month (December into the next year)', () => {
    expect(periodDays({ year: 2026 })).toEqual({ from: '2026-01-01', to: '2027-01-01' });
    expect(periodDays({ year: 2026, quarter: 2 })).toEqual({ from: '2026-04-01', to: '2026-07-01' });
    expect(periodDays({ year: 2026, quarter: 4 })).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    expect(periodDays({ year: 2026, month: 12 })).toEqual({ from: '2026-12-01', to: '2027-01-01' });
  });
  it('starts at midnight in Asia/Shanghai', () => {
    expect(periodInstants({ year: 2026, month: 3 })).toEqual({ from: '2026-02-28T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z' });
  });
  it('names the period in Chinese', () => {
    expect(periodLabel({ year: 2026 })).toBe('2026年');
    expect(periodLabel({ year: 2026, quarter: 1 })).toBe('2026年第一季度');
    expect(periodLabel({ year: 2026, month: 3 })).toBe('2026年3月');
  });
  it('refuses a bad year, quarter or both quarter and month with Chinese messages', () => {
    const msg = (q: object) => {
      const r = statisticsQuerySchema.safeParse(q);
      return r.success ? null : r.error.issues[0]!.message;
    };
    expect(msg({ year: 'abc' })).toBe('年份应为数字');
    expect(msg({ year: '2026', quarter: '5' })).toBe('季度应为 1 至 4');
    expect(msg({ year: '2026', quarter: '1', month: '2' })).toBe('季度和月份只能选择其一');
    expect(msg({ year: '2026', month: '3' })).toBeNull();
  });
});
