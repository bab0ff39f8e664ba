import type { ExperienceStatus } from '@shangliang/core';
import type { Insertable, Selectable } from 'kysely';
import type { ExperiencesTable } from '../db/schema-city.js';
import { type PageOf, pageOf, type PageRequest } from './paging.js';
import { containsText, type Executor } from './types.js';

/** A stored experience summary. */
export type ExperienceRow = Selectable<ExperiencesTable>;

/** Which summaries a list shows. */
export interface ExperienceFilter {
  /** Only these statuses (readers who may not see drafts get ['published']). */
  readonly statuses: readonly ExperienceStatus[];
  readonly q?: string | undefined;
}

/** Loads one summary. */
export const findExperience = (db: Executor, id: string): Promise<ExperienceRow | undefined> =>
  db.selectFrom('experiences').selectAll().where('id', '=', id).executeTakeFirst();

/** Summaries, drafts first then the newest published, a page at a time. */
export function listExperiences(db: Executor, filter: ExperienceFilter, page: PageRequest): Promise<PageOf<ExperienceRow>> {
  let q = db.selectFrom('experiences').where('status', 'in', [...filter.statuses]);
  if (filter.q) q = q.where(containsText('title', filter.q));
  return pageOf(q.selectAll().orderBy('status').orderBy('published_at', 'desc').orderBy('created_at', 'desc').orderBy('id'), page);
}

/** Inserts a summary. */
export const insertExperience = async (db: Executor, row: Insertable<ExperiencesTable>): Promise<void> => {
  await db.insertInto('experiences').values(row).execute();
};

/** A linked topic as a summary shows it: title, county and whether it is a published 典型案例. */
export interface LinkedTopicRow {
  readonly id: string;
  readonly title: string;
  readonly county_id: string | null;
  readonly county_name: string | null;
  readonly published_as_case: number;
}

/** Several topics with their county's name, in one query. */
export async function findLinkedTopics(db: Executor, ids: readonly string[]): Promise<Map<string, LinkedTopicRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('topics as t')
    .leftJoin('organisations as o', 'o.id', 't.county_id')
    .select(['t.id', 't.title', 't.county_id', 'o.name as county_name', 't.published_as_case'])
    .where('t.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, { ...r, published_as_case: Number(r.published_as_case) }]));
}
