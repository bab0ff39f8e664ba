import type { Action } from '../policy/actions.js';
import type { Actor } from '../policy/actor.js';
import { can } from '../policy/can.js';
import { type ItemParties, itemSubject } from '../policy/handling-item.policy.js';
import type { ItemState } from './handling.js';
import { ITEM_ACTIONS, type ItemAction } from './handling.views.js';

/** What each of an item's non-workflow actions needs: a policy action, and the states it is open in. */
interface ItemActionRule {
  readonly action: Action;
  readonly states: readonly ItemState[];
  /** Why it is closed in the other states. */
  readonly closed: string;
}

/**
 * 督办, 成果转化 and 会办意见 beside the handling table: the presenter offers them and the use cases accept
 * them from this table only, so what is offered is what is accepted.
 */
export const ITEM_ACTION_RULES: Readonly<Record<ItemAction, ItemActionRule>> = {
  supervise: { action: 'handling.manage', states: ['assigned', 'returned', 'answered', 'accepted'], closed: '该建议尚未交办或已办结，无需督办' },
  conversion: { action: 'handling.manage', states: ['assigned', 'returned', 'answered', 'accepted', 'settled'], closed: '该建议尚未交办，不能记录成果转化' },
  co_opinion: { action: 'handling_item.co_opinion', states: ['assigned'], closed: '该建议当前不在办理中，不能提交会办意见' },
};

/** The policy subject of an item's action: its level's topic for the office's, the item itself for a department's. */
const subjectOf = (rule: ItemActionRule, item: ItemParties) => (rule.action === 'handling.manage' ? { type: 'topic' as const, scope: [item.countyId] } : itemSubject(item));

/** Why the action is refused on the item now (policy first, then the state), or null when it may be taken. */
export function itemActionRefusal(actor: Actor, action: ItemAction, item: ItemParties & { readonly state: ItemState }): { readonly kind: 'forbidden' | 'conflict'; readonly reason: string } | null {
  const rule = ITEM_ACTION_RULES[action];
  const decision = can(actor, rule.action, subjectOf(rule, item));
  if (!decision.ok) return { kind: 'forbidden', reason: decision.reason };
  return rule.states.includes(item.state) ? null : { kind: 'conflict', reason: rule.closed };
}

/** The item's non-workflow actions the actor may take now, sent with the item. */
export function itemActions(actor: Actor, item: ItemParties & { readonly state: ItemState }): ItemAction[] {
  return ITEM_ACTIONS.filter((a) => itemActionRefusal(actor, a, item) === null);
}
