import { type Action, type Actor, allowedActions, can, type MeOrganisation, type MeView, menuFor, type OrgKind, ROLES } from '@shangliang/core';
import type { GrantRow, UserRow } from '../../repositories/users.repository.js';
import { presentRole } from '../users/present-user.js';

/** What the web asks of the user rather than of one object: creations, the handling settings, and whether lists span every county. */
const USER_ACTIONS: readonly Action[] = [
  'organisation.create',
  'venue.create',
  'user.create',
  'contact_point.create',
  'proposal.create_member',
  'proposal.create_assigned',
  /** 合并立题, and the pool's 按问题分组 with its one-click merge. */
  'proposal.merge',
  'topic.create',
  'plan.manage',
  'solicitation.manage',
  'handling.manage',
  'county.read_all',
  'experience.write',
  /** 公文设置 (发文机关 and 发文字号). */
  'document.configure',
];

/** Shapes the signed-in user, their roles, organisations and menu. */
export function presentMe(actor: Actor, user: UserRow, grants: readonly GrantRow[], activeOrgId: string): MeView {
  const orgs = new Map<string, MeOrganisation>();
  for (const g of grants) orgs.set(g.org_id, { id: g.org_id, name: g.org_name, kind: g.org_kind as OrgKind, countyId: g.county_id });
  const activeCounty = orgs.get(activeOrgId)?.countyId ?? null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    mustChangePassword: user.must_change_password === 1,
    activeOrgId,
    roles: grants.map(presentRole),
    organisations: [...orgs.values()],
    menu: menuFor(actor, activeCounty),
    actions: allowedActions(actor, { type: 'organisation', scope: [activeCounty] }, USER_ACTIONS),
    grantableRoles: ROLES.filter((role) => can(actor, 'role_grant.grant', { type: 'role_grant', role, scope: [activeCounty] }).ok),
  };
}
