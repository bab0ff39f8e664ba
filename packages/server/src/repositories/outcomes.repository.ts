import type { Insertable, Selectable } from 'kysely';
import type { HandlingItemsTable } from '../db/schema-handling.js';
import type { OutcomesTable, SuggestionsTable } from '../db/schema-topics.js';
import type { Executor } from './types.js';

/** A stored 协商成果. */
export type OutcomeRow = Selectable<OutcomesTable>;
/** A stored numbered suggestion of an outcome. */
export type SuggestionRow = Selectable<SuggestionsTable>;

/** An accepted written answer to a suggestion, with the answering department's name. */
export interface AnswerRow {
  readonly id: string;
  readonly seq: number;
  readonly content: string;
  readonly department_name: string | null;
  readonly result_class: string;
  readonly text: string;
  readonly submitted_at: string;
}

/** The accepted answers to a topic's suggestions, by suggestion number and then oldest first. */
export const listAcceptedAnswers = (db: Executor, topicId: string): Promise<AnswerRow[]> =>
  db
    .selectFrom('suggestions as s')
    .innerJoin('feedbacks as f', 'f.suggestion_id', 's.id')
    .leftJoin('organisations as o', 'o.id', 'f.dept_id')
    .select(['s.id', 's.seq', 's.content', 'o.name as department_name', 'f.result_class', 'f.text', 'f.submitted_at'])
    .where('s.topic_id', '=', topicId)
    .where('f.status', '=', 'accepted')
    .orderBy('s.seq')
    .orderBy('f.submitted_at')
    .execute();

/** A topic's outcome (a topic has at most one). */
export const findOutcomeOfTopic = (db: Executor, topicId: string): Promise<OutcomeRow | undefined> =>
  db.selectFrom('outcomes').selectAll().where('topic_id', '=', topicId).executeTakeFirst();

/** An outcome's suggestions by number. */
export const listSuggestionsOf = (db: Executor, outcomeId: string): Promise<SuggestionRow[]> =>
  db.selectFrom('suggestions').selectAll().where('outcome_id', '=', outcomeId).orderBy('seq').execute();

/** Inserts an outcome. */
export const insertOutcome = async (db: Executor, row: Insertable<OutcomesTable>): Promise<void> => {
  await db.insertInto('outcomes').values(row).execute();
};

/** Inserts an outcome's suggestions. */
export const insertSuggestions = async (db: Executor, rows: readonly Insertable<SuggestionsTable>[]): Promise<void> => {
  await db.insertInto('suggestions').values([...rows]).execute();
};

/** Inserts the handling items the suggestions become (one per suggestion, keyed by it). */
export const insertHandlingItems = async (db: Executor, rows: readonly Insertable<HandlingItemsTable>[]): Promise<void> => {
  await db.insertInto('handling_items').values([...rows]).execute();
};

/** The topic of a suggestion, if the suggestion exists. */
export const findSuggestionTopic = (db: Executor, suggestionId: string): Promise<Pick<SuggestionRow, 'topic_id'> | undefined> =>
  db.selectFrom('suggestions').select('topic_id').where('id', '=', suggestionId).executeTakeFirst();

/** Records what a suggestion became (成果转化), in the caller's transaction. */
export const setSuggestionConversion = async (db: Executor, suggestionId: string, conversion: string | null): Promise<void> => {
  await db.updateTable('suggestions').set({ conversion }).where('id', '=', suggestionId).execute();
};
