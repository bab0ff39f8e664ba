import type { Insertable, Selectable, Updateable } from 'kysely';
import type { RoleAssignmentsTable, UsersTable } from '../db/schema.js';
import { type PageOf, pageOf, type PageRequest } from './paging.js';
import { containsText, type Executor, inCountyScope } from './types.js';

/** A stored user row. */
export type UserRow = Selectable<UsersTable>;

/** A role assignment joined with its organisation. */
export interface GrantRow {
  readonly user_id: string;
  readonly role: string;
  readonly org_id: string;
  readonly title: string | null;
  readonly org_name: string;
  readonly org_kind: string;
  readonly county_id: string | null;
}

/** Filters of the user list; `countyScope` limits to users holding a role in those counties (null = city). */
export interface UserFilter {
  readonly countyScope?: readonly (string | null)[] | undefined;
  readonly countyId?: string | undefined;
  readonly orgId?: string | undefined;
  readonly role?: string | undefined;
  readonly q?: string | undefined;
  readonly includeInactive?: boolean | undefined;
}

/** Loads a user by id. */
export const findUser = (db: Executor, id: string): Promise<UserRow | undefined> =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

/** Loads a user by username. */
export const findUserByUsername = (db: Executor, username: string): Promise<UserRow | undefined> =>
  db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();

/** The role grants of several users, in one query. */
export async function grantsOf(db: Executor, userIds: readonly string[]): Promise<Map<string, GrantRow[]>> {
  const byUser = new Map<string, GrantRow[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('role_assignments as r')
    .innerJoin('organisations as o', 'o.id', 'r.org_id')
    .select(['r.user_id', 'r.role', 'r.org_id', 'r.title', 'o.name as org_name', 'o.kind as org_kind', 'o.county_id'])
    .where('r.user_id', 'in', [...new Set(userIds)])
    .orderBy('r.position')
    .orderBy('r.id')
    .execute();
  for (const row of rows) byUser.get(row.user_id)?.push(row);
  return byUser;
}

/** Lists users with filters and paging. */
export async function listUsers(
  db: Executor,
  filter: UserFilter,
  page: PageRequest,
): Promise<PageOf<UserRow>> {
  let q = db.selectFrom('users');
  const scoped = (sub: typeof db) => {
    let s = sub
      .selectFrom('role_assignments as r')
      .innerJoin('organisations as o', 'o.id', 'r.org_id')
      .select('r.user_id');
    if (filter.countyScope) s = s.where(inCountyScope('o.county_id', filter.countyScope));
    if (filter.countyId) s = s.where('o.county_id', '=', filter.countyId);
    if (filter.orgId) s = s.where('r.org_id', '=', filter.orgId);
    if (filter.role) s = s.where('r.role', '=', filter.role);
    return s;
  };
  if (filter.countyScope || filter.countyId || filter.orgId || filter.role) q = q.where('id', 'in', scoped(db));
  if (filter.q) {
    const text = filter.q;
    q = q.where((eb) => eb.or([containsText('username', text)(eb), containsText('display_name', text)(eb)]));
  }
  if (!filter.includeInactive) q = q.where('active', '=', 1);
  return pageOf(q.selectAll().orderBy('created_at').orderBy('username'), page);
}

/** Inserts a user. */
export const insertUser = async (db: Executor, row: Insertable<UsersTable>): Promise<void> => {
  await db.insertInto('users').values(row).execute();
};

/** Updates a user. */
export const updateUser = async (db: Executor, id: string, patch: Updateable<UsersTable>): Promise<void> => {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
};

/** Replaces a user's role assignments. */
export async function replaceGrants(
  db: Executor,
  userId: string,
  grants: readonly Insertable<RoleAssignmentsTable>[],
): Promise<void> {
  await db.deleteFrom('role_assignments').where('user_id', '=', userId).execute();
  if (grants.length) await db.insertInto('role_assignments').values([...grants]).execute();
}

/** Number of active users holding a role in the county (null: in the whole city). */
export async function countUsersIn(db: Executor, countyId: string | null): Promise<number> {
  let q = db.selectFrom('users').where('active', '=', 1);
  if (countyId !== null)
    q = q.where('id', 'in', (eb) =>
      eb
        .selectFrom('role_assignments as r')
        .innerJoin('organisations as o', 'o.id', 'r.org_id')
        .select('r.user_id')
        .where('o.county_id', '=', countyId),
    );
  const row = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The display names of several users, in one query. */
export async function findUserNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/**
 * Of the given users, those holding one of the roles in an organisation of the county (null: of the
 * city), with their display names.
 */
export const findUsersWithRoleIn = (db: Executor, countyId: string | null, userIds: readonly string[], roles: readonly string[]): Promise<{ id: string; display_name: string }[]> =>
  db
    .selectFrom('role_assignments as r')
    .innerJoin('organisations as o', 'o.id', 'r.org_id')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.display_name'])
    .where('r.role', 'in', [...roles])
    .where('u.id', 'in', [...userIds])
    .where(inCountyScope('o.county_id', [countyId]))
    .execute();

/** An account's e-mail and phone, for its notification settings. */
export async function findUserContact(db: Executor, id: string): Promise<{ email: string | null; phone: string | null } | undefined> {
  return db.selectFrom('users').select(['email', 'phone']).where('id', '=', id).executeTakeFirst();
}

/** Sets an account's e-mail for notifications. */
export async function setUserEmail(db: Executor, id: string, email: string | null, at: string): Promise<void> {
  await db.updateTable('users').set({ email, updated_at: at }).where('id', '=', id).execute();
}
