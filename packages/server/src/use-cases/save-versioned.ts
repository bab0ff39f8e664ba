import type { Updateable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { RequestContext } from './context.js';
import { VersionConflict } from './refusals.js';
import type { Executor } from '../repositories/types.js';
import { findVersionStamp, type RowMatch, updateVersioned, type VersionedTable } from '../repositories/versioned.repository.js';

/** What a versioned save checks besides the key. */
export interface SaveChecks {
  /** The version the form was loaded at: the save applies only while the row is still at it. */
  readonly expected?: number | undefined;
  /** Further conditions, e.g. the state a transition starts from. */
  readonly guard?: RowMatch;
}

/**
 * Every write to an editable record goes through here: it adds one to the row's version and stamps who
 * saved it and when. With `checks.expected`, a row saved by someone else since then throws 409
 * VERSION_CONFLICT, so the caller's transaction rolls back whole. False when only the guard did not match.
 */
export async function saveVersioned<T extends VersionedTable>(
  ctx: RequestContext,
  exec: Executor,
  table: T,
  key: RowMatch,
  patch: Omit<Updateable<Database[T]>, 'version' | 'updated_at' | 'updated_by'>,
  checks: SaveChecks = {},
): Promise<boolean> {
  const res = await updateVersioned(exec, table, key, patch, { at: ctx.now.toISOString(), by: ctx.user?.id ?? null }, checks.expected, checks.guard);
  if (res.ok) return true;
  if (checks.expected !== undefined && res.current && res.current.version !== checks.expected) throw new VersionConflict(res.current);
  return false;
}

/**
 * Refuses an action sent from a page older than the row just loaded, with the same 409 as a stale save —
 * before the action's own checks could refuse it for a reason that would puzzle the user (the item was
 * settled meanwhile, say). The save that follows still checks the version in its own statement.
 */
export async function refuseStale(exec: Executor, table: VersionedTable, key: RowMatch, loaded: number, expected: number | undefined): Promise<void> {
  if (expected === undefined || expected === loaded) return;
  const current = await findVersionStamp(exec, table, key);
  throw new VersionConflict(current ?? { version: loaded, updatedBy: null, updatedAt: '' });
}
