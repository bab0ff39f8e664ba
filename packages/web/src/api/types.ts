import type { Action, AuditOutcome, OrgKind, Role, VenueKind } from '@shangliang/core';

/** Keys of the console side menu the server allows this user. */
export type MenuKey =
  | 'workbench'
  | 'organisations'
  | 'departments'
  | 'venues'
  | 'contact_points'
  | 'users'
  | 'audit'
  | 'password';

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

/** A paged list answer. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** Objects that carry the actions this user may take on them. */
export interface WithActions {
  readonly actions: readonly (Action | string)[];
}

/** 组织 — an organisation (city, county, township, village, community or department). */
export interface Org extends WithActions {
  readonly id: string;
  readonly parentId: string | null;
  readonly parentName: string | null;
  readonly kind: OrgKind;
  readonly kindLabel: string;
  readonly name: string;
  readonly regionName: string | null;
  readonly partyName: string | null;
  readonly governmentName: string | null;
  readonly contactPerson: string | null;
  readonly contactPhone: string | null;
  readonly countyId: string | null;
  readonly countyName: string | null;
  readonly sortOrder: number;
  readonly active: boolean;
}

/** A node of the organisation tree. */
export interface OrgNode {
  readonly id: string;
  readonly name: string;
  readonly kind: OrgKind;
  readonly active: boolean;
  readonly children: readonly OrgNode[];
}

/** 活动场所 — a venue. */
export interface Venue extends WithActions {
  readonly id: string;
  readonly orgId: string;
  readonly orgName: string;
  readonly countyId: string | null;
  readonly kind: VenueKind;
  readonly kindLabel: string;
  readonly name: string;
  readonly address: string | null;
  readonly capacity: number | null;
  readonly note: string | null;
  readonly active: boolean;
}

/** 工作联系点 — a contact point of 第四条(七); its county may be unknown. */
export interface ContactPoint extends WithActions {
  readonly id: string;
  readonly name: string;
  readonly countyId: string | null;
  readonly countyName: string | null;
  readonly orgId: string | null;
  readonly orgName: string | null;
  readonly address: string | null;
  readonly note: string | null;
  readonly active: boolean;
}

/** A user account as listed in 用户管理. */
export interface User extends WithActions {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly phone: string | null;
  readonly sector: string | null;
  readonly committee: string | null;
  readonly active: boolean;
  readonly mustChangePassword: boolean;
  readonly lockedUntil: string | null;
  readonly lastLoginAt: string | null;
  readonly roles: readonly RoleView[];
}

/** One entry of the audit trail. */
export interface AuditEntry {
  readonly id: string | number;
  readonly at: string;
  readonly userId: string | null;
  readonly username: string | null;
  readonly role: string | null;
  /** Chinese label of `role`, when the server sends it. */
  readonly roleLabel?: string | null;
  readonly orgId: string | null;
  readonly orgName: string | null;
  readonly countyId: string | null;
  readonly action: string;
  readonly actionLabel: string;
  readonly outcome: AuditOutcome;
  readonly subjectType: string | null;
  readonly subjectId: string | null;
  readonly summary: string | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

/** Answer of GET /api/workbench. */
export interface Workbench {
  readonly user: Me;
  readonly organisation: Org | null;
  readonly counts: {
    readonly townships: number;
    readonly villages: number;
    readonly departments: number;
    readonly venues: number;
    readonly users: number;
  };
  readonly recentActivity: readonly AuditEntry[];
}

/** A county as listed on the public portal. */
export interface PublicCounty {
  readonly id: string;
  readonly name: string;
  readonly regionName: string | null;
  readonly partyName: string | null;
  readonly townshipCount: number;
  readonly villageCount: number;
}

/** A contact point as listed on the public portal. */
export interface PublicContactPoint {
  readonly id: string;
  readonly name: string;
  readonly countyName: string | null;
  readonly address?: string | null;
}

/** The regulation text shown on the portal. */
export interface Regulation {
  readonly title: string;
  readonly source: string;
  readonly paragraphs: readonly string[];
}
