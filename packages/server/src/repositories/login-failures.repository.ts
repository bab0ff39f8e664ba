import { sql } from 'kysely';
import type { Executor } from './types.js';

/** The account-wide counter's source. */
export const ANY_SOURCE = '*';

/** A counter after an attempt was claimed. */
export interface AttemptClaim {
  /** Attempts counted so far, this one included (reset when a lock has run out). */
  readonly failures: number;
  readonly lockedUntil: string | null;
}

/**
 * Counts one attempt for (username, source) in a single statement, before the password is checked, so
 * that parallel guesses each see their own number: the sixth of twenty sent at once is refused unchecked.
 * A lock that has run out starts the count afresh.
 */
export async function claimAttempt(db: Executor, username: string, source: string, now: string): Promise<AttemptClaim> {
  const expired = sql<boolean>`login_failures.locked_until is not null and login_failures.locked_until <= ${now}`;
  const row = await db
    .insertInto('login_failures')
    .values({ username, source, failures: 1, locked_until: null, updated_at: now })
    .onConflict((oc) =>
      oc.columns(['username', 'source']).doUpdateSet({
        failures: sql`case when ${expired} then 1 else login_failures.failures + 1 end`,
        locked_until: sql`case when ${expired} then null else login_failures.locked_until end`,
        updated_at: now,
      }),
    )
    .returning(['failures', 'locked_until'])
    .executeTakeFirstOrThrow();
  return { failures: Number(row.failures), lockedUntil: row.locked_until };
}

/** Locks (username, source) until the given time, unless a lock is already in force. */
export async function lockSource(db: Executor, username: string, source: string, until: string, now: string): Promise<boolean> {
  const res = await db
    .updateTable('login_failures')
    .set({ locked_until: until })
    .where('username', '=', username)
    .where('source', '=', source)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/**
 * After a successful sign-in: forgets the failures from that source, and the account-wide count unless it
 * is a lock in force (the owner signing in from a usual address must not reopen the account to a spray).
 */
export async function clearFailuresAfterSuccess(db: Executor, username: string, source: string, now: string): Promise<void> {
  await db
    .deleteFrom('login_failures')
    .where('username', '=', username)
    .where((eb) =>
      eb.or([
        eb('source', '=', source),
        eb.and([eb('source', '=', ANY_SOURCE), eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)])]),
      ]),
    )
    .execute();
}

/** Forgets every failure and lock of a username (an administrator's unlock, a password reset). */
export async function clearAllFailures(db: Executor, username: string): Promise<number> {
  const res = await db.deleteFrom('login_failures').where('username', '=', username).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Removes counters untouched since `before` whose lock (if any) has run out. */
export async function purgeStaleFailures(db: Executor, before: string, now: string): Promise<number> {
  const res = await db
    .deleteFrom('login_failures')
    .where('updated_at', '<', before)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Whether the user signed in successfully from this source since `since`. */
export async function isUsualSource(db: Executor, userId: string, source: string, since: string): Promise<boolean> {
  const row = await db
    .selectFrom('login_addresses')
    .select('source')
    .where('user_id', '=', userId)
    .where('source', '=', source)
    .where('last_success_at', '>=', since)
    .executeTakeFirst();
  return row !== undefined;
}

/** Records a successful sign-in from a source. */
export async function rememberSource(db: Executor, userId: string, source: string, at: string): Promise<void> {
  await db
    .insertInto('login_addresses')
    .values({ user_id: userId, source, last_success_at: at })
    .onConflict((oc) => oc.columns(['user_id', 'source']).doUpdateSet({ last_success_at: at }))
    .execute();
}

/** Mirrors the latest lock in force into users.locked_until, which the user list shows. */
export async function refreshUserLock(db: Executor, username: string, now: string): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({
      locked_until: eb
        .selectFrom('login_failures')
        .select((s) => s.fn.max('locked_until').as('until'))
        .where('username', '=', username)
        .where('locked_until', '>', now),
    }))
    .where('username', '=', username)
    .execute();
}
