import type { Action } from './actions.js';
import type { Actor, Subject } from './actor.js';
import { AUDIT_POLICY } from './audit.policy.js';
import { NOT_SIGNED_IN, PUBLIC } from './common.js';
import { CONTACT_POINT_POLICY } from './contact-point.policy.js';
import { DOCUMENT_POLICY } from './document.policy.js';
import { ALLOW, type Decision, deny, type Rule } from './decision.js';
import { EXPERIENCE_POLICY } from './experience.policy.js';
import { HANDLING_ITEM_POLICY } from './handling-item.policy.js';
import { MEMBER_POLICY } from './member.policy.js';
import { NOTIFICATION_POLICY } from './notification.policy.js';
import { ORGANISATION_POLICY } from './organisation.policy.js';
import { managedScopes } from './predicates.js';
import { PROPOSAL_POLICY } from './proposal.policy.js';
import { ROOM_POLICY } from './room.policy.js';
import { STATISTICS_POLICY } from './statistics.policy.js';
import { THESAURUS_POLICY } from './thesaurus.policy.js';
import { TOPIC_POLICY } from './topic.policy.js';
import { USER_POLICY } from './user.policy.js';
import { VENUE_POLICY } from './venue.policy.js';

export type { Decision } from './decision.js';

/** Every action's rule, one policy file per subject; the type makes sure no action is left without one. */
const RULES: Readonly<Record<Action, Rule>> = {
  ...ORGANISATION_POLICY,
  ...VENUE_POLICY,
  ...CONTACT_POINT_POLICY,
  ...EXPERIENCE_POLICY,
  ...USER_POLICY,
  ...AUDIT_POLICY,
  ...PROPOSAL_POLICY,
  ...TOPIC_POLICY,
  ...HANDLING_ITEM_POLICY,
  ...ROOM_POLICY,
  ...MEMBER_POLICY,
  ...STATISTICS_POLICY,
  ...DOCUMENT_POLICY,
  ...NOTIFICATION_POLICY,
  ...THESAURUS_POLICY,
};

/**
 * 权限判断 — the one place that decides whether the actor may take the action on the subject. Public
 * actions are open to everyone; every other one needs a signed-in user and is decided by its subject's
 * policy file (administrators may do everything but the CPPCC's own decisions and a resident's phone).
 */
export function can(actor: Actor, action: Action, subject: Subject): Decision {
  const rule = RULES[action];
  if (rule === PUBLIC) return ALLOW;
  if (actor.userId === null) return deny(NOT_SIGNED_IN);
  return rule(actor, subject);
}

/** The subset of candidate actions the actor may take on the subject, sent with each object. */
export function allowedActions(actor: Actor, subject: Subject, candidates: readonly Action[]): Action[] {
  return candidates.filter((a) => can(actor, a, subject).ok);
}

/**
 * The counties whose non-public records (users, audit) the actor may list: 'all' for administrators
 * and the city office, otherwise the counties they run an office in (null = city records).
 */
export function readableScope(actor: Actor): 'all' | (string | null)[] {
  // The same rule the web is told through the 'county.read_all' action of GET /api/auth/me.
  if (can(actor, 'county.read_all', { type: 'organisation', scope: [] }).ok) return 'all';
  return [...managedScopes(actor)];
}
