import type { Action } from './actions.js';
import { adminOr, listRecords, manage, OTHER_COUNTY } from './common.js';
import { ALLOW, deny, type Rule } from './decision.js';
import { ADMIN_ONLY_ROLES, readsAny } from './predicates.js';

/** Everyone reads their own account; offices read the users of the counties they may read. */
const readUser: Rule = (actor, subject) => {
  if (subject.userId === actor.userId) return ALLOW;
  return readsAny(actor, subject) ? ALLOW : deny(OTHER_COUNTY);
};

/** Granting a role where one manages; the city office and administrator roles only by an administrator. */
const grantRole: Rule = (actor, subject) => {
  if (subject.role && ADMIN_ONLY_ROLES.includes(subject.role)) return deny('只有系统管理员可以分配该角色');
  return manage(actor, subject);
};

/** 用户与角色 — accounts and the roles they hold, managed by the office of each county. */
export const USER_POLICY = {
  'user.list': adminOr(listRecords),
  'user.read': adminOr(readUser),
  'user.create': adminOr(manage),
  'user.update': adminOr(manage),
  'user.reset_password': adminOr(manage),
  'user.deactivate': adminOr(manage),
  'user.unlock': adminOr(manage),
  'role_grant.grant': adminOr(grantRole),
} as const satisfies Partial<Record<Action, Rule>>;
