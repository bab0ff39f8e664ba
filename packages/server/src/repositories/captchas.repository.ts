import type { Insertable, Selectable } from 'kysely';
import type { CaptchasTable } from '../db/schema-topics.js';
import type { Executor } from './types.js';

/** A stored portal question. */
export type CaptchaRow = Selectable<CaptchasTable>;

/** Stores a question with its answer and expiry. */
export const insertCaptcha = async (db: Executor, row: Insertable<CaptchasTable>): Promise<void> => {
  await db.insertInto('captchas').values(row).execute();
};

/** Loads one question. */
export const findCaptcha = (db: Executor, id: string): Promise<CaptchaRow | undefined> =>
  db.selectFrom('captchas').selectAll().where('id', '=', id).executeTakeFirst();

/** Marks a question used if it is still unused and unexpired at `now`, in one statement; true when it was. */
export async function useCaptcha(db: Executor, id: string, now: string): Promise<boolean> {
  const res = await db.updateTable('captchas').set({ used: 1 }).where('id', '=', id).where('used', '=', 0).where('expires_at', '>', now).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
