import type { HandlingSettings, UpdateHandlingSettingsInput } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { AppError } from '../refusals.js';
import { ensureSettings, readSetting, readSettingOf, readSettingsVersion } from '../../repositories/handling.repository.js';
import type { Executor } from '../../repositories/types.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authorize.js';
import { saveVersioned } from '../save-versioned.js';

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

/** The return window (days) of each of several counties, in one query: what a list of items needs. */
export const returnWindowsOf = (exec: Executor, countyIds: readonly (string | null)[]): Promise<Map<string | null, number>> =>
  readSettingOf(exec, countyIds, 'return_window_days', DEFAULT_SETTINGS.returnWindowDays);

/** The settings of the office's own county, with the version the settings form sends back. */
export async function getSettings(ctx: RequestContext): Promise<HandlingSettings & { version: number }> {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  await authorize(ctx, 'handling.manage', { type: 'topic', scope: [ctx.user.countyId] });
  const [settings, version] = await Promise.all([settingsOf(ctx.db.kysely, ctx.user.countyId), readSettingsVersion(ctx.db.kysely, ctx.user.countyId)]);
  return { ...settings, version };
}

/** 办理期限设置 — changes the defaults for new assignments and re-handling rounds; only from the version the form was loaded at. */
export async function updateSettings(ctx: RequestContext, input: UpdateHandlingSettingsInput): Promise<HandlingSettings & { version: number }> {
  const before = await getSettings(ctx);
  const scope = ctx.user!.countyId ?? '';
  await ctx.db.kysely.transaction().execute(async (trx) => {
    // The defaults become rows first, so that even the first save is one versioned update per value.
    await ensureSettings(trx, ctx.user!.countyId, { deadline_days: DEFAULT_SETTINGS.deadlineDays, return_window_days: DEFAULT_SETTINGS.returnWindowDays }, ctx.now.toISOString());
    await saveVersioned(ctx, trx, 'county_settings', { scope, key: 'deadline_days' }, { value: String(input.deadlineDays) }, { expected: input.version });
    await saveVersioned(ctx, trx, 'county_settings', { scope, key: 'return_window_days' }, { value: String(input.returnWindowDays) }, { expected: input.version });
    await recordAudit(ctx, { action: 'handling.settings', subjectType: 'settings', summary: `办理期限 ${before.deadlineDays} → ${input.deadlineDays} 天；退回期限 ${before.returnWindowDays} → ${input.returnWindowDays} 天` }, trx);
  });
  return getSettings(ctx);
}
