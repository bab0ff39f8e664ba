import type { Insertable, Selectable } from 'kysely';
import type { FollowUpsTable, InstructionActionsTable, InstructionsTable } from '../db/schema-handling.js';
import type { Executor } from './types.js';

/** A stored 领导批示. */
export type InstructionRow = Selectable<InstructionsTable>;
/** A stored follow-up action of an instruction. */
export type InstructionActionRow = Selectable<InstructionActionsTable>;
/** A stored 跟踪问效 activity. */
export type FollowUpRow = Selectable<FollowUpsTable>;

/** Inserts an instruction. */
export const insertInstruction = async (db: Executor, row: Insertable<InstructionsTable>): Promise<void> => {
  await db.insertInto('instructions').values(row).execute();
};

/** Inserts an instruction's follow-up actions (none is a no-op). */
export const insertInstructionActions = async (db: Executor, rows: readonly Insertable<InstructionActionsTable>[]): Promise<void> => {
  if (rows.length) await db.insertInto('instruction_actions').values([...rows]).execute();
};

/** Loads one follow-up action with the topic of its instruction. */
export const findInstructionAction = (db: Executor, actionId: string): Promise<Pick<InstructionActionRow, 'id' | 'text' | 'done_on'> & { topic_id: string } | undefined> =>
  db
    .selectFrom('instruction_actions as a')
    .innerJoin('instructions as i', 'i.id', 'a.instruction_id')
    .select(['a.id', 'a.text', 'a.done_on', 'i.topic_id'])
    .where('a.id', '=', actionId)
    .executeTakeFirst();

/** Marks a follow-up action done on a day, in the caller's transaction. */
export const setInstructionActionDone = async (db: Executor, actionId: string, doneOn: string): Promise<void> => {
  await db.updateTable('instruction_actions').set({ done_on: doneOn }).where('id', '=', actionId).execute();
};

/** A topic's instructions, by the day they were given. */
export const listInstructionsOfTopic = (db: Executor, topicId: string): Promise<InstructionRow[]> =>
  db.selectFrom('instructions').selectAll().where('topic_id', '=', topicId).orderBy('given_on').execute();

/** The follow-up actions of several instructions, in their order. */
export const listInstructionActionsOf = (db: Executor, instructionIds: readonly string[]): Promise<InstructionActionRow[]> =>
  instructionIds.length ? db.selectFrom('instruction_actions').selectAll().where('instruction_id', 'in', [...instructionIds]).orderBy('seq').execute() : Promise.resolve([]);

/** Inserts a follow-up activity. */
export const insertFollowUp = async (db: Executor, row: Insertable<FollowUpsTable>): Promise<void> => {
  await db.insertInto('follow_ups').values(row).execute();
};

/** A topic's follow-up activities, by date. */
export const listFollowUpsOfTopic = (db: Executor, topicId: string): Promise<FollowUpRow[]> =>
  db.selectFrom('follow_ups').selectAll().where('topic_id', '=', topicId).orderBy('date').execute();
