import type { Action } from './actions.js';
import { adminOr, listRecords, manage, runWorkflow } from './common.js';
import { ALLOW, type Rule, when } from './decision.js';
import { holdsInAll, MEMBER_ROLES } from './predicates.js';

/** 签到 — a member of the level the activity belongs to. */
const memberOfLevel: Rule = when((actor, subject) => holdsInAll(actor, MEMBER_ROLES, subject), '仅本级政协委员可以签到');

/** 履职档案 — one's own, or the office's of its county (the city office reads every county's). */
const readArchive: Rule = (actor, subject) => (subject.userId !== undefined && subject.userId === actor.userId ? ALLOW : listRecords(actor, subject));

/** 委员履职 (第六条(一)): attendance, check-in, point rules and the yearly archives. */
export const MEMBER_POLICY = {
  'attendance.manage': adminOr(runWorkflow),
  'attendance.check_in': memberOfLevel,
  'point_rules.read': adminOr(listRecords),
  'point_rules.update': adminOr(manage),
  'archive.read': adminOr(readArchive),
  'archive.list': adminOr(listRecords),
} as const satisfies Partial<Record<Action, Rule>>;
