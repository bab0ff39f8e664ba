import type { Role } from '../auth/roles.js';
import type { Action } from './actions.js';
import { adminOr, PUBLIC } from './common.js';
import { type Rule, when } from './decision.js';
import { holdsIn, isCityOffice, MEMBER_ROLES, readsAny, WORKFLOW_ROLES } from './predicates.js';

// 工作联系点 are the city CPPCC's (第四条(七)): only the city office and administrators keep them.
const keep: Rule = adminOr(when(isCityOffice, '工作联系点由市政协办公室维护'));

/** The city CPPCC's own people: its office and committees, leaders and members. */
const CITY_PEOPLE: readonly Role[] = [...WORKFLOW_ROLES, 'leader', ...MEMBER_ROLES];

/**
 * The city's visits (subject scope: the contact point's county, null when unknown): the city CPPCC's own
 * people, and the office of the county the contact point lies in; other counties do not see what was heard there.
 */
const readVisits: Rule = when((actor, subject) => holdsIn(actor, CITY_PEOPLE, null) || readsAny(actor, subject), '无权查看市政协在该联系点的走访记录');

/** 工作联系点 — public to read; kept by the city office, which also records its visits there. */
export const CONTACT_POINT_POLICY = {
  'contact_point.read': PUBLIC,
  'contact_point.create': keep,
  'contact_point.update': keep,
  'contact_point.deactivate': keep,
  'contact_point.read_visits': adminOr(readVisits),
  /** 谁组织谁记录: the visit credits members' 履职, so it is the city office's record, not an administrator's. */
  'contact_point.record_visit': when(isCityOffice, '市政协的走访座谈由市政协办公室记录'),
} as const satisfies Partial<Record<Action, Rule>>;
