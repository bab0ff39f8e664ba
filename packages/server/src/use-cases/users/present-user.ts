import { type Actor, allowedActions, OBJECT_ACTIONS, type Role, ROLE_LABELS, type RoleView, type Subject, type UserView } from '@shangliang/core';
import type { GrantRow, UserRow } from '../../repositories/users.repository.js';

/** Shapes a grant row for the API. */
export const presentRole = (g: GrantRow): RoleView => ({
  role: g.role as Role,
  roleLabel: ROLE_LABELS[g.role as Role] ?? g.role,
  orgId: g.org_id,
  orgName: g.org_name,
  countyId: g.county_id,
  title: g.title,
});

/** The policy subject of a user: every county they hold a role in. */
export const userSubject = (user: { id: string }, grants: readonly GrantRow[]): Subject => ({
  type: 'user',
  userId: user.id,
  scope: grants.length ? [...new Set(grants.map((g) => g.county_id))] : [null],
});

/** Shapes a user row for the API, with the actions the actor may take on it. */
export function presentUser(actor: Actor, row: UserRow, grants: readonly GrantRow[], now: Date): UserView {
  const locked = row.locked_until && row.locked_until > now.toISOString() ? row.locked_until : null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    phone: row.phone,
    sector: row.sector,
    committee: row.committee,
    active: row.active === 1,
    mustChangePassword: row.must_change_password === 1,
    lockedUntil: locked,
    lastLoginAt: row.last_login_at,
    version: row.version,
    roles: grants.map(presentRole),
    actions: allowedActions(actor, userSubject(row, grants), OBJECT_ACTIONS.user),
  };
}
