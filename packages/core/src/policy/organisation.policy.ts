import type { Action } from './actions.js';
import { adminOr, manage, PUBLIC } from './common.js';
import { type Rule, when } from './decision.js';
import { isCityOffice } from './predicates.js';

/** 组织机构 — the organisation tree is public; each level's office keeps its own part of it. */
export const ORGANISATION_POLICY = {
  'organisation.read': PUBLIC,
  'organisation.create': adminOr(manage),
  'organisation.update': adminOr(manage),
  'organisation.deactivate': adminOr(manage),
  /** Lists spanning every county (topics, the handling board): the city office and administrators. */
  'county.read_all': adminOr(when(isCityOffice, '仅市政协办公室可以查看各县（市、区）的数据')),
} as const satisfies Partial<Record<Action, Rule>>;
