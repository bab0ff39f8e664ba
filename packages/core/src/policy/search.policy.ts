import type { SearchKindName } from '../search/search.schema.js';
import type { Action } from './actions.js';
import type { Actor } from './actor.js';
import { can } from './can.js';
import { departmentOf, isMember } from './predicates.js';

/** The list each kind of record is read by: a search finds only what that list would show. */
const READ_BY: Readonly<Record<SearchKindName, Action>> = {
  proposal: 'proposal.list',
  topic: 'topic.read',
  suggestion: 'topic.read',
  feedback: 'topic.read',
  opinion: 'topic.read',
  statement: 'topic.read',
};

/** What a search may find for an actor, besides public records. */
export interface SearchAudience {
  /** Per kind: every county, or the counties (null = city records) whose records of that kind the actor reads. */
  readonly counties: Map<SearchKindName, 'all' | (string | null)[]>;
  /** A member finds their own proposals. */
  readonly ownerId: string | null;
  /** A department handler finds their department's suggestions and answers. */
  readonly deptId: string | null;
}

/**
 * 检索范围 — decided by the same policies as the lists: for each kind, the counties in which the actor may read
 * that kind's list (all of them for whoever reads across counties), a member's own proposals and a department's items.
 */
export function searchAudience(actor: Actor, counties: readonly (string | null)[], kinds: readonly SearchKindName[]): SearchAudience {
  const across = can(actor, 'county.read_all', { type: 'organisation', scope: [] }).ok;
  const out = new Map<SearchKindName, 'all' | (string | null)[]>();
  for (const kind of kinds) {
    const action = READ_BY[kind];
    if (across && can(actor, action, { type: 'topic', scope: [null] }).ok) out.set(kind, 'all');
    else out.set(kind, counties.filter((c) => can(actor, action, { type: kind === 'proposal' ? 'proposal' : 'topic', scope: [c] }).ok));
  }
  return { counties: out, ownerId: isMember(actor) ? actor.userId : null, deptId: departmentOf(actor) };
}
