import { allowedActions } from '../policy/can.js';
import type { Action } from '../policy/actions.js';
import type { Actor } from '../policy/actor.js';
import { consultationHeld, type Guard, type TopicFacts, type TopicState, TOPIC_STATE_LABELS, researchFirst, sensitivePrepared } from './lifecycle.js';

/** One row of the stage table: in which states the action is open, and what must hold first in some of them. */
export interface StageRule {
  readonly states: readonly TopicState[];
  /** Guards by state: e.g. the first consultation (from 调研中) needs a research report. */
  readonly guards?: Partial<Record<TopicState, readonly Guard[]>>;
  /** Said when the topic is in none of the states. */
  readonly closed: string;
}

/** 阶段操作表 — the one table of what each stage allows besides transitions; presenters and use cases both ask it. */
export const TOPIC_STAGE_RULES = {
  'topic.update': { states: ['draft'], closed: '议题提交审议后不能再修改基本信息' },
  'topic.record_research': { states: ['researching', 'consulting'], closed: '议题经党委审定同意后方可记录调研情况' },
  'topic.record_preparation': { states: ['researching', 'consulting'], closed: '议题经党委审定同意后方可记录调研情况' },
  'topic.schedule_consultation': {
    states: ['researching', 'consulting'],
    // The first consultation is the start_consultation transition: 不调研不协商 and the sensitive-topic rule.
    guards: { researching: [researchFirst, sensitivePrepared] },
    closed: '议题经党委审定同意并完成调研后方可安排协商活动',
  },
  'topic.record_consultation': { states: ['consulting'], closed: '议题不在协商阶段，不能记录协商情况' },
  'topic.submit_outcome': { states: ['consulting'], guards: { consulting: [consultationHeld] }, closed: '议题不在协商阶段，不能报送协商成果' },
  // 导出 / 导入办理表: the outcome's suggestions exist from its submission on.
  'handling.manage': { states: ['outcome_submitted', 'handling', 'following_up', 'concluded'], closed: '该议题尚未报送协商成果，没有可办理的建议' },
} as const satisfies Partial<Record<Action, StageRule>>;

/** A stage action of a topic: what a topic page lets the office do besides moving the topic on — the table's keys. */
export type TopicStageAction = keyof typeof TOPIC_STAGE_RULES;
/** The stage actions, in the table's order. */
export const TOPIC_STAGE_ACTIONS = Object.keys(TOPIC_STAGE_RULES) as TopicStageAction[];

/**
 * Why the stage does not allow the action now, or null when it does. Without facts only the state is
 * checked (a use case whose step runs the guarded transition itself gets the guard's refusal from it).
 */
export function stageRefusal(action: TopicStageAction, state: TopicState, facts?: TopicFacts): string | null {
  const rule: StageRule = TOPIC_STAGE_RULES[action];
  if (!rule.states.includes(state)) return `${rule.closed}（当前：${TOPIC_STATE_LABELS[state]}）`;
  return facts ? (rule.guards?.[state]?.find((g) => !g.holds(facts))?.reason ?? null) : null;
}

/** The stage actions the actor may take on the topic now: allowed by policy and open in this stage. */
export function stageActions(actor: Actor, topic: { state: TopicState; countyId: string | null }, facts: TopicFacts): Action[] {
  const permitted = allowedActions(actor, { type: 'topic', scope: [topic.countyId] }, TOPIC_STAGE_ACTIONS);
  return permitted.filter((a) => stageRefusal(a as TopicStageAction, topic.state, facts) === null);
}
