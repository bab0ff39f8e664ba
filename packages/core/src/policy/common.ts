import type { Actor, Subject } from './actor.js';
import { ALLOW, deny, type Rule } from './decision.js';
import { holdsInAll, isAdmin, isCityOffice, managedScopes, managesAll, readsAny, WORKFLOW_ROLES } from './predicates.js';

/** The rule of a public action: anyone may take it, signed in or not (the organisation tree, places). */
export const PUBLIC: Rule = () => ALLOW;

/** The sign-in reason, given for every action but the public ones. */
export const NOT_SIGNED_IN = '请先登录';
/** A county's records are not another county's to see. */
export const OTHER_COUNTY = '无权访问其他县（市、区）的数据';
const OFFICE_ONLY = '仅政协办公室或系统管理员可以进行此操作';
const WORKFLOW_ONLY = '仅本级政协办公室或专委会可以办理此事项';

/**
 * Administrators may do this, and otherwise the rule decides. Rules not wrapped are the CPPCC's own
 * decisions (审议, 审定, 办理) and a resident's phone: an administrator keeps the system, not those.
 */
export const adminOr =
  (rule: Rule): Rule =>
  (actor, subject) =>
    isAdmin(actor) ? ALLOW : rule(actor, subject);

/** Managing county-scoped records: the office of every county the subject belongs to (the city office: city records). */
export const manage: Rule = (actor: Actor, subject: Subject) => {
  const scopes = managedScopes(actor);
  if (scopes.size === 0) return deny(OFFICE_ONLY);
  if (managesAll(actor, subject)) return ALLOW;
  if (subject.scope.every((s) => s === null)) return deny('市级数据由市政协办公室维护');
  return deny(isCityOffice(actor) ? '市政协办公室可查看但不能修改各县（市、区）的数据' : OTHER_COUNTY);
};

/** Listing non-public records (users, the audit trail): an office, for a county it may read. */
export const listRecords: Rule = (actor, subject) => {
  if (managedScopes(actor).size === 0) return deny(OFFICE_ONLY);
  return readsAny(actor, subject) ? ALLOW : deny(OTHER_COUNTY);
};

/** The consultation workflow of the subject's level: its 办公室 or 专委会. */
export const runWorkflow: Rule = (actor, subject) => (holdsInAll(actor, WORKFLOW_ROLES, subject) ? ALLOW : deny(WORKFLOW_ONLY));
