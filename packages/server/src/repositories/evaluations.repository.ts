import type { Insertable, Selectable } from 'kysely';
import type { EvaluationsTable } from '../db/schema-handling.js';
import type { Executor } from './types.js';

/** A stored 满意度测评. */
export type EvaluationRow = Selectable<EvaluationsTable>;

/** Inserts an evaluation. */
export const insertEvaluation = async (db: Executor, row: Insertable<EvaluationsTable>): Promise<void> => {
  await db.insertInto('evaluations').values(row).execute();
};

/** The evaluations of several suggestions, oldest first. */
export const listEvaluationsOf = (db: Executor, suggestionIds: readonly string[]): Promise<EvaluationRow[]> =>
  suggestionIds.length ? db.selectFrom('evaluations').selectAll().where('suggestion_id', 'in', [...suggestionIds]).orderBy('at').orderBy('round').execute() : Promise.resolve([]);

/** The ratings of several suggestions' evaluations, oldest first (a list shows the latest only). */
export const listRatingsOf = (db: Executor, suggestionIds: readonly string[]): Promise<Pick<EvaluationRow, 'suggestion_id' | 'rating'>[]> =>
  suggestionIds.length ? db.selectFrom('evaluations').select(['suggestion_id', 'rating']).where('suggestion_id', 'in', [...suggestionIds]).orderBy('at').orderBy('round').execute() : Promise.resolve([]);
