import type { FeedbackStatus } from '../handling/handling.views.js';
import { type ConsultationStatus, PROPOSAL_STATUS_LABELS, type ProposalStatus } from './vocab.js';

/**
 * The small state machines beside the topic's (lifecycle.ts) and the handling item's (handling.ts): a
 * proposal from 待初筛 to 并入议题, a consultation from 已安排 to 已举行, a department's feedback from
 * 待审核 to 已采纳 / 已退回修改. Each event names the states it may start from and the state it leads to;
 * use cases and presenters ask these tables, nothing else decides.
 */
interface Step<S extends string> {
  readonly from: readonly S[];
  readonly to: S;
}

/** A step taken, or refused with a Chinese reason. */
export type StepResult<S extends string> = { readonly ok: true; readonly to: S } | { readonly ok: false; readonly reason: string };

function stepper<S extends string, E extends string>(table: Readonly<Record<E, Step<S>>>, refusal: (state: S, event: E) => string) {
  return {
    /** Where the event leads from this state, or why it may not be taken. */
    step(state: S, event: E): StepResult<S> {
      const s = table[event];
      return s.from.includes(state) ? { ok: true, to: s.to } : { ok: false, reason: refusal(state, event) };
    },
    /** The events that may be taken from this state. */
    eventsFrom(state: S): E[] {
      return (Object.keys(table) as E[]).filter((e) => table[e].from.includes(state));
    },
    /** The state an event leads to. */
    target(event: E): S {
      return table[event].to;
    },
  };
}

/** 选题建议: screened into the candidate pool, excluded with a reason, or merged into a topic. */
export const PROPOSAL_STEPS = {
  screen_in: { from: ['submitted', 'screened_in'], to: 'screened_in' },
  exclude: { from: ['submitted', 'screened_in'], to: 'excluded' },
  merge: { from: ['submitted', 'screened_in'], to: 'merged' },
} as const satisfies Record<string, Step<ProposalStatus>>;
/** An event of a proposal. */
export type ProposalEvent = keyof typeof PROPOSAL_STEPS;
/** The state a new proposal starts in (待初筛). */
export const PROPOSAL_STARTS_AS: ProposalStatus = 'submitted';
export const proposalMachine = stepper<ProposalStatus, ProposalEvent>(PROPOSAL_STEPS, (state) => `该选题建议${PROPOSAL_STATUS_LABELS[state]}，不能再处理`);

/** 协商活动: scheduled, then recorded once as held. */
export const CONSULTATION_STEPS = {
  record: { from: ['scheduled'], to: 'held' },
} as const satisfies Record<string, Step<ConsultationStatus>>;
export type ConsultationEvent = keyof typeof CONSULTATION_STEPS;
/** The state a consultation starts in when it is scheduled. */
export const CONSULTATION_STARTS_AS: ConsultationStatus = 'scheduled';
export const consultationMachine = stepper<ConsultationStatus, ConsultationEvent>(CONSULTATION_STEPS, () => '该协商活动已记录，请勿重复提交');

/** 办理反馈: a department's feedback awaits review, then is accepted or returned; one entered from a paper letter by the office is accepted as entered. */
export const FEEDBACK_STEPS = {
  accept: { from: ['submitted'], to: 'accepted' },
  return: { from: ['submitted'], to: 'returned' },
} as const satisfies Record<string, Step<FeedbackStatus>>;
export type FeedbackEvent = keyof typeof FEEDBACK_STEPS;
/** The status a feedback starts in: submitted by the department, or entered by the office from a letter (already accepted). */
export const feedbackStartsAs = (enteredByOffice: boolean): FeedbackStatus => (enteredByOffice ? 'accepted' : 'submitted');
export const feedbackMachine = stepper<FeedbackStatus, FeedbackEvent>(FEEDBACK_STEPS, () => '该反馈已审核');
