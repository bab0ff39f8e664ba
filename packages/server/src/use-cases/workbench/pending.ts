import { can, dayInShanghai, departmentOf, mayTake, type PendingView } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { countConsultationsAt, countItemsAt, countItemsOfTopicsAt, countProposalsAt, countTopicsAt } from '../../repositories/pending.repository.js';

/** Counts the user's pending items in their active county. */
export async function pendingFor(ctx: RequestContext): Promise<PendingView> {
  const county = ctx.user?.countyId ?? null;
  const db = ctx.db.kysely;
  const office = can(ctx.actor, 'proposal.screen', { type: 'topic', scope: [county] }).ok;
  const dept = departmentOf(ctx.actor);
  const today = dayInShanghai(ctx.now);
  const when = (yes: boolean, count: () => Promise<number>): Promise<number> => (yes ? count() : Promise.resolve(0));
  const [screen, submit, chairReview, partyReview, research, consult, record, outcome, assign, accept, evaluate, answer, overdue] = await Promise.all([
    when(office, () => countProposalsAt(db, county, 'submitted')),
    when(office, () => countTopicsAt(db, county, 'draft')),
    when(mayTake(ctx.actor, 'chair_pass', county), () => countTopicsAt(db, county, 'chair_review')),
    when(mayTake(ctx.actor, 'party_approve', county), () => countTopicsAt(db, county, 'party_review')),
    when(office, () => countTopicsAt(db, county, 'researching', { report: false })),
    when(office, () => countTopicsAt(db, county, 'researching', { report: true })),
    when(office, () => countConsultationsAt(db, county, 'scheduled')),
    when(office, () => countTopicsAt(db, county, 'consulting', { held: true })),
    when(office, () => countItemsOfTopicsAt(db, county, 'unassigned', ['outcome_submitted', 'handling', 'following_up'])),
    when(office, () => countItemsAt(db, { county }, 'answered')),
    when(office, () => countItemsAt(db, { county }, 'accepted')),
    when(!!dept, () => countItemsAt(db, { leadDeptId: dept ?? '' }, 'assigned')),
    office ? countItemsAt(db, { county }, 'assigned', today) : when(!!dept, () => countItemsAt(db, { leadDeptId: dept ?? '' }, 'assigned', today)),
  ]);
  return { screen, submit, chairReview, partyReview, research, consult, record, outcome, assign, accept, evaluate, answer, overdue };
}
