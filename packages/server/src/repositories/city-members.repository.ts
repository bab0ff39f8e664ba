import type { Executor } from './types.js';
import { inCountyScope } from './types.js';

/** A member account offered on the city's records. */
export interface MemberRow {
  readonly id: string;
  readonly display_name: string;
  readonly sector: string | null;
  readonly committee: string | null;
}

/** Active accounts holding one of the roles in an organisation of the county (null: of the city), by name. */
export const listActiveMembersOf = (db: Executor, countyId: string | null, roles: readonly string[]): Promise<MemberRow[]> =>
  db
    .selectFrom('users as u')
    .select(['u.id', 'u.display_name', 'u.sector', 'u.committee'])
    .where('u.active', '=', 1)
    .where('u.id', 'in', (eb) =>
      eb
        .selectFrom('role_assignments as r')
        .innerJoin('organisations as o', 'o.id', 'r.org_id')
        .select('r.user_id')
        .where('r.role', 'in', [...roles])
        .where(inCountyScope('o.county_id', [countyId])),
    )
    .orderBy('u.display_name')
    .orderBy('u.id')
    .limit(500)
    .execute();

/** The names and 界别 of several users, in one query. */
export async function findMemberRefs(db: Executor, ids: readonly string[]): Promise<Map<string, Pick<MemberRow, 'display_name' | 'sector'>>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name', 'sector']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r]));
}
