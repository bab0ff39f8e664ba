import type { Action } from '../policy/actions.js';
import type { Actor } from '../policy/actor.js';
import { can } from '../policy/can.js';
import { itemSubject } from '../policy/handling-item.policy.js';
import { addDays } from './deadlines.js';

/** 建议办理状态 — one suggestion's handling, round after round. */
export const ITEM_STATES = ['unassigned', 'assigned', 'returned', 'answered', 'accepted', 'settled'] as const;
/** A handling state. */
export type ItemState = (typeof ITEM_STATES)[number];
/** Labels of handling states. */
export const ITEM_STATE_LABELS: Readonly<Record<ItemState, string>> = {
  unassigned: '待交办',
  assigned: '办理中',
  returned: '承办单位已退回',
  answered: '已反馈待审核',
  accepted: '待满意度测评',
  settled: '已办结',
};

/** 办理结果分类 (A 已解决 / B 正在解决或列入规划 / C 以后解决 / D 留作参考). */
export const RESULT_CLASSES = ['A', 'B', 'C', 'D'] as const;
/** A result class. */
export type ResultClass = (typeof RESULT_CLASSES)[number];
/** Labels of result classes. */
export const RESULT_CLASS_LABELS: Readonly<Record<ResultClass, string>> = {
  A: 'A 已解决',
  B: 'B 正在解决或列入规划',
  C: 'C 以后解决',
  D: 'D 留作参考',
};

/** 满意度测评. */
export const RATINGS = ['satisfied', 'basically', 'unsatisfied'] as const;
/** A rating. */
export type Rating = (typeof RATINGS)[number];
/** Labels of ratings. */
export const RATING_LABELS: Readonly<Record<Rating, string>> = { satisfied: '满意', basically: '基本满意', unsatisfied: '不满意' };

/** 督办方式. */
export const SUPERVISION_METHODS = ['phone', 'visit', 'letter'] as const;
/** A supervision method. */
export type SupervisionMethod = (typeof SUPERVISION_METHODS)[number];
/** Labels of supervision methods. */
export const SUPERVISION_METHOD_LABELS: Readonly<Record<SupervisionMethod, string>> = { phone: '电话督办', visit: '上门督办', letter: '发函督办' };

/** Handling events. */
export const ITEM_EVENTS = ['assign', 'return_misassigned', 'submit_feedback', 'record_feedback', 'return_feedback', 'accept_feedback', 'evaluate'] as const;
/** A handling event. */
export type ItemEvent = (typeof ITEM_EVENTS)[number];

/** Who acts, as the action the handling policy decides: the office of the topic's level, or the lead department (主办). */
export type ItemStepAction = Extract<Action, 'handling_item.oversee' | 'handling_item.handle'>;

const OFFICE = 'handling_item.oversee';
const LEAD = 'handling_item.handle';

/** One row of the handling table. */
export interface ItemRule {
  readonly from: readonly ItemState[];
  readonly action: ItemStepAction;
  readonly needsReason: boolean;
  readonly label: string;
}

/** 建议办理流转表 — the one table for a suggestion's handling. `evaluate` leads to settled or, if 不满意, a new round. */
export const ITEM_TRANSITIONS: Readonly<Record<ItemEvent, ItemRule>> = {
  assign: { from: ['unassigned', 'returned'], action: OFFICE, needsReason: false, label: '交办' },
  return_misassigned: { from: ['assigned'], action: LEAD, needsReason: true, label: '退回（非本单位职责）' },
  submit_feedback: { from: ['assigned'], action: LEAD, needsReason: false, label: '提交书面反馈' },
  /** The office enters a written reply received on paper (e.g. by the xlsx import); it counts as accepted. */
  record_feedback: { from: ['assigned'], action: OFFICE, needsReason: false, label: '录入书面反馈（来函）' },
  return_feedback: { from: ['answered'], action: OFFICE, needsReason: true, label: '退回反馈重新办理' },
  accept_feedback: { from: ['answered'], action: OFFICE, needsReason: false, label: '采纳反馈' },
  evaluate: { from: ['accepted'], action: OFFICE, needsReason: false, label: '满意度测评' },
};

/** What the handling rules need to know about an item. */
export interface ItemRef {
  readonly state: ItemState;
  /** The topic's county (null for the city). */
  readonly countyId: string | null;
  readonly leadDepartmentId: string | null;
  /** Handling round: 1, then +1 after each 不满意. */
  readonly round: number;
  /** The day the current lead department got it (YYYY-MM-DD), for the return window. */
  readonly assignedOn: string | null;
}

/** The result of a handling decision. */
export type ItemResult =
  | { readonly ok: true; readonly to: ItemState; readonly rule: ItemRule }
  | { readonly ok: false; readonly kind: 'state' | 'role' | 'reason' | 'window'; readonly reason: string };

/**
 * Decides a handling event. `today` is the Beijing calendar day; `returnWindowDays` the county's
 * setting for returning a misassigned item; `rating` is needed for `evaluate`.
 */
export function decideItem(
  item: ItemRef,
  event: ItemEvent,
  actor: Actor,
  ctx: { today: string; returnWindowDays: number; reason?: string | undefined; rating?: 'satisfied' | 'basically' | 'unsatisfied' | undefined },
): ItemResult {
  const rule = ITEM_TRANSITIONS[event];
  if (!rule.from.includes(item.state)) return { ok: false, kind: 'state', reason: `该建议当前为“${ITEM_STATE_LABELS[item.state]}”，不能${rule.label}` };
  const allowed = can(actor, rule.action, itemSubject(item));
  if (!allowed.ok) return { ok: false, kind: 'role', reason: rule.action === OFFICE ? `“${rule.label}”${allowed.reason}` : `只有主办单位可以${rule.label}` };
  if (rule.needsReason && !ctx.reason?.trim()) return { ok: false, kind: 'reason', reason: `“${rule.label}”须填写理由` };
  if (event === 'return_misassigned') {
    if (item.round > 1) return { ok: false, kind: 'window', reason: '重新办理的建议不能再退回' };
    const last = item.assignedOn ? addDays(item.assignedOn, ctx.returnWindowDays) : null;
    if (!last || ctx.today > last) return { ok: false, kind: 'window', reason: `已超过退回期限（交办后 ${ctx.returnWindowDays} 日内），请按期办理或联系政协办公室` };
  }
  if (event === 'evaluate') {
    if (!ctx.rating) return { ok: false, kind: 'reason', reason: '请选择测评结果' };
    return { ok: true, to: ctx.rating === 'unsatisfied' ? 'assigned' : 'settled', rule };
  }
  const to: ItemState = { assign: 'assigned', return_misassigned: 'returned', submit_feedback: 'answered', record_feedback: 'accepted', return_feedback: 'assigned', accept_feedback: 'accepted' }[event] as ItemState;
  return { ok: true, to, rule };
}

/** The events the actor may take on an item now (rating-dependent `evaluate` counted as one). */
export function availableItemEvents(item: ItemRef, actor: Actor, today: string, returnWindowDays: number): ItemEvent[] {
  return ITEM_EVENTS.filter((e) => decideItem(item, e, actor, { today, returnWindowDays, reason: '理由', rating: 'satisfied' }).ok);
}

/** How an actor relates to an item is decided by the handling-item policy; re-exported for the item views. */
export { itemAccess, type ItemAccess } from '../policy/handling-item.policy.js';
