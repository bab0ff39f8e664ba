import { DEFAULT_STATISTICS_THRESHOLDS, type StatisticsThresholdsView } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { readThresholds, THRESHOLD_KEYS } from '../../repositories/statistics.repository.js';
import type { Executor } from '../../repositories/types.js';

/** The city's minimums as stored, or the defaults, with their version. */
export async function thresholdsOf(db: Executor): Promise<StatisticsThresholdsView> {
  const { values, version } = await readThresholds(db);
  return {
    minActivities: values.get(THRESHOLD_KEYS.minActivities) ?? DEFAULT_STATISTICS_THRESHOLDS.minActivities,
    minLeaderShare: values.get(THRESHOLD_KEYS.minLeaderShare) ?? DEFAULT_STATISTICS_THRESHOLDS.minLeaderShare,
    version,
  };
}

/** 统计预警标准 — the minimum yearly activities and leader-attended share a county is flagged below; read by the city. */
export async function getThresholds(ctx: RequestContext): Promise<StatisticsThresholdsView> {
  await authorize(ctx, 'statistics.read_city', { type: 'statistics', scope: [null] });
  return thresholdsOf(ctx.db.kysely);
}
