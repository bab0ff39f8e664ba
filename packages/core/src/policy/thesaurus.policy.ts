import type { Action } from './actions.js';
import { OTHER_COUNTY } from './common.js';
import { ALLOW, deny, type Rule } from './decision.js';
import { isCityOffice, managedScopes, managesAll, readsAny } from './predicates.js';

const OFFICE_ONLY = '仅政协办公室可以查看和维护近义词表';

/** Reading a county's (or the city's) thesaurus: its office; the city office reads every county's. */
const read: Rule = (actor, subject) => {
  if (managedScopes(actor).size === 0) return deny(OFFICE_ONLY);
  return readsAny(actor, subject) ? ALLOW : deny(OTHER_COUNTY);
};

/**
 * Editing: the office of the level keeps its own groups — a county's office its county's, the city office the
 * city's. Not wrapped in adminOr: the words residents use are the office's knowledge, not the system keeper's.
 */
const edit: Rule = (actor, subject) => {
  if (managesAll(actor, subject)) return ALLOW;
  if (managedScopes(actor).size === 0) return deny(OFFICE_ONLY);
  if (subject.scope.every((s) => s === null)) return deny('市级近义词表由市政协办公室维护');
  return deny(isCityOffice(actor) ? '市政协办公室可查看但不能修改各县（市、区）的近义词表' : OTHER_COUNTY);
};

/** 近义词表 — the groups a county adds to the shipped thesaurus (subject scope: [county], null for the city). */
export const THESAURUS_POLICY = {
  'thesaurus.read': read,
  'thesaurus.edit': edit,
} as const satisfies Partial<Record<Action, Rule>>;
