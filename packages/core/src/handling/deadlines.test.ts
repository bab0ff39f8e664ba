import { describe, expect, it } from 'vitest';
import { addDays, countdownText, dayInShanghai, daysBetween, dueStatus } from './deadlines.js';

describe('deadlines in whole days, Asia/Shanghai', () => {
  it('takes the calendar day in Beijing, not UTC', () => {
    expect(dayInShanghai(new Date('2026-03-31T15:59:59Z'))).toBe('2026-03-31');
    expect(dayInShanghai(new Date('2026-03-31T16:00:00Z'))).toBe('2026-04-01');
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2026-01-31', 90)).toBe('2026-05-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-05-01', '2026-01-31')).toBe(-90);
  });

  // A deadline of 2026-07-20 seen from the evening before, the day itself, and the day after (Beijing time).
  it.each([
    ['2026-07-19T23:30:00+08:00', 'due_soon', 1, '剩余 1 天'],
    ['2026-07-20T00:00:00+08:00', 'due_today', 0, '今日到期'],
    ['2026-07-20T23:59:59+08:00', 'due_today', 0, '今日到期'],
    ['2026-07-21T00:00:00+08:00', 'overdue', -1, '已逾期 1 天'],
    ['2026-07-12T12:00:00+08:00', 'on_track', 8, '剩余 8 天'],
    ['2026-07-13T12:00:00+08:00', 'due_soon', 7, '剩余 7 天'],
  ])('at %s → %s', (at, status, daysLeft, text) => {
    expect(dueStatus('2026-07-20', new Date(at))).toEqual({ status, daysLeft });
    expect(countdownText('2026-07-20', new Date(at))).toBe(text);
  });
});
