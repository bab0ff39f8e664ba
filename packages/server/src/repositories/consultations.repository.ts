import type { Selectable } from 'kysely';
import type { ConsultationsTable } from '../db/schema-topics.js';
import type { Executor } from './types.js';

/** A stored consultation activity. */
export type ConsultationRow = Selectable<ConsultationsTable>;

/** Loads one consultation activity. */
export const findConsultation = (db: Executor, id: string): Promise<ConsultationRow | undefined> =>
  db.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirst();
