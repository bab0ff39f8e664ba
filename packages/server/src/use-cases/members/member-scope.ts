import { dayInShanghai } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { AppError, notFound } from '../refusals.js';
import { findOrg } from '../../repositories/organisations.repository.js';

/** The city's own records: the query's countyId for the city CPPCC's members and rules. */
export const CITY = 'city';

/** The scope a query names: 'city' is the city (null), none is the actor's own county; a county must exist. */
export async function resolveCounty(ctx: RequestContext, countyId: string | undefined): Promise<string | null> {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  if (countyId === undefined) return ctx.user.countyId;
  if (countyId === CITY) return null;
  const org = await findOrg(ctx.db.kysely, countyId);
  if (!org || org.kind !== 'county') throw notFound('县（市、区）');
  return countyId;
}

/** The name of a scope, as the archives head their pages. */
export async function scopeName(ctx: RequestContext, countyId: string | null): Promise<string> {
  if (countyId === null) return '临汾市政协';
  // A county's organisation is already named 尧都区政协: do not say 政协 twice.
  const name = (await findOrg(ctx.db.kysely, countyId))?.name ?? '';
  return name.endsWith('政协') ? name : `${name}政协`;
}

/** This year in Beijing. */
export const currentYear = (ctx: RequestContext): number => Number(dayInShanghai(ctx.now).slice(0, 4));
