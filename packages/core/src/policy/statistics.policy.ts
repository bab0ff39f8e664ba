import type { Role } from '../auth/roles.js';
import type { Action } from './actions.js';
import { adminOr } from './common.js';
import { type Rule, when } from './decision.js';
import { holdsIn, isCityOffice, WORKFLOW_ROLES } from './predicates.js';

/** 主席会议 — the leaders who see their level's dashboards besides the office. */
const LEADER_ROLES: readonly Role[] = ['leader'];
/** Who reads a level's statistics: its office, committees and leaders. */
const READERS: readonly Role[] = [...WORKFLOW_ROLES, ...LEADER_ROLES];

/** A county's statistics (subject scope: [county], null for the city's own): its readers; the city office reads every county. */
const readStatistics: Rule = when(
  (actor, subject) => isCityOffice(actor) || (subject.scope.length === 1 && holdsIn(actor, READERS, subject.scope[0] ?? null)),
  '无权查看该县（市、区）的统计数据',
);

/** The city dashboard: the city's own office, committees and leaders. */
const readCity: Rule = when((actor) => isCityOffice(actor) || holdsIn(actor, READERS, null), '仅市政协可以查看全市统计');

/** 协商频次统计 (第四条(六)) and the city's oversight of the counties. */
export const STATISTICS_POLICY = {
  'statistics.read': adminOr(readStatistics),
  'statistics.read_city': adminOr(readCity),
  /** The city's minimums are the city CPPCC's decision: not wrapped in adminOr. */
  'statistics.set_thresholds': when((actor) => isCityOffice(actor), '仅市政协办公室可以修改统计预警标准'),
} as const satisfies Partial<Record<Action, Rule>>;
