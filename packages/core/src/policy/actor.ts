import type { Role } from '../auth/roles.js';

/** One role held in one organisation; countyId is null for city-level organisations. */
export interface RoleGrant {
  readonly role: Role;
  readonly orgId: string;
  readonly countyId: string | null;
}

/** Whoever is acting: a signed-in user with their role grants, or an anonymous visitor (no grants). */
export interface Actor {
  readonly userId: string | null;
  readonly grants: readonly RoleGrant[];
}

/** The anonymous visitor of the public portal. */
export const ANONYMOUS: Actor = { userId: null, grants: [] };

/**
 * What an action is about. `scope` lists the counties the subject belongs to (null = a city record);
 * a user with roles in two counties belongs to both.
 */
export interface Subject {
  readonly type: SubjectType;
  readonly scope: readonly (string | null)[];
  /** For user subjects: the user's id, so that a user may act on themself. */
  readonly userId?: string;
  /** For role grants: the role being granted. */
  readonly role?: Role;
  /** For handling items: the lead department (主办) and the co-handling ones (会办). */
  readonly leadDepartmentId?: string | null;
  readonly coDepartmentIds?: readonly string[];
}

/** Kinds of subject known to the policies. */
export type SubjectType =
  | 'organisation'
  | 'venue'
  | 'contact_point'
  | 'experience'
  | 'user'
  | 'role_grant'
  | 'audit'
  | 'proposal'
  | 'solicitation'
  | 'plan'
  | 'topic'
  | 'handling_item'
  | 'room'
  | 'activity'
  | 'point_rules'
  | 'archive'
  | 'statistics'
  | 'notification'
  | 'thesaurus';
