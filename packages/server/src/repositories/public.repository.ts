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

/** 典型案例: concluded topics the office published as cases, newest first, with their county's name. */
export const listCaseTopics = (db: Executor, limit: number) =>
  db
    .selectFrom('topics as t')
    .leftJoin('organisations as o', 'o.id', 't.county_id')
    .select(['t.id', 't.title', 't.description', 't.updated_at', 'o.name as county_name'])
    .where('t.published_as_case', '=', 1)
    .where('t.state', '=', 'concluded')
    .orderBy('t.updated_at', 'desc')
    .orderBy('t.id')
    .limit(limit)
    .execute();

/** Per case topic: how many suggestions its outcome had, and the forms of its consultations. */
export async function caseFacts(db: Executor, topicIds: readonly string[]): Promise<Map<string, { suggestions: number; forms: string[] }>> {
  const out = new Map(topicIds.map((id) => [id, { suggestions: 0, forms: [] as string[] }]));
  if (!topicIds.length) return out;
  const [suggestions, forms] = await Promise.all([
    db.selectFrom('suggestions as s').innerJoin('outcomes as o', 'o.id', 's.outcome_id').select(['o.topic_id', (eb) => eb.fn.countAll<number>().as('n')]).where('o.topic_id', 'in', topicIds).groupBy('o.topic_id').execute(),
    db.selectFrom('consultations').select(['topic_id', 'form']).distinct().where('topic_id', 'in', topicIds).execute(),
  ]);
  for (const r of suggestions) out.get(r.topic_id)!.suggestions = Number(r.n);
  for (const r of forms) out.get(r.topic_id)!.forms.push(r.form);
  return out;
}
