import type { Action } from './actions.js';
import type { Actor, RoleGrant, Subject } from './actor.js';
import type { Role } from '../auth/roles.js';

/** The answer of a policy check: allowed, or refused with a Chinese reason. */
export type Decision = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const ALLOW: Decision = { ok: true };
const deny = (reason: string): Decision => ({ ok: false, reason });

/** Roles only an administrator may grant. */
const ADMIN_ONLY_ROLES: readonly Role[] = ['admin', 'city_office'];

const has = (actor: Actor, role: Role): boolean => actor.grants.some((g) => g.role === role);
const officeGrants = (actor: Actor): RoleGrant[] => actor.grants.filter((g) => g.role === 'county_office');

/** Counties whose records the actor manages: null stands for the city's own records. */
function managedScopes(actor: Actor): Set<string | null> {
  const scopes = new Set<string | null>();
  if (has(actor, 'city_office')) scopes.add(null);
  for (const g of officeGrants(actor)) if (g.countyId) scopes.add(g.countyId);
  return scopes;
}

/** True when every county the subject belongs to is managed by the actor. */
function managesAll(actor: Actor, subject: Subject): boolean {
  const scopes = managedScopes(actor);
  return subject.scope.length > 0 && subject.scope.every((s) => scopes.has(s));
}

/** True when the actor may read the subject's non-public data: the city office reads every county. */
function readsAny(actor: Actor, subject: Subject): boolean {
  if (has(actor, 'city_office')) return true;
  const scopes = managedScopes(actor);
  return subject.scope.some((s) => scopes.has(s));
}

const NOT_SIGNED_IN = '请先登录';
const OTHER_COUNTY = '无权访问其他县（市、区）的数据';
const OFFICE_ONLY = '仅政协办公室或系统管理员可以进行此操作';

/**
 * 权限判断 — decides whether the actor may take the action on the subject.
 * Administrators may do everything; the city office reads all counties and manages city records;
 * a county office manages its own county; everyone may read the organisation tree.
 */
export function can(actor: Actor, action: Action, subject: Subject): Decision {
  if (action === 'organisation.read' || action === 'contact_point.read' || action === 'venue.read') return ALLOW;
  if (actor.userId === null) return deny(NOT_SIGNED_IN);
  // A resident's full phone number is for the office of that county alone — not administrators or committees.
  if (action === 'proposal.reveal_phone') {
    return officeGrants(actor).some((g) => subject.scope.length > 0 && subject.scope.every((s) => s === g.countyId))
      ? ALLOW
      : deny('群众的完整联系电话仅向本县（市、区）政协办公室显示');
  }
  if (has(actor, 'admin')) return ALLOW;

  switch (action) {
    case 'user.read':
      if (subject.userId === actor.userId) return ALLOW;
      return readsAny(actor, subject) ? ALLOW : deny(OTHER_COUNTY);
    case 'user.list':
    case 'audit.read':
      if (managedScopes(actor).size === 0) return deny(OFFICE_ONLY);
      return readsAny(actor, subject) ? ALLOW : deny(OTHER_COUNTY);
    case 'role_grant.grant':
      if (subject.role && ADMIN_ONLY_ROLES.includes(subject.role)) return deny('只有系统管理员可以分配该角色');
      return manage(actor, subject);
    case 'county.read_all':
      return has(actor, 'city_office') ? ALLOW : deny('仅市政协办公室可以查看各县（市、区）的数据');
    case 'contact_point.create':
    case 'contact_point.update':
    case 'contact_point.deactivate':
      // 工作联系点 are the city CPPCC's (第四条(七)): only the city office and administrators keep them.
      return has(actor, 'city_office') ? ALLOW : deny('工作联系点由市政协办公室维护');
    case 'proposal.create_member':
      return inScope(actor, subject, ['member']) ? ALLOW : deny('只有本级政协委员可以荐题');
    case 'topic.read':
      return inScope(actor, subject, [...WORKFLOW_ROLES, 'leader', 'party_reviewer', 'member']) || has(actor, 'city_office')
        ? ALLOW
        : deny('无权查看该议题');
    case 'proposal.create_assigned':
    case 'proposal.list':
    case 'proposal.screen':
    case 'proposal.merge':
    case 'solicitation.manage':
    case 'plan.manage':
    case 'topic.create':
    case 'topic.update':
    case 'topic.record_research':
    case 'topic.record_preparation':
    case 'topic.schedule_consultation':
    case 'topic.record_consultation':
    case 'topic.submit_outcome':
    case 'handling.manage':
      return inScope(actor, subject, WORKFLOW_ROLES) ? ALLOW : deny(WORKFLOW_ONLY);
    default:
      return manage(actor, subject);
  }
}

/** Roles that run the consultation workflow of their own level: 办公室 and 专委会 (第五条). */
const WORKFLOW_ROLES: readonly Role[] = ['county_office', 'city_office', 'committee_staff'];
const WORKFLOW_ONLY = '仅本级政协办公室或专委会可以办理此事项';

/** True when the actor holds one of the roles in every county the subject belongs to. */
function inScope(actor: Actor, subject: Subject, roles: readonly Role[]): boolean {
  return (
    subject.scope.length > 0 &&
    subject.scope.every((s) => actor.grants.some((g) => roles.includes(g.role) && g.countyId === s))
  );
}

function manage(actor: Actor, subject: Subject): Decision {
  const scopes = managedScopes(actor);
  if (scopes.size === 0) return deny(OFFICE_ONLY);
  if (managesAll(actor, subject)) return ALLOW;
  if (subject.scope.every((s) => s === null)) return deny('市级数据由市政协办公室维护');
  return deny(has(actor, 'city_office') ? '市政协办公室可查看但不能修改各县（市、区）的数据' : OTHER_COUNTY);
}

/** The subset of candidate actions the actor may take on the subject, sent with each object. */
export function allowedActions(actor: Actor, subject: Subject, candidates: readonly Action[]): Action[] {
  return candidates.filter((a) => can(actor, a, subject).ok);
}

/**
 * The counties whose non-public records (users, audit) the actor may list: 'all' for administrators
 * and the city office, otherwise the counties they run an office in (null = city records).
 */
export function readableScope(actor: Actor): 'all' | (string | null)[] {
  // The same rule the web is told through the 'county.read_all' action of GET /api/auth/me.
  if (can(actor, 'county.read_all', { type: 'organisation', scope: [] }).ok) return 'all';
  return [...managedScopes(actor)];
}
