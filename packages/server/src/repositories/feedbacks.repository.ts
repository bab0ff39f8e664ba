import type { Insertable, Selectable } from 'kysely';
import type { CoOpinionsTable, FeedbacksTable } from '../db/schema-handling.js';
import type { Executor } from './types.js';

/** A stored 书面反馈 of a lead department. */
export type FeedbackRow = Selectable<FeedbacksTable>;
/** A stored 会办意见 of a co-handling department. */
export type CoOpinionRow = Selectable<CoOpinionsTable>;

/** Inserts a written reply. */
export const insertFeedback = async (db: Executor, row: Insertable<FeedbacksTable>): Promise<void> => {
  await db.insertInto('feedbacks').values(row).execute();
};

/** The replies to several suggestions, oldest first; with `exceptReturned`, without those sent back for revision. */
export function listFeedbacksOf(db: Executor, suggestionIds: readonly string[], opts: { exceptReturned?: boolean } = {}): Promise<FeedbackRow[]> {
  if (suggestionIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('feedbacks').selectAll().where('suggestion_id', 'in', [...suggestionIds]);
  if (opts.exceptReturned) q = q.where('status', '!=', 'returned');
  return q.orderBy('submitted_at').orderBy('round').execute();
}

/** Sets the review of a suggestion's reply of one round that still awaits review, in the caller's transaction. */
export const reviewSubmittedFeedback = async (
  db: Executor,
  suggestionId: string,
  round: number,
  review: Pick<FeedbackRow, 'status' | 'review_note' | 'reviewed_at'>,
): Promise<void> => {
  await db.updateTable('feedbacks').set(review).where('suggestion_id', '=', suggestionId).where('round', '=', round).where('status', '=', 'submitted').execute();
};

/** The ids of the accepted replies to a topic's suggestions. */
export const listAcceptedFeedbackIdsOfTopic = (db: Executor, topicId: string): Promise<{ id: string }[]> =>
  db.selectFrom('feedbacks').select('id').where('status', '=', 'accepted').where('suggestion_id', 'in', db.selectFrom('suggestions').select('id').where('topic_id', '=', topicId)).execute();

/** Inserts a co-handling opinion. */
export const insertCoOpinion = async (db: Executor, row: Insertable<CoOpinionsTable>): Promise<void> => {
  await db.insertInto('co_opinions').values(row).execute();
};

/** A suggestion's co-handling opinions, oldest first. */
export const listCoOpinionsOf = (db: Executor, suggestionId: string): Promise<CoOpinionRow[]> =>
  db.selectFrom('co_opinions').selectAll().where('suggestion_id', '=', suggestionId).orderBy('at').execute();
