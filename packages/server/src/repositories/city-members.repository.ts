import type { Executor } from './types.js';

/** A member account offered on the city's records. */
export interface MemberRow {
  readonly id: string;
  readonly display_name: string;
  readonly sector: string | null;
  readonly committee: string | null;
}

/** The names and 界别 of several users, in one query. */
export async function findMemberRefs(db: Executor, ids: readonly string[]): Promise<Map<string, Pick<MemberRow, 'display_name' | 'sector'>>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name', 'sector']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r]));
}
