import type { Action } from './actions.js';
import { adminOr, runWorkflow } from './common.js';
import { type Rule, when } from './decision.js';
import { holdsInAll, isOfficeOfWhole, MEMBER_ROLES } from './predicates.js';

/** 委员荐题 — a member of the proposal's own level. */
const recommend: Rule = when((actor, subject) => holdsInAll(actor, MEMBER_ROLES, subject), '只有本级政协委员可以荐题');

/**
 * A resident's full phone number is for the office of that county alone — not administrators or
 * committees, so this rule is not wrapped in adminOr.
 */
const revealPhone: Rule = when(isOfficeOfWhole, '群众的完整联系电话仅向本县（市、区）政协办公室显示');

/** 选题 — proposals, the solicitations that gather them and the yearly plan that picks from them. */
export const PROPOSAL_POLICY = {
  'proposal.create_member': adminOr(recommend),
  'proposal.create_assigned': adminOr(runWorkflow),
  'proposal.list': adminOr(runWorkflow),
  'proposal.screen': adminOr(runWorkflow),
  'proposal.merge': adminOr(runWorkflow),
  'proposal.reveal_phone': revealPhone,
  'solicitation.manage': adminOr(runWorkflow),
  'plan.manage': adminOr(runWorkflow),
} as const satisfies Partial<Record<Action, Rule>>;
