import type { Insertable, Selectable } from 'kysely';
import type { TopicEventsTable, TopicsTable } from '../db/schema-topics.js';
import { encodeCursor, type ProposalSource, type TopicCategory, type TopicFacts, type TopicState } from '@shangliang/core';
import { newId } from './ids.js';
import { tallyTopics } from './tallies.repository.js';
import { containsText, type Executor, inCountyScope, nextEventSeq } from './types.js';

/** A stored topic. */
export type TopicRow = Selectable<TopicsTable>;
/** A stored timeline entry. */
export type TopicEventRow = Selectable<TopicEventsTable>;

/** Filters of the topic list; `countyScope` limits to those counties (null = city topics). */
export interface TopicFilter {
  readonly countyScope?: readonly (string | null)[] | undefined;
  readonly countyId?: string | undefined;
  readonly year?: number | undefined;
  readonly planId?: string | undefined;
  readonly state?: TopicState | undefined;
  readonly source?: ProposalSource | undefined;
  readonly category?: TopicCategory | undefined;
  readonly q?: string | undefined;
}

/** Loads one topic. */
export const findTopic = (db: Executor, id: string): Promise<TopicRow | undefined> =>
  db.selectFrom('topics').selectAll().where('id', '=', id).executeTakeFirst();

function filtered(db: Executor, f: TopicFilter) {
  let q = db.selectFrom('topics');
  if (f.countyScope) q = q.where(inCountyScope('topics.county_id', f.countyScope));
  if (f.countyId) q = q.where('topics.county_id', '=', f.countyId);
  if (f.planId) q = q.where('topics.plan_id', '=', f.planId);
  // A topic's year is its plan's; a topic outside any plan counts in the year it was created.
  if (f.year)
    q = q.where((eb) =>
      eb.or([
        eb('topics.plan_id', 'in', db.selectFrom('plans').select('id').where('year', '=', f.year!)),
        eb.and([eb('topics.plan_id', 'is', null), eb('topics.created_at', 'like', `${f.year}-%`)]),
      ]),
    );
  if (f.category) q = q.where('topics.category', '=', f.category);
  if (f.q) q = q.where(containsText('topics.title', f.q));
  if (f.source)
    q = q.where('topics.id', 'in', db.selectFrom('proposals').select('topic_id').where('source', '=', f.source).where('topic_id', 'is not', null) as never);
  return q;
}

/** Lists topics, newest first, with the total and counts by state (before the state filter). */
export async function listTopics(
  db: Executor,
  filter: TopicFilter,
  page: { page: number; pageSize: number; after?: readonly string[] | undefined },
): Promise<{ rows: TopicRow[]; total: number; countsByState: Record<string, number>; nextCursor: string | null }> {
  const countsByState = await countByState(db, filter);
  let q = filtered(db, filter);
  if (filter.state) q = q.where('topics.state', '=', filter.state);
  const total = filter.state ? (countsByState[filter.state] ?? 0) : Object.values(countsByState).reduce((a, b) => a + b, 0);
  // Late row lookup: the page's ids come from the index alone, so page 2,000 skips index entries, not rows;
  // with a cursor (加载更多) the page starts at its key in the index and skips nothing.
  const [at, id] = page.after ?? [];
  // A row-value comparison, which both engines read as one range of the (updated_at, id) index.
  if (at !== undefined && id !== undefined) q = q.where((eb) => eb(eb.refTuple('topics.updated_at', 'topics.id'), '<', eb.tuple(at, id)));
  const ids = q
    .select('topics.id')
    .orderBy('topics.updated_at', 'desc')
    .orderBy('topics.id', 'desc')
    .limit(page.pageSize)
    .offset(page.after ? 0 : (page.page - 1) * page.pageSize);
  const rows = await db.selectFrom('topics').selectAll().where('id', 'in', ids).orderBy('updated_at', 'desc').orderBy('id', 'desc').execute();
  const last = rows.at(-1);
  const nextCursor = last && rows.length === page.pageSize ? encodeCursor([last.updated_at, last.id]) : null;
  return { rows, total, countsByState, nextCursor };
}

/** A filter's topics by state: from the kept tallies when it narrows by county alone, else counted. */
async function countByState(db: Executor, filter: TopicFilter): Promise<Record<string, number>> {
  const { countyScope, countyId, year, planId, source, category, q } = filter;
  if (!year && !planId && !source && !category && !q) {
    const scope = countyId ? (countyScope && !countyScope.includes(countyId) ? [] : [countyId]) : countyScope;
    return tallyTopics(db, scope);
  }
  const counts = await filtered(db, filter)
    .select(['topics.state', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('topics.state')
    .execute();
  return Object.fromEntries(counts.map((c) => [c.state, Number(c.n)]));
}

/** Inserts a topic (always in `draft`). */
export const insertTopic = async (db: Executor, row: Insertable<TopicsTable>): Promise<void> => {
  await db.insertInto('topics').values(row).execute();
};

/** Appends an entry to a topic's timeline, numbered by the topic's counter (see nextEventSeq). */
export async function appendTopicEvent(db: Executor, row: Omit<Insertable<TopicEventsTable>, 'id' | 'seq'>): Promise<void> {
  const seq = await nextEventSeq(db, 'topics', 'id', row.topic_id);
  await db.insertInto('topic_events').values({ ...row, id: newId(), seq }).execute();
}

/** A topic's timeline in order. */
export const listTopicEvents = (db: Executor, topicId: string): Promise<TopicEventRow[]> =>
  db.selectFrom('topic_events').selectAll().where('topic_id', '=', topicId).orderBy('seq').execute();

/** What the lifecycle guards need to know about a topic. */
export async function topicFacts(db: Executor, topic: TopicRow): Promise<TopicFacts> {
  const count = async (table: 'research_reports' | 'preparations' | 'consultations' | 'suggestions', extra?: (q: any) => any) => {
    let q = db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('topic_id', '=', topic.id);
    if (extra) q = extra(q);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  const settledQuery = db.selectFrom('handling_items').select((eb) => eb.fn.countAll<number>().as('n')).where('topic_id', '=', topic.id).where('state', '=', 'settled');
  const [researchReports, priorReports, solutions, consultationsHeld, outcomeSuggestions, settled] = await Promise.all([
    count('research_reports'),
    count('preparations', (q) => q.where('kind', '=', 'prior_report')),
    count('preparations', (q) => q.where('kind', '=', 'solution')),
    count('consultations', (q) => q.where('status', '=', 'held')),
    count('suggestions'),
    settledQuery.executeTakeFirstOrThrow(),
  ]);
  return {
    researchReports,
    sensitive: topic.sensitive === 1,
    longStanding: topic.long_standing === 1,
    priorReportRecorded: priorReports > 0,
    solutionStudied: solutions > 0,
    consultationsHeld,
    outcomeSuggestions,
    suggestionsSettled: Number(settled.n),
  };
}

/** The titles of several topics, in one query. */
export async function findTopicTitles(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('topics').select(['id', 'title']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, r.title]));
}
