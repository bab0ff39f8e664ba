import type { Action } from './actions.js';
import { adminOr, PUBLIC } from './common.js';
import { type Rule, when } from './decision.js';
import { isCityOffice } from './predicates.js';

// 工作联系点 are the city CPPCC's (第四条(七)): only the city office and administrators keep them.
const keep: Rule = adminOr(when(isCityOffice, '工作联系点由市政协办公室维护'));

/** 工作联系点 — public to read; kept by the city office. */
export const CONTACT_POINT_POLICY = {
  'contact_point.read': PUBLIC,
  'contact_point.create': keep,
  'contact_point.update': keep,
  'contact_point.deactivate': keep,
} as const satisfies Partial<Record<Action, Rule>>;
