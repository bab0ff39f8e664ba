import type { VersionStamp } from '@shangliang/core';
import type { Kysely } from 'kysely';
import type { Executor } from './types.js';

/** Tables whose rows carry version, updated_by and updated_at (migration 0007). */
export type VersionedTable = 'topics' | 'plans' | 'venues' | 'contact_points' | 'organisations' | 'users' | 'handling_items' | 'county_settings' | 'rooms' | 'point_rule_sets' | 'contact_point_visits' | 'experiences' | 'document_settings' | 'thesaurus_groups';

/** Column values that pick rows, e.g. `{id}` or `{scope, key}`. */
export type RowMatch = Readonly<Record<string, string | number>>;

/** Who writes, and when. */
export interface WriteStamp {
  readonly at: string;
  readonly by: string | null;
}

/** Whether the update matched its row; when it did not, the row's current stamp (undefined: no such row). */
export type VersionedUpdate = { readonly ok: true } | { readonly ok: false; readonly current: VersionStamp | undefined };

// The helper serves eight tables whose shared columns TypeScript cannot see through a union of names;
// the callers' patches are typed where they are built.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loose = (db: Executor) => db as unknown as Kysely<any>;

/**
 * `UPDATE table SET …patch, version = version + 1, updated_at, updated_by WHERE key [AND version = expected] [AND guard]`:
 * one statement, so that two saves of the same version cannot both succeed. When no row matched, reads who
 * saved the row last, in the same transaction.
 */
export async function updateVersioned(
  db: Executor,
  table: VersionedTable,
  key: RowMatch,
  patch: Readonly<Record<string, unknown>>,
  stamp: WriteStamp,
  expected?: number,
  guard?: RowMatch,
): Promise<VersionedUpdate> {
  let q = loose(db)
    .updateTable(table)
    .set((eb) => ({ ...patch, version: eb('version', '+', 1), updated_at: stamp.at, updated_by: stamp.by }));
  for (const [column, value] of Object.entries({ ...guard, ...key })) q = q.where(column, '=', value);
  if (expected !== undefined) q = q.where('version', '=', expected);
  const res = await q.executeTakeFirst();
  if (Number(res.numUpdatedRows) > 0) return { ok: true };
  return { ok: false, current: await findVersionStamp(db, table, key) };
}

/** The version of a row and who saved it when. */
export async function findVersionStamp(db: Executor, table: VersionedTable, key: RowMatch): Promise<VersionStamp | undefined> {
  let q = loose(db)
    .selectFrom(`${table} as t`)
    .leftJoin('users as u', 'u.id', 't.updated_by')
    .select(['t.version', 't.updated_at', 't.updated_by', 'u.display_name']);
  for (const [column, value] of Object.entries(key)) q = q.where(`t.${column}`, '=', value);
  const row = (await q.executeTakeFirst()) as { version: number; updated_at: string; updated_by: string | null; display_name: string | null } | undefined;
  if (!row) return undefined;
  return {
    version: Number(row.version),
    updatedBy: row.updated_by ? { id: row.updated_by, displayName: row.display_name ?? '（已删除的用户）' } : null,
    updatedAt: row.updated_at,
  };
}
