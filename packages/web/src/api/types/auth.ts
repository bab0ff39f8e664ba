/** The signed-in user, their roles and menu. */
import type { Action, OrgKind, Role } from '@shangliang/core';

/** Keys of the console side menu the server allows this user. */
export type MenuKey =
  | 'workbench'
  | 'organisations'
  | 'departments'
  | 'venues'
  | 'contact_points'
  | 'users'
  | 'audit'
  | 'password'
  | 'proposals'
  | 'topics'
  | 'plans'
  | 'solicitations'
  | 'my_proposals'
  | 'my_activities'
  | 'handling'
  | 'my_items';

/** One role the user holds, as shown in the UI. */
export interface RoleView {
  readonly role: Role;
  readonly roleLabel: string;
  readonly orgId: string;
  readonly orgName: string;
  readonly countyId: string | null;
  readonly title: string | null;
}

/** An organisation the user may act for. */
export interface MeOrganisation {
  readonly id: string;
  readonly name: string;
  readonly kind: OrgKind;
  readonly countyId: string | null;
}

/** The signed-in user. */
export interface Me {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly mustChangePassword: boolean;
  readonly activeOrgId: string | null;
  readonly roles: readonly RoleView[];
  readonly organisations: readonly MeOrganisation[];
  readonly menu: readonly MenuKey[];
  /** Creations the server allows in the current organisation's county. */
  readonly actions: readonly Action[];
  /** Roles this user may assign to others. */
  readonly grantableRoles: readonly Role[];
}
