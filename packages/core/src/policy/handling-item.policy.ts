import type { Action } from './actions.js';
import type { Actor, Subject } from './actor.js';
import { adminOr, runWorkflow } from './common.js';
import { type Rule, when } from './decision.js';
import { handlesCo, handlesLead, holdsInAll, isAdmin, isCityOffice, runsWorkflowOf, WORKFLOW_ROLES } from './predicates.js';

export { departmentOf } from './predicates.js';

/** What the policy needs to know of a handling item (one suggestion's handling). */
export interface ItemParties {
  /** The topic's county (null for the city). */
  readonly countyId: string | null;
  readonly leadDepartmentId: string | null;
  readonly coDepartmentIds?: readonly string[];
}

/** The policy subject of a handling item: its county and its departments. */
export const itemSubject = (item: ItemParties): Subject => ({
  type: 'handling_item',
  scope: [item.countyId],
  leadDepartmentId: item.leadDepartmentId,
  coDepartmentIds: item.coDepartmentIds ?? [],
});

/** How an actor relates to an item: the office of its level, the city office (read only), its 主办 or a 会办 unit. */
export type ItemAccess = 'office' | 'city' | 'lead' | 'co' | null;

/** Who may see an item: a department sees only items assigned to it; one county never sees another's. */
export function itemAccess(actor: Actor, item: ItemParties): ItemAccess {
  if (isAdmin(actor) || runsWorkflowOf(actor, item.countyId)) return 'office';
  if (isCityOffice(actor)) return 'city';
  if (handlesLead(actor, item)) return 'lead';
  if (handlesCo(actor, item)) return 'co';
  return null;
}

const accessOf = (actor: Actor, subject: Subject): ItemAccess =>
  itemAccess(actor, { countyId: subject.scope[0] ?? null, leadDepartmentId: subject.leadDepartmentId ?? null, coDepartmentIds: subject.coDepartmentIds ?? [] });

/**
 * 建议办理 — the board and each item. The steps of the handling table are taken by the parties
 * themselves (not wrapped in adminOr): the office of the item's level, and its lead department.
 */
export const HANDLING_ITEM_POLICY = {
  /** The board of a county, 督办 and 成果转化. */
  'handling.manage': adminOr(runWorkflow),
  'handling_item.read': when((actor, subject) => accessOf(actor, subject) !== null, '无权查看该办件'),
  'handling_item.oversee': when((actor, subject) => holdsInAll(actor, WORKFLOW_ROLES, subject), '须由本级政协办公室办理'),
  'handling_item.handle': when((actor, subject) => handlesLead(actor, subject), '只有主办单位可以办理'),
  'handling_item.co_opinion': when((actor, subject) => accessOf(actor, subject) === 'co', '只有会办单位可以提交会办意见'),
} as const satisfies Partial<Record<Action, Rule>>;
