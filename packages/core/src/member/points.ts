import { z } from 'zod';
import { CONVERSIONS, type Conversion } from '../topic/vocab.js';
import { ACTIVITY_PARTICIPATION_KINDS, PARTICIPATION_KIND_LABELS, PARTICIPATION_KINDS, type ParticipationKind } from './participation.js';

/** 计分单位 — what one unit of a rule is. */
export const POINT_UNITS = ['次', '件', '篇', '半天'] as const;
/** A unit of a point rule. */
export type PointUnit = (typeof POINT_UNITS)[number];

const points = (label: string) =>
  z.number({ error: `${label}应为数字` }).min(0, `${label}不能为负数`).max(100, `${label}不能超过 100`).multipleOf(0.5, `${label}最小单位为 0.5 分`);

/** One rule: points per unit of a kind of participation, with a yearly cap (null: none). */
export const pointRuleSchema = z.strictObject({
  kind: z.enum(PARTICIPATION_KINDS, { error: '履职类别不正确' }),
  unit: z.enum(POINT_UNITS, { error: '计分单位不正确' }),
  points: points('每单位分值'),
  cap: z.number({ error: '年度上限应为数字' }).min(0, '年度上限不能为负数').max(1000, '年度上限不能超过 1000').nullable(),
});
/** A point rule. */
export type PointRule = z.infer<typeof pointRuleSchema>;

/** 积分规则 — a county's (or the city's) rules for one year (第六条(一)). */
export const pointRulesSchema = z.strictObject({
  rules: z
    .array(pointRuleSchema)
    .min(1, '至少设置一条计分规则')
    .max(PARTICIPATION_KINDS.length)
    .refine((rules) => new Set(rules.map((r) => r.kind)).size === rules.length, '同一履职类别只能设置一条规则'),
  /** Extra points per suggestion converted, by kind of conversion; credited to the member whose recommendation became the topic. */
  conversionBonus: z.strictObject(Object.fromEntries(CONVERSIONS.map((c) => [c, points('转化加分')])) as Record<Conversion, ReturnType<typeof points>>),
  /** 年度最低要求. */
  minimums: z.strictObject({
    activities: z.number({ error: '最少参加活动次数应为整数' }).int('最少参加活动次数应为整数').min(0).max(100),
    recommendations: z.number({ error: '最少荐题件数应为整数' }).int('最少荐题件数应为整数').min(0).max(100),
  }),
});
/** A year's point rules. */
export type PointRules = z.infer<typeof pointRulesSchema>;

/** The rules a county starts a year with until its office sets its own. */
export const DEFAULT_POINT_RULES: PointRules = {
  rules: [
    { kind: 'consultation', unit: '次', points: 3, cap: 30 },
    { kind: 'research', unit: '次', points: 2, cap: 20 },
    { kind: 'follow_up', unit: '次', points: 2, cap: 20 },
    { kind: 'visit', unit: '次', points: 2, cap: 10 },
    { kind: 'recommendation', unit: '件', points: 2, cap: 10 },
    { kind: 'recommendation_adopted', unit: '件', points: 5, cap: 20 },
    { kind: 'suggestion_converted', unit: '件', points: 3, cap: 30 },
    { kind: 'opinion', unit: '篇', points: 1, cap: 10 },
    { kind: 'room', unit: '次', points: 1, cap: 5 },
  ],
  conversionBonus: { decision: 5, project: 4, governance: 3 },
  minimums: { activities: 3, recommendations: 1 },
};

/** How many participations (and units) of a kind a member has in a year; detail is the conversion kind of suggestion_converted. */
export interface ParticipationCount {
  readonly kind: ParticipationKind;
  readonly detail?: string | null;
  readonly n: number;
  readonly units: number;
}

/** One line of a member's score: a rule with its raw and capped points. */
export interface ScoreLine {
  readonly kind: ParticipationKind;
  readonly label: string;
  readonly unit: PointUnit | null;
  readonly count: number;
  readonly units: number;
  readonly raw: number;
  readonly cap: number | null;
  readonly points: number;
}

/** A yearly minimum and whether it is met. */
export interface Requirement {
  readonly key: 'activities' | 'recommendations';
  readonly label: string;
  readonly required: number;
  readonly actual: number;
  readonly met: boolean;
}

/** A member's year in points. */
export interface MemberScore {
  readonly lines: ScoreLine[];
  readonly total: number;
  readonly requirements: Requirement[];
  readonly meetsAll: boolean;
}

const round = (x: number) => Math.round(x * 10) / 10;

/** Points of one participation before caps: units × the rule's points (a conversion by its kind's bonus). */
export function pointsOf(rules: PointRules, kind: ParticipationKind, units: number, detail?: string | null): number {
  const rule = rules.rules.find((r) => r.kind === kind);
  if (!rule) return 0;
  const perUnit = kind === 'suggestion_converted' && detail && detail in rules.conversionBonus ? rules.conversionBonus[detail as Conversion] : rule.points;
  return round(units * perUnit);
}

/** Scores a member's year: points per rule with the yearly caps applied, the total and the minimums. */
export function scoreMember(rules: PointRules, counts: readonly ParticipationCount[]): MemberScore {
  const lines: ScoreLine[] = PARTICIPATION_KINDS.map((kind) => {
    const rule = rules.rules.find((r) => r.kind === kind) ?? null;
    const mine = counts.filter((c) => c.kind === kind);
    const raw = round(mine.reduce((sum, c) => sum + pointsOf(rules, kind, c.units, c.detail), 0));
    const cap = rule?.cap ?? null;
    return {
      kind,
      label: PARTICIPATION_KIND_LABELS[kind],
      unit: rule?.unit ?? null,
      count: mine.reduce((sum, c) => sum + c.n, 0),
      units: round(mine.reduce((sum, c) => sum + c.units, 0)),
      raw,
      cap,
      points: cap === null ? raw : Math.min(raw, cap),
    };
  }).filter((l) => l.count > 0 || rules.rules.some((r) => r.kind === l.kind));
  const countOf = (kinds: readonly ParticipationKind[]) => lines.filter((l) => kinds.includes(l.kind)).reduce((sum, l) => sum + l.count, 0);
  const requirements: Requirement[] = [
    { key: 'activities', label: '参加活动', required: rules.minimums.activities, actual: countOf(ACTIVITY_PARTICIPATION_KINDS) },
    { key: 'recommendations', label: '委员荐题', required: rules.minimums.recommendations, actual: countOf(['recommendation']) },
  ].map((r) => ({ ...r, key: r.key as Requirement['key'], met: r.actual >= r.required }));
  return { lines, total: round(lines.reduce((sum, l) => sum + l.points, 0)), requirements, meetsAll: requirements.every((r) => r.met) };
}
