import { describe, expect, it } from 'vitest';
import { addDays } from '../handling/deadlines.js';
import { channelsFor, NOTIFICATION_KINDS, NOTIFICATION_RULES } from './notification-kinds.js';
import { nextAttemptAt, MAX_ATTEMPTS } from './delivery.js';
import { reminderFor, reminderRunDue } from './reminders.js';
import { renderNotification } from './templates.js';

const item = { id: 'S1', round: 1, dueOn: '2026-12-31' };

describe('到期提醒', () => {
  it('sends 即将到期 from 7 to 2 days before, 明日/今日 on the last two days, and weekly once overdue', () => {
    const kinds = [];
    for (let d = -12; d <= 30; d++) kinds.push([d, reminderFor(item, addDays(item.dueOn, -d))?.key ?? null] as const);
    const keys = new Set(kinds.map(([, k]) => k).filter(Boolean));
    // one due_soon, one due_tomorrow, and overdue on days 1, 8 of 12 overdue days
    expect([...keys].sort()).toEqual([
      'remind:due_soon:S1:1:2026-12-31',
      'remind:due_tomorrow:S1:1:2026-12-31',
      'remind:overdue:S1:1:2026-12-31:0',
      'remind:overdue:S1:1:2026-12-31:1',
    ]);
    expect(reminderFor(item, '2026-12-23')).toBeNull();
    expect(reminderFor(item, '2026-12-24')?.kind).toBe('item_due_soon');
    expect(reminderFor(item, '2026-12-30')?.kind).toBe('item_due_tomorrow');
    expect(reminderFor(item, '2026-12-31')?.daysLeft).toBe(0);
    expect(reminderFor(item, '2027-01-01')).toMatchObject({ kind: 'item_overdue', daysLeft: -1 });
  });

  it('starts afresh for a new deadline or round', () => {
    expect(reminderFor({ ...item, dueOn: '2027-01-15' }, '2027-01-10')?.key).toBe('remind:due_soon:S1:1:2027-01-15');
    expect(reminderFor({ ...item, round: 2 }, '2026-12-30')?.key).toBe('remind:due_tomorrow:S1:2:2026-12-31');
  });

  it('runs from 08:00 Beijing time', () => {
    expect(reminderRunDue(new Date('2026-12-01T23:59:00Z'))).toBe(false); // 07:59 Beijing
    expect(reminderRunDue(new Date('2026-12-01T23:00:00Z'))).toBe(false);
    expect(reminderRunDue(new Date('2026-12-02T00:00:00Z'))).toBe(true);
    expect(reminderRunDue(new Date('2026-12-02T15:59:00Z'))).toBe(true);
    expect(reminderRunDue(new Date('2026-12-02T16:00:00Z'))).toBe(false);
  });
});

describe('通知规则与文字', () => {
  it('always keeps in-app, and follows the user\'s choice otherwise', () => {
    expect(channelsFor('item_assigned', undefined)).toEqual(['in_app', 'email', 'sms']);
    expect(channelsFor('item_assigned', [])).toEqual(['in_app']);
    expect(channelsFor('topic_stage', ['sms'])).toEqual(['in_app', 'sms']);
  });

  it('has a rule, a Chinese title and an SMS under 140 characters for every kind', () => {
    for (const kind of NOTIFICATION_KINDS) {
      expect(NOTIFICATION_RULES[kind].audiences.length).toBeGreaterThan(0);
      const t = renderNotification(kind, { topic: '师庄乡村级道路养护', seq: 2, suggestion: '建立村道养护长效机制', dueOn: '2027-03-01', daysLeft: 3, department: '交通运输局', rating: '满意', stage: '协商', startsAt: '2026-12-10 09:30', venue: '区政协三楼会议室', room: '网络议事厅：村道养护', proposal: '村口路灯不亮', status: '已通过初筛', trackingCode: 'AB12CD34' });
      expect(t.title).toMatch(/^【.+】/);
      expect(t.sms.length).toBeLessThan(140);
      expect(t.body).not.toMatch(/undefined|null/);
    }
  });

  it('retries with growing waits, then gives up', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(nextAttemptAt(1, now)!.getTime() - now.getTime()).toBe(60_000);
    expect(nextAttemptAt(MAX_ATTEMPTS - 1, now)).not.toBeNull();
    expect(nextAttemptAt(MAX_ATTEMPTS, now)).toBeNull();
  });
});
