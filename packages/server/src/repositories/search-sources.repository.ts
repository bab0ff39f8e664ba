import type { ProposalStatus } from '@shangliang/core';
import type { Executor } from './types.js';

/** What the search index reads of each kind of record, by id (all ids of a kind in `allIdsOf`). */

/** Proposals with their county, topic, author (members' own) and status. */
export const proposalSources = (exec: Executor, ids: readonly string[]) =>
  exec.selectFrom('proposals').select(['id', 'title', 'description', 'county_id', 'topic_id', 'source', 'proposer_user_id', 'status', 'created_at as at']).where('id', 'in', [...ids]).execute();

/** Topics with whether the portal shows them (a published case, or answers made public). */
export const topicSources = (exec: Executor, ids: readonly string[]) =>
  exec.selectFrom('topics').select(['id', 'title', 'description', 'county_id', 'state', 'published_as_case', 'answers_published_at', 'updated_at as at']).where('id', 'in', [...ids]).execute();

/** Suggestions with their item's county, topic, state and departments. */
export const suggestionSources = (exec: Executor, ids: readonly string[]) =>
  exec
    .selectFrom('suggestions as s')
    .innerJoin('topics as t', 't.id', 's.topic_id')
    .leftJoin('handling_items as h', 'h.suggestion_id', 's.id')
    .select(['s.id', 's.seq', 's.content', 's.topic_id', 't.title as topic_title', 't.county_id', 't.answers_published_at', 'h.state', 'h.lead_dept_id', 'h.co_dept_ids', 's.created_at as at'])
    .where('s.id', 'in', [...ids])
    .execute();

/** Departments' written answers with their item's topic and county. */
export const feedbackSources = (exec: Executor, ids: readonly string[]) =>
  exec
    .selectFrom('feedbacks as f')
    .innerJoin('suggestions as s', 's.id', 'f.suggestion_id')
    .innerJoin('topics as t', 't.id', 's.topic_id')
    .leftJoin('organisations as o', 'o.id', 'f.dept_id')
    .select(['f.id', 'f.suggestion_id', 'f.text', 'f.status', 'f.dept_id', 'f.submitted_at as at', 's.seq', 's.topic_id', 't.title as topic_title', 't.county_id', 't.answers_published_at', 'o.name as dept_name'])
    .where('f.id', 'in', [...ids])
    .execute();

/** Opinions recorded at consultations, with the topic and county. */
export const opinionSources = (exec: Executor, ids: readonly string[]) =>
  exec
    .selectFrom('consultation_remarks as r')
    .innerJoin('consultations as c', 'c.id', 'r.consultation_id')
    .innerJoin('topics as t', 't.id', 'c.topic_id')
    .select(['r.id', 'r.speaker', 'r.content', 'c.topic_id', 't.title as topic_title', 't.county_id', 'c.starts_at as at'])
    .where('r.id', 'in', [...ids])
    .execute();

/** Statements of 网络协商 rooms, with the room's audience, topic and county. */
export const statementSources = (exec: Executor, ids: readonly string[]) =>
  exec
    .selectFrom('room_statements as st')
    .innerJoin('rooms as r', 'r.id', 'st.room_id')
    .select(['st.id', 'st.room_id', 'st.text', 'st.status', 'r.audience', 'r.title as room_title', 'r.topic_id', 'r.county_id', 'st.created_at as at'])
    .where('st.id', 'in', [...ids])
    .execute();

const TABLES = { proposal: ['proposals', 'id'], topic: ['topics', 'id'], suggestion: ['suggestions', 'id'], feedback: ['feedbacks', 'id'], opinion: ['consultation_remarks', 'id'], statement: ['room_statements', 'id'] } as const;

/** One page of the ids of a kind of record, in id order after `after` (for a rebuild). */
export async function idsOf(exec: Executor, kind: keyof typeof TABLES, after: string | null, limit: number): Promise<string[]> {
  const [table] = TABLES[kind];
  let q = exec.selectFrom(table).select('id').orderBy('id').limit(limit);
  if (after) q = q.where('id', '>', after);
  return (await q.execute()).map((r) => r.id);
}

/** The answers (all rounds) of one suggestion. */
export async function feedbacksOf(exec: Executor, suggestionId: string): Promise<string[]> {
  return (await exec.selectFrom('feedbacks').select('id').where('suggestion_id', '=', suggestionId).execute()).map((r) => r.id);
}

/** The ids of the records of a topic that carry its state or title into the index (its suggestions, answers, opinions). */
export async function recordsOfTopic(exec: Executor, topicId: string): Promise<{ suggestions: string[]; feedbacks: string[]; opinions: string[] }> {
  const [s, f, o] = await Promise.all([
    exec.selectFrom('suggestions').select('id').where('topic_id', '=', topicId).execute(),
    exec.selectFrom('feedbacks as f').innerJoin('suggestions as s', 's.id', 'f.suggestion_id').select('f.id').where('s.topic_id', '=', topicId).execute(),
    exec.selectFrom('consultation_remarks as r').innerJoin('consultations as c', 'c.id', 'r.consultation_id').select('r.id').where('c.topic_id', '=', topicId).execute(),
  ]);
  return { suggestions: s.map((r) => r.id), feedbacks: f.map((r) => r.id), opinions: o.map((r) => r.id) };
}

/** The names of the organisation tree and the contact points, for the segmenter's dictionary. */
export async function listDictionaryNames(exec: Executor): Promise<{ orgs: { name: string; kind: string }[]; points: { name: string }[] }> {
  const [orgs, points] = await Promise.all([exec.selectFrom('organisations').select(['name', 'kind']).execute(), exec.selectFrom('contact_points').select('name').execute()]);
  return { orgs, points };
}

/** The open proposals of a county with the given statuses, for grouping: texts and category, oldest first. */
export const poolTexts = (exec: Executor, countyId: string, statuses: readonly ProposalStatus[]) =>
  exec.selectFrom('proposals').select(['id', 'title', 'description', 'category']).where('county_id', '=', countyId).where('status', 'in', [...statuses]).orderBy('created_at').orderBy('id').execute();

/** The names of a county's places (townships, villages, communities) and contact points, for finding places in texts. */
export async function placeNamesOf(exec: Executor, countyId: string): Promise<string[]> {
  const [orgs, points] = await Promise.all([
    exec.selectFrom('organisations').select('name').where('county_id', '=', countyId).where('kind', 'in', ['township', 'village', 'community']).execute(),
    exec.selectFrom('contact_points').select('name').where('county_id', '=', countyId).execute(),
  ]);
  return [...orgs.map((o) => o.name), ...points.map((p) => p.name)];
}
