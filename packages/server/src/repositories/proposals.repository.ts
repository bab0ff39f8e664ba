import type { ProposalSource, ProposalStatus, TopicCategory } from '@shangliang/core';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ProposalsTable } from '../db/schema-topics.js';
import { tallyProposals } from './tallies.repository.js';
import { containsText, type Executor, inCountyScope } from './types.js';

/** A stored proposal. */
export type ProposalRow = Selectable<ProposalsTable>;

/** Filters of the proposal pool: a county's pool, or one proposer's own. */
export interface ProposalFilter {
  readonly proposerUserId?: string | undefined;
  readonly countyId?: string | null | undefined;
  readonly status?: ProposalStatus | undefined;
  readonly source?: ProposalSource | undefined;
  readonly category?: TopicCategory | undefined;
  readonly q?: string | undefined;
}

function filtered(db: Executor, f: Omit<ProposalFilter, 'status'>) {
  let q = db.selectFrom('proposals');
  if (f.proposerUserId) q = q.where('proposer_user_id', '=', f.proposerUserId);
  if (f.countyId !== undefined) q = q.where(inCountyScope('county_id', [f.countyId]));
  if (f.source) q = q.where('source', '=', f.source);
  if (f.category) q = q.where('category', '=', f.category);
  if (f.q) q = q.where(containsText('title', f.q));
  return q;
}

/** A page of proposals, newest first, with the total and the counts by status (before the status filter). */
export async function pageProposals(db: Executor, f: ProposalFilter, page: { page: number; pageSize: number }): Promise<{ rows: ProposalRow[]; total: number; countsByStatus: Record<string, number> }> {
  const countsByStatus = await countByStatus(db, f);
  const q = f.status ? filtered(db, f).where('status', '=', f.status) : filtered(db, f);
  const total = f.status ? (countsByStatus[f.status] ?? 0) : Object.values(countsByStatus).reduce((a, b) => a + b, 0);
  // Late row lookup, as for topics: the page's ids come from the (county_id, created_at, id) index.
  const ids = q.select('id').orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.pageSize).offset((page.page - 1) * page.pageSize);
  const rows = await db.selectFrom('proposals').selectAll().where('id', 'in', ids).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return { rows, total, countsByStatus };
}

/** A filter's proposals by status: from the kept tallies for a county's whole pool, else counted. */
async function countByStatus(db: Executor, f: ProposalFilter): Promise<Record<string, number>> {
  if (f.countyId !== undefined && !f.proposerUserId && !f.source && !f.category && !f.q) return tallyProposals(db, [f.countyId]);
  const counts = await filtered(db, f).select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  return Object.fromEntries(counts.map((c) => [c.status, Number(c.n)]));
}

/** Loads one proposal. */
export const findProposal = (db: Executor, id: string): Promise<ProposalRow | undefined> =>
  db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();

/** Loads several proposals by id, oldest first. */
export const findProposals = (db: Executor, ids: readonly string[]): Promise<ProposalRow[]> =>
  ids.length ? db.selectFrom('proposals').selectAll().where('id', 'in', [...ids]).orderBy('created_at').orderBy('id').execute() : Promise.resolve([]);

/** The proposal a portal submission with this idempotency key created, if any. */
export const findProposalByKey = (db: Executor, idempotencyKey: string): Promise<Pick<ProposalRow, 'tracking_code' | 'created_at'> | undefined> =>
  db.selectFrom('proposals').select(['tracking_code', 'created_at']).where('idempotency_key', '=', idempotencyKey).executeTakeFirst();

/** Loads the proposal of a 查询码. */
export const findProposalByCode = (db: Executor, trackingCode: string): Promise<ProposalRow | undefined> =>
  db.selectFrom('proposals').selectAll().where('tracking_code', '=', trackingCode).executeTakeFirst();

/** The proposals merged into a topic, oldest first. */
export const listProposalsOfTopic = (db: Executor, topicId: string): Promise<ProposalRow[]> =>
  db.selectFrom('proposals').selectAll().where('topic_id', '=', topicId).orderBy('created_at').execute();

/** The source of every proposal merged into the given topics, in one query. */
export const proposalSourcesOf = (db: Executor, topicIds: readonly string[]): Promise<{ topic_id: string | null; source: string }[]> =>
  topicIds.length ? db.selectFrom('proposals').select(['topic_id', 'source']).where('topic_id', 'in', [...topicIds]).execute() : Promise.resolve([]);

/** Inserts a proposal. */
export const insertProposal = async (db: Executor, row: Insertable<ProposalsTable>): Promise<void> => {
  await db.insertInto('proposals').values(row).execute();
};

/** Applies the same change to several proposals (screening, merging), in the caller's transaction. */
export const updateProposals = async (db: Executor, ids: readonly string[], patch: Updateable<ProposalsTable>): Promise<void> => {
  await db.updateTable('proposals').set(patch).where('id', 'in', [...ids]).execute();
};
