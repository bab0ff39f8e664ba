import type { OrgKind } from '@shangliang/core';
import type { Executor } from './types.js';

/**
 * What the public portal reads: only columns that are public anyway (names, places), never contact
 * details or records in progress.
 */

/** Active counties in their order, with their public names. */
export const listPublicCounties = (db: Executor) =>
  db
    .selectFrom('organisations')
    .select(['id', 'name', 'region_name', 'party_name'])
    .where('kind', '=', 'county')
    .where('active', '=', 1)
    .orderBy('sort_order')
    .execute();

/** Active organisations of the given kinds, counted per county and kind. */
export const countOrgsByCountyAndKind = (db: Executor, kinds: readonly OrgKind[]) =>
  db
    .selectFrom('organisations')
    .select(['county_id', 'kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('kind', 'in', [...kinds])
    .where('active', '=', 1)
    .groupBy(['county_id', 'kind'])
    .execute();

/** Active contact points by name, with their county's name. */
export const listPublicContactPoints = (db: Executor) =>
  db
    .selectFrom('contact_points as c')
    .leftJoin('organisations as o', 'o.id', 'c.county_id')
    .select(['c.id', 'c.name', 'o.name as county_name', 'c.address'])
    .where('c.active', '=', 1)
    .orderBy('c.name')
    .execute();
