import type { Action } from '../policy/actions.js';
import type { Actor } from '../policy/actor.js';
import { can } from '../policy/can.js';

/** 议题状态 — the states of a topic's life (DESIGN.md §3). */
export const TOPIC_STATES = [
  'draft',
  'chair_review',
  'party_review',
  'researching',
  'consulting',
  'outcome_submitted',
  'handling',
  'following_up',
  'concluded',
  'rejected',
] as const;
/** A topic state. */
export type TopicState = (typeof TOPIC_STATES)[number];

/** Chinese names of the states, as users see them. */
export const TOPIC_STATE_LABELS: Readonly<Record<TopicState, string>> = {
  draft: '待提交审议',
  chair_review: '主席会议审议中',
  party_review: '党委审定中',
  researching: '调研中',
  consulting: '协商中',
  outcome_submitted: '成果已报送',
  handling: '建议办理中',
  following_up: '跟踪问效中',
  concluded: '已办结',
  rejected: '未予立项',
};

/** What the workflow knows about a topic when deciding a transition. */
export interface TopicFacts {
  /** 调研报告 filed. */
  readonly researchReports: number;
  /** 敏感 or 多年积累难题: 第四条(三)1 asks for more before consultation. */
  readonly sensitive: boolean;
  readonly longStanding: boolean;
  /** 向党委政府报告 recorded. */
  readonly priorReportRecorded: boolean;
  /** 提前与相关部门研究解决方案 recorded. */
  readonly solutionStudied: boolean;
  /** Consultation activities recorded as held. */
  readonly consultationsHeld: number;
  /** Suggestions in the outcome document. */
  readonly outcomeSuggestions: number;
  /** Suggestions whose feedback is accepted and evaluated other than 不满意. */
  readonly suggestionsSettled: number;
}

/** A named precondition, with the Chinese reason given when it does not hold. */
export interface Guard {
  readonly name: string;
  readonly holds: (facts: TopicFacts) => boolean;
  readonly reason: string;
}

/** 不调研不协商 — at least one research report before any consultation. */
export const researchFirst: Guard = {
  name: 'researchFirst',
  holds: (f) => f.researchReports > 0,
  reason: '坚持“不调研不协商”：请先提交调研报告，再安排协商活动',
};

/** Sensitive or long-standing topics: a prior report and a pre-studied solution (第四条(三)1). */
export const sensitivePrepared: Guard = {
  name: 'sensitivePrepared',
  holds: (f) => !(f.sensitive || f.longStanding) || (f.priorReportRecorded && f.solutionStudied),
  reason: '该议题涉及敏感问题或多年积累的难题：协商前须记录向党委政府的报告情况，以及与相关部门提前研究的解决方案',
};

/** An outcome needs a consultation held. */
export const consultationHeld: Guard = {
  name: 'consultationHeld',
  holds: (f) => f.consultationsHeld > 0,
  reason: '尚未记录已开展的协商活动，不能报送协商成果',
};

/** An outcome needs numbered suggestions. */
export const outcomeHasSuggestions: Guard = {
  name: 'outcomeHasSuggestions',
  holds: (f) => f.outcomeSuggestions > 0,
  reason: '协商成果至少须包含一条意见建议',
};

/** 办结 — every suggestion answered, accepted and not evaluated 不满意. */
export const allSettled: Guard = {
  name: 'allSettled',
  holds: (f) => f.outcomeSuggestions > 0 && f.suggestionsSettled === f.outcomeSuggestions,
  reason: '尚有建议未办复、未采纳反馈或测评为不满意，不能办结；确需办结的，请填写理由后结束办理',
};

/** 议题事件 — what can happen to a topic. */
export const TOPIC_EVENTS = [
  'submit_for_review',
  'chair_pass',
  'chair_return',
  'chair_reject',
  'party_approve',
  'party_return',
  'party_reject',
  'start_consultation',
  'submit_outcome',
  'start_handling',
  'start_follow_up',
  'conclude',
  'close',
] as const;
/** A topic event. */
export type TopicEvent = (typeof TOPIC_EVENTS)[number];

/** One row of the transition table. */
export interface TransitionRule {
  readonly from: readonly TopicState[];
  readonly to: TopicState;
  /** The action it needs, decided by the topic policy for the topic's own county (or the city for a city topic). */
  readonly action: TopicTransitionAction;
  readonly guards: readonly Guard[];
  /** A reason must be given (returns and rejections). */
  readonly needsReason: boolean;
  /** The Chinese name recorded on the timeline and in the audit trail. */
  readonly label: string;
  /**
   * The event happens only as the effect of this action (its form records what the step needs: the
   * consultation, the outcome, the 交办); it is never requested on its own.
   */
  readonly viaAction?: 'topic.schedule_consultation' | 'topic.submit_outcome' | 'handling.manage';
}

/** The actions the transition table's rows name. */
export type TopicTransitionAction = Extract<Action, 'topic.advance' | 'topic.chair_review' | 'topic.party_review'>;

const OFFICE = 'topic.advance';
const CHAIR = 'topic.chair_review';
const PARTY = 'topic.party_review';

