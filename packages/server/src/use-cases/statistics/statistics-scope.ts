import { can } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { AppError, notFound } from '../refusals.js';
import { authorize } from '../authorize.js';
import { findOrg } from '../../repositories/organisations.repository.js';

/** Whose statistics are read: a county, or (id null) the city's own records. */
export interface StatisticsCounty {
  readonly id: string | null;
  readonly name: string;
}

/**
 * The county a statistics request is about, once the policy allows it: the one asked for, or the active
 * organisation's own (the city office's own records). Another county's statistics are refused with 403.
 */
export async function resolveStatisticsCounty(ctx: RequestContext, countyId: string | undefined): Promise<StatisticsCounty> {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  const id = countyId ?? ctx.user.countyId;
  const org = id ? await findOrg(ctx.db.kysely, id) : undefined;
  if (id && (!org || org.kind !== 'county')) throw notFound('县（市、区）');
  await authorize(ctx, 'statistics.read', { type: 'statistics', scope: [id] });
  return { id, name: org ? (org.region_name ?? org.name) : '临汾市政协（市本级）' };
}

/** Whether the actor may open the city dashboard (the console's drill-down back link, the thresholds form). */
export const readsCity = (ctx: RequestContext): boolean => can(ctx.actor, 'statistics.read_city', { type: 'statistics', scope: [null] }).ok;
