import { describe, expect, it } from 'vitest';
import { DEFAULT_POINT_RULES, pointRulesSchema, scoreMember, type PointRules } from './points.js';

const rules: PointRules = {
  rules: [
    { kind: 'consultation', unit: '次', points: 3, cap: 9 },
    { kind: 'research', unit: '半天', points: 1.5, cap: null },
    { kind: 'recommendation', unit: '件', points: 2, cap: 4 },
    { kind: 'suggestion_converted', unit: '件', points: 1, cap: 10 },
  ],
  conversionBonus: { decision: 5, project: 4, governance: 3 },
  minimums: { activities: 3, recommendations: 1 },
};

describe('scoreMember', () => {
  it('applies points per unit and the yearly cap of each rule', () => {
    const s = scoreMember(rules, [
      { kind: 'consultation', n: 4, units: 4 },
      { kind: 'research', n: 2, units: 3 },
      { kind: 'recommendation', n: 3, units: 3 },
    ]);
    const line = (k: string) => s.lines.find((l) => l.kind === k)!;
    expect(line('consultation')).toMatchObject({ count: 4, raw: 12, cap: 9, points: 9 });
    expect(line('research')).toMatchObject({ count: 2, units: 3, raw: 4.5, points: 4.5 });
    expect(line('recommendation')).toMatchObject({ raw: 6, points: 4 });
    expect(s.total).toBe(17.5);
    expect(s.meetsAll).toBe(true);
  });

  it('gives each conversion its kind’s bonus, within the rule’s cap', () => {
    const s = scoreMember(rules, [
      { kind: 'suggestion_converted', detail: 'decision', n: 1, units: 1 },
      { kind: 'suggestion_converted', detail: 'governance', n: 2, units: 2 },
    ]);
    expect(s.lines.find((l) => l.kind === 'suggestion_converted')).toMatchObject({ count: 3, raw: 11, points: 10 });
  });

  it('flags the minimums a member misses', () => {
    const s = scoreMember(rules, [{ kind: 'consultation', n: 2, units: 2 }]);
    expect(s.requirements).toEqual([
      { key: 'activities', label: '参加活动', required: 3, actual: 2, met: false },
      { key: 'recommendations', label: '委员荐题', required: 1, actual: 0, met: false },
    ]);
    expect(s.meetsAll).toBe(false);
  });

  it('counts nothing for a kind without a rule', () => {
    expect(scoreMember(rules, [{ kind: 'room', n: 5, units: 5 }]).total).toBe(0);
  });
});

describe('pointRulesSchema', () => {
  it('accepts the defaults and refuses two rules of one kind', () => {
    expect(pointRulesSchema.safeParse(DEFAULT_POINT_RULES).success).toBe(true);
    const twice = { ...DEFAULT_POINT_RULES, rules: [...DEFAULT_POINT_RULES.rules, DEFAULT_POINT_RULES.rules[0]] };
    const r = pointRulesSchema.safeParse(twice);
    expect(r.success).toBe(false);
  });

  it('refuses negative points with a Chinese message', () => {
    const r = pointRulesSchema.safeParse({ ...DEFAULT_POINT_RULES, rules: [{ kind: 'research', unit: '次', points: -1, cap: null }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('每单位分值不能为负数');
  });
});
