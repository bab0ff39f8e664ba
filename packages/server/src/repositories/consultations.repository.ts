import type { ConsultationStatus } from '@shangliang/core';
import type { Insertable, Selectable } from 'kysely';
import type { ConsultationParticipantsTable, ConsultationRemarksTable, ConsultationsTable, ConsultationSupportTable } from '../db/schema-topics.js';
import type { Executor } from './types.js';

/** A stored consultation activity. */
export type ConsultationRow = Selectable<ConsultationsTable>;
/** A person or department invited to a consultation. */
export type ParticipantRow = Selectable<ConsultationParticipantsTable>;
/** A department's response or a participant's opinion at a consultation. */
export type RemarkRow = Selectable<ConsultationRemarksTable>;
/** A department's support for a consultation (venue, staff, funds …). */
export type SupportRow = Selectable<ConsultationSupportTable>;

/** Loads one consultation activity. */
export const findConsultation = (db: Executor, id: string): Promise<ConsultationRow | undefined> =>
  db.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirst();

/** A topic's consultations, earliest first. */
export const listConsultationsOfTopic = (db: Executor, topicId: string): Promise<ConsultationRow[]> =>
  db.selectFrom('consultations').selectAll().where('topic_id', '=', topicId).orderBy('starts_at').execute();

/** Inserts a consultation activity. */
export const insertConsultation = async (db: Executor, row: Insertable<ConsultationsTable>): Promise<void> => {
  await db.insertInto('consultations').values(row).execute();
};

/** Inserts the invited participants (none: nothing). */
export const insertParticipants = async (db: Executor, rows: readonly Insertable<ConsultationParticipantsTable>[]): Promise<void> => {
  if (rows.length) await db.insertInto('consultation_participants').values([...rows]).execute();
};

/** The user ids of the members invited to a consultation. */
export async function invitedMemberIds(db: Executor, consultationId: string): Promise<Set<string | null>> {
  const rows = await db.selectFrom('consultation_participants').select(['user_id']).where('consultation_id', '=', consultationId).where('kind', '=', 'member').execute();
  return new Set(rows.map((p) => p.user_id));
}

/** Stores a consultation's new status (from core's consultation table), with its minutes. */
export const setConsultationStatus = async (db: Executor, id: string, status: ConsultationStatus, minutes: string | null, at: string): Promise<void> => {
  await db.updateTable('consultations').set({ status, minutes, updated_at: at }).where('id', '=', id).execute();
};

/** Records who attended: the given members, and every participant who is not a member. */
export async function recordAttendance(db: Executor, consultationId: string, memberIds: readonly string[]): Promise<void> {
  if (memberIds.length)
    await db.updateTable('consultation_participants').set({ attended: 1 }).where('consultation_id', '=', consultationId).where('user_id', 'in', [...memberIds]).execute();
  await db.updateTable('consultation_participants').set({ attended: 1 }).where('consultation_id', '=', consultationId).where('kind', '!=', 'member').execute();
}

/** Inserts responses and opinions (none: nothing). */
export const insertRemarks = async (db: Executor, rows: readonly Insertable<ConsultationRemarksTable>[]): Promise<void> => {
  if (rows.length) await db.insertInto('consultation_remarks').values([...rows]).execute();
};

/** Inserts departments' support (none: nothing). */
export const insertSupport = async (db: Executor, rows: readonly Insertable<ConsultationSupportTable>[]): Promise<void> => {
  if (rows.length) await db.insertInto('consultation_support').values([...rows]).execute();
};

/** The participants of several consultations, in invitation order. */
export const listParticipantsOf = (db: Executor, consultationIds: readonly string[]): Promise<ParticipantRow[]> =>
  consultationIds.length ? db.selectFrom('consultation_participants').selectAll().where('consultation_id', 'in', [...consultationIds]).orderBy('seq').execute() : Promise.resolve([]);

/** The remarks of several consultations, in the order they were recorded. */
export const listRemarksOf = (db: Executor, consultationIds: readonly string[]): Promise<RemarkRow[]> =>
  consultationIds.length ? db.selectFrom('consultation_remarks').selectAll().where('consultation_id', 'in', [...consultationIds]).orderBy('seq').execute() : Promise.resolve([]);

/** The departments' support of several consultations. */
export const listSupportOf = (db: Executor, consultationIds: readonly string[]): Promise<SupportRow[]> =>
  consultationIds.length ? db.selectFrom('consultation_support').selectAll().where('consultation_id', 'in', [...consultationIds]).execute() : Promise.resolve([]);
