import type { Role } from '../auth/roles.js';
import type { Action } from './actions.js';
import { adminOr, runWorkflow } from './common.js';
import { type Rule, when } from './decision.js';
import { holdsInAll, isCityOffice, MEMBER_ROLES, WORKFLOW_ROLES } from './predicates.js';

/** 政协主席会议 — the leaders who review a topic first. */
const CHAIR_ROLES: readonly Role[] = ['leader'];
/** 党委 — whose reviewer approves the topic after the chair's meeting. */
const PARTY_ROLES: readonly Role[] = ['party_reviewer'];

/** Whoever takes part in a topic's life reads it: its office and committees, leaders, party reviewers, members; the city office reads all. */
const readTopic: Rule = when(
  (actor, subject) => holdsInAll(actor, [...WORKFLOW_ROLES, ...CHAIR_ROLES, ...PARTY_ROLES, ...MEMBER_ROLES], subject) || isCityOffice(actor),
  '无权查看该议题',
);

/**
 * A step of the transition table, for holders of the roles in the topic's own level. Not wrapped in
 * adminOr: an administrator does not review, approve or move topics on.
 */
const step = (roles: readonly Role[], who: string): Rule => when((actor, subject) => holdsInAll(actor, roles, subject), `须由本级${who}办理`);

/** 协商议题 — what the office does with a topic, and who moves it through the transition table. */
export const TOPIC_POLICY = {
  'topic.read': adminOr(readTopic),
  'topic.create': adminOr(runWorkflow),
  'topic.update': adminOr(runWorkflow),
  'topic.record_research': adminOr(runWorkflow),
  'topic.record_preparation': adminOr(runWorkflow),
  'topic.schedule_consultation': adminOr(runWorkflow),
  'topic.record_consultation': adminOr(runWorkflow),
  'topic.submit_outcome': adminOr(runWorkflow),
  'topic.advance': step(WORKFLOW_ROLES, '政协办公室或市政协办公室或专委会'),
  'topic.chair_review': step(CHAIR_ROLES, '政协主席会议'),
  'topic.party_review': step(PARTY_ROLES, '党委'),
} as const satisfies Partial<Record<Action, Rule>>;
