import type { HandlingSettings } from '@shangliang/core';
import type { RequestContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { readSetting, writeSetting } from '../../repositories/handling.repository.js';
import type { Executor } from '../../repositories/types.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authorize.js';

/** 90 days to answer (commonly three months), 7 days to return a misassigned item. */
export const DEFAULT_SETTINGS: HandlingSettings = { deadlineDays: 90, returnWindowDays: 7 };

/** A county's handling settings (null = the city). */
export async function settingsOf(exec: Executor, countyId: string | null): Promise<HandlingSettings> {
  const [deadlineDays, returnWindowDays] = await Promise.all([
    readSetting(exec, countyId, 'deadline_days', DEFAULT_SETTINGS.deadlineDays),
    readSetting(exec, countyId, 'return_window_days', DEFAULT_SETTINGS.returnWindowDays),
  ]);
  return { deadlineDays, returnWindowDays };
}

/** The settings of the office's own county. */
export async function getSettings(ctx: RequestContext): Promise<HandlingSettings> {
  if (!ctx.user) throw new AppError(401, 'UNAUTHENTICATED', '请先登录');
  await authorize(ctx, 'handling.manage', { type: 'topic', scope: [ctx.user.countyId] });
  return settingsOf(ctx.db.kysely, ctx.user.countyId);
}

/** 办理期限设置 — changes the defaults for new assignments and re-handling rounds. */
export async function updateSettings(ctx: RequestContext, input: HandlingSettings): Promise<HandlingSettings> {
  const before = await getSettings(ctx);
  const county = ctx.user!.countyId;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const at = ctx.now.toISOString();
    await writeSetting(trx, county, 'deadline_days', input.deadlineDays, at);
    await writeSetting(trx, county, 'return_window_days', input.returnWindowDays, at);
    await recordAudit(ctx, { action: 'handling.settings', subjectType: 'settings', summary: `办理期限 ${before.deadlineDays} → ${input.deadlineDays} 天；退回期限 ${before.returnWindowDays} → ${input.returnWindowDays} 天` }, trx);
  });
  return settingsOf(ctx.db.kysely, county);
}
