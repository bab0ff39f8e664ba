import type { Actor, Role, RoleGrant } from '@shangliang/core';
import type { GrantRow } from '../../repositories/users.repository.js';

/** The actor acting in one organisation: only the roles held there count. */
export function buildActor(userId: string, grants: readonly GrantRow[], activeOrgId: string): Actor {
  const active: RoleGrant[] = grants
    .filter((g) => g.org_id === activeOrgId)
    .map((g) => ({ role: g.role as Role, orgId: g.org_id, countyId: g.county_id }));
  return { userId, grants: active };
}
