import { z } from 'zod';

/** 统计期间 — a year, or one quarter or month of it. */
export interface StatisticsPeriod {
  readonly year: number;
  readonly quarter?: number | undefined;
  readonly month?: number | undefined;
}

/** The days a period covers: `from` inclusive, `to` exclusive, both YYYY-MM-DD. */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const firstOf = (year: number, month: number) => (month > 12 ? `${year + 1}-01-01` : `${year}-${pad(month)}-01`);

/** The days of a period: a month, a quarter, or the whole year. */
export function periodDays(p: StatisticsPeriod): DayRange {
  if (p.month) return { from: firstOf(p.year, p.month), to: firstOf(p.year, p.month + 1) };
  if (p.quarter) return { from: firstOf(p.year, (p.quarter - 1) * 3 + 1), to: firstOf(p.year, p.quarter * 3 + 1) };
  return { from: `${p.year}-01-01`, to: `${p.year + 1}-01-01` };
}

/** The period as instants (ISO strings in UTC) of its first and next-after-last day in Asia/Shanghai, for timestamps. */
export function periodInstants(p: StatisticsPeriod): DayRange {
  const { from, to } = periodDays(p);
  const at = (day: string) => new Date(Date.parse(`${day}T00:00:00+08:00`)).toISOString();
  return { from: at(from), to: at(to) };
}

/** The period in words: 2026年, 2026年第一季度, 2026年3月. */
export function periodLabel(p: StatisticsPeriod): string {
  if (p.month) return `${p.year}年${p.month}月`;
  if (p.quarter) return `${p.year}年第${'一二三四'[p.quarter - 1]}季度`;
  return `${p.year}年`;
}

const year = z.coerce
  .number({ error: '年份应为数字' })
  .int('年份应为整数')
  .min(2000, '年份不能早于 2000 年')
  .max(2100, '年份不能晚于 2100 年');

/** Query of GET /api/statistics/city — one year. */
export const cityStatisticsQuerySchema = z.strictObject({ year });
/** The city dashboard's query. */
export type CityStatisticsQuery = z.infer<typeof cityStatisticsQuerySchema>;

/** Query of GET /api/statistics — a county (left out: the active organisation's own) and a period. */
export const statisticsQuerySchema = z
  .strictObject({
    countyId: z.string({ error: '县（市、区）不正确' }).trim().min(1, '县（市、区）不正确').max(64, '县（市、区）不正确').optional(),
    year,
    quarter: z.coerce.number({ error: '季度应为 1 至 4' }).int('季度应为 1 至 4').min(1, '季度应为 1 至 4').max(4, '季度应为 1 至 4').optional(),
    month: z.coerce.number({ error: '月份应为 1 至 12' }).int('月份应为 1 至 12').min(1, '月份应为 1 至 12').max(12, '月份应为 1 至 12').optional(),
  })
  .refine((q) => q.quarter === undefined || q.month === undefined, { message: '季度和月份只能选择其一', path: ['month'] });
/** The county statistics' query. */
export type StatisticsQuery = z.infer<typeof statisticsQuerySchema>;
