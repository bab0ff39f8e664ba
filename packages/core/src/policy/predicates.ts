import type { Role } from '../auth/roles.js';
import type { Actor, Subject } from './actor.js';

// Named predicates on an actor's role grants: the policy files are built from these, and role names
// appear nowhere else but here, the policy files and the role vocabulary (auth/roles.ts).

/** Roles that run the consultation workflow of their own level: 办公室 and 专委会 (第五条). */
export const WORKFLOW_ROLES: readonly Role[] = ['county_office', 'city_office', 'committee_staff'];

/** The role that may do everything (系统管理员), as the command line grants it to the first account. */
export const ADMIN_ROLE: Role = 'admin';

/** Roles only an administrator may grant. */
export const ADMIN_ONLY_ROLES: readonly Role[] = ['admin', 'city_office'];

/** Roles whose holders take part in research and consultations as CPPCC members (政协委员). */
export const MEMBER_ROLES: readonly Role[] = ['member'];

/** Whether the actor holds the role anywhere. */
export const holds = (actor: Actor, role: Role): boolean => actor.grants.some((g) => g.role === role);

/** Whether the actor holds one of the roles in the county (null: the city). */
export const holdsIn = (actor: Actor, roles: readonly Role[], county: string | null): boolean =>
  actor.grants.some((g) => roles.includes(g.role) && g.countyId === county);

/** True when the actor holds one of the roles in every county the subject belongs to. */
export const holdsInAll = (actor: Actor, roles: readonly Role[], subject: Subject): boolean =>
  subject.scope.length > 0 && subject.scope.every((s) => holdsIn(actor, roles, s));

/** 系统管理员. */
export const isAdmin = (actor: Actor): boolean => holds(actor, 'admin');

/** 市政协办公室: reads every county, manages the city's own records. */
export const isCityOffice = (actor: Actor): boolean => holds(actor, 'city_office');

/** Holds the member role somewhere (the console's member area). */
export const isMember = (actor: Actor): boolean => MEMBER_ROLES.some((r) => holds(actor, r));

/** One county office of the actor is the county of the whole subject: the only one who sees a resident's full phone. */
export const isOfficeOfWhole = (actor: Actor, subject: Subject): boolean =>
  subject.scope.length > 0 && actor.grants.some((g) => g.role === 'county_office' && subject.scope.every((s) => s === g.countyId));

/** Runs the workflow (办公室 or 专委会) of the level: the county, or the city for null. */
export const runsWorkflowOf = (actor: Actor, county: string | null): boolean => holdsIn(actor, WORKFLOW_ROLES, county);

/** Counties whose records the actor manages: null stands for the city's own records. */
export function managedScopes(actor: Actor): Set<string | null> {
  const scopes = new Set<string | null>();
  if (isCityOffice(actor)) scopes.add(null);
  for (const g of actor.grants) if (g.role === 'county_office' && g.countyId) scopes.add(g.countyId);
  return scopes;
}

/** True when every county the subject belongs to is managed by the actor. */
export function managesAll(actor: Actor, subject: Subject): boolean {
  const scopes = managedScopes(actor);
  return subject.scope.length > 0 && subject.scope.every((s) => scopes.has(s));
}

/** True when the actor may read the subject's non-public data: the city office reads every county. */
export function readsAny(actor: Actor, subject: Subject): boolean {
  if (isCityOffice(actor)) return true;
  const scopes = managedScopes(actor);
  return subject.scope.some((s) => scopes.has(s));
}

/** The department a handler works for (承办单位经办人), or null. */
export const departmentOf = (actor: Actor): string | null => actor.grants.find((g) => g.role === 'dept_handler')?.orgId ?? null;

/** 主办 — a handler of the item's lead department. */
export const handlesLead = (actor: Actor, item: { readonly leadDepartmentId?: string | null | undefined }): boolean =>
  actor.grants.some((g) => g.role === 'dept_handler' && g.orgId === item.leadDepartmentId);

/** 会办 — a handler of one of the item's co-handling departments. */
export const handlesCo = (actor: Actor, item: { readonly coDepartmentIds?: readonly string[] | undefined }): boolean =>
  actor.grants.some((g) => g.role === 'dept_handler' && (item.coDepartmentIds ?? []).includes(g.orgId));
