import { DEFAULT_STATISTICS_THRESHOLDS, percentText, type StatisticsThresholdsInput, type StatisticsThresholdsView } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import { saveVersioned } from '../save-versioned.js';
import { ensureSettings } from '../../repositories/handling.repository.js';
import { THRESHOLD_KEYS } from '../../repositories/statistics.repository.js';
import { thresholdsOf } from './get-thresholds.js';

/** Changes the city's minimums — the city office only, from the version the form was loaded at; audited. */
export async function setThresholds(ctx: RequestContext, input: StatisticsThresholdsInput): Promise<StatisticsThresholdsView> {
  await authorize(ctx, 'statistics.set_thresholds', { type: 'statistics', scope: [null] });
  const before = await thresholdsOf(ctx.db.kysely);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    // The defaults become rows first, so that even the first save is one versioned update per value.
    await ensureSettings(trx, null, { [THRESHOLD_KEYS.minActivities]: DEFAULT_STATISTICS_THRESHOLDS.minActivities, [THRESHOLD_KEYS.minLeaderShare]: DEFAULT_STATISTICS_THRESHOLDS.minLeaderShare }, ctx.now.toISOString());
    await saveVersioned(ctx, trx, 'county_settings', { scope: '', key: THRESHOLD_KEYS.minActivities }, { value: String(input.minActivities) }, { expected: input.version });
    await saveVersioned(ctx, trx, 'county_settings', { scope: '', key: THRESHOLD_KEYS.minLeaderShare }, { value: String(input.minLeaderShare) }, { expected: input.version });
    await recordAudit(
      ctx,
      {
        action: 'statistics.thresholds',
        subjectType: 'settings',
        summary: `年度协商活动最少 ${before.minActivities} → ${input.minActivities} 次；党政负责同志参加比例最低 ${percentText(before.minLeaderShare)} → ${percentText(input.minLeaderShare)}`,
      },
      trx,
    );
  });
  return thresholdsOf(ctx.db.kysely);
}