/** 议题流转表 — the one transition table; nothing else changes a topic's state. */
export const TOPIC_TRANSITIONS: Readonly<Record<TopicEvent, TransitionRule>> = {
  submit_for_review: { from: ['draft'], to: 'chair_review', action: OFFICE, guards: [], needsReason: false, label: '提交主席会议审议' },
  chair_pass: { from: ['chair_review'], to: 'party_review', action: CHAIR, guards: [], needsReason: false, label: '主席会议审议通过' },
  chair_return: { from: ['chair_review'], to: 'draft', action: CHAIR, guards: [], needsReason: true, label: '主席会议退回修改' },
  chair_reject: { from: ['chair_review'], to: 'rejected', action: CHAIR, guards: [], needsReason: true, label: '主席会议不予通过' },
  party_approve: { from: ['party_review'], to: 'researching', action: PARTY, guards: [], needsReason: false, label: '党委审定同意' },
  party_return: { from: ['party_review'], to: 'draft', action: PARTY, guards: [], needsReason: true, label: '党委退回修改' },
  party_reject: { from: ['party_review'], to: 'rejected', action: PARTY, guards: [], needsReason: true, label: '党委不予同意' },
  start_consultation: { from: ['researching'], to: 'consulting', action: OFFICE, guards: [researchFirst, sensitivePrepared], needsReason: false, label: '安排协商活动', viaAction: 'topic.schedule_consultation' },
  submit_outcome: { from: ['consulting'], to: 'outcome_submitted', action: OFFICE, guards: [consultationHeld, outcomeHasSuggestions], needsReason: false, label: '报送协商成果', viaAction: 'topic.submit_outcome' },
  start_handling: { from: ['outcome_submitted'], to: 'handling', action: OFFICE, guards: [], needsReason: false, label: '交办建议', viaAction: 'handling.manage' },
  start_follow_up: { from: ['handling'], to: 'following_up', action: OFFICE, guards: [], needsReason: false, label: '开展跟踪问效' },
  conclude: { from: ['handling', 'following_up'], to: 'concluded', action: OFFICE, guards: [allSettled], needsReason: false, label: '办结' },
  close: { from: ['handling', 'following_up'], to: 'concluded', action: OFFICE, guards: [], needsReason: true, label: '结束办理（说明理由）' },
};

/** The topic as the workflow sees it. */
export interface TopicRef {
  readonly state: TopicState;
  /** The county the topic belongs to; null for a city topic. */
  readonly countyId: string | null;
}

/** The answer of a transition: the new state, or a refusal with a Chinese reason. */
export type TransitionResult =
  | { readonly ok: true; readonly to: TopicState; readonly rule: TransitionRule }
  | { readonly ok: false; readonly reason: string; readonly kind: 'state' | 'role' | 'guard' | 'reason' };

/**
 * Decides a transition: the state must match, the policy must allow the rule's action on the topic, a
 * reason must be given where needed, and every guard must hold.
 */
export function transition(topic: TopicRef, event: TopicEvent, actor: Actor, facts: TopicFacts, reason?: string): TransitionResult {
  const rule = TOPIC_TRANSITIONS[event];
  if (!rule.from.includes(topic.state)) {
    return { ok: false, kind: 'state', reason: `议题当前处于“${TOPIC_STATE_LABELS[topic.state]}”阶段，不能“${rule.label}”` };
  }
  const allowed = can(actor, rule.action, { type: 'topic', scope: [topic.countyId] });
  if (!allowed.ok) return { ok: false, kind: 'role', reason: `您没有“${rule.label}”的权限（${allowed.reason}）` };
  if (rule.needsReason && !reason?.trim()) return { ok: false, kind: 'reason', reason: `“${rule.label}”须填写理由` };
  const failed = rule.guards.find((g) => !g.holds(facts));
  if (failed) return { ok: false, kind: 'guard', reason: failed.reason };
  return { ok: true, to: rule.to, rule };
}

/** Whether the policy lets the actor take the event's action on a topic of the county (null: the city), whatever its state. */
export function mayTake(actor: Actor, event: TopicEvent, countyId: string | null): boolean {
  return can(actor, TOPIC_TRANSITIONS[event].action, { type: 'topic', scope: [countyId] }).ok;
}

/**
 * The events the actor may take now: sent with each topic so that the UI shows only these buttons. An
 * event with `viaAction` is taken through that action's form, never as a transition of its own.
 */
export function availableEvents(topic: TopicRef, actor: Actor, facts: TopicFacts): TopicEvent[] {
  return TOPIC_EVENTS.filter((e) => transition(topic, e, actor, facts, '理由').ok);
}

/** Why an event cannot be requested on its own (it is the effect of an action), or null when it can. */
export function requestRefusal(event: TopicEvent): string | null {
  const via = TOPIC_TRANSITIONS[event].viaAction;
  return via ? `“${TOPIC_TRANSITIONS[event].label}”须通过相应的表单办理，不能单独流转` : null;
}

/** Events the actor could take but for an unmet precondition, with the reason (shown as a hint). */
export function blockedEvents(topic: TopicRef, actor: Actor, facts: TopicFacts): { event: TopicEvent; reason: string }[] {
  return TOPIC_EVENTS.flatMap((event) => {
    const r = transition(topic, event, actor, facts, '理由');
    return !r.ok && r.kind === 'guard' ? [{ event, reason: r.reason }] : [];
  });
}
