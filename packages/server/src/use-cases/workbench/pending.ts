import { can, dayInShanghai, departmentOf, mayTake, type PendingView } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { consultationsAt, countTogether, itemsAt, itemsOfTopicsAt, proposalsAt, topicsAt } from '../../repositories/pending.repository.js';

/** Counts the user's pending items in their active county. */
export async function pendingFor(ctx: RequestContext): Promise<PendingView> {
  const county = ctx.user?.countyId ?? null;
  const db = ctx.db.kysely;
  const office = can(ctx.actor, 'proposal.screen', { type: 'topic', scope: [county] }).ok;
  const dept = departmentOf(ctx.actor);
  const today = dayInShanghai(ctx.now);
  const byDept = dept ? { leadDeptId: dept } : null;
  const counts = await countTogether(db, {
    screen: office ? proposalsAt(db, county, 'submitted') : null,
    submit: office ? topicsAt(db, county, 'draft') : null,
    chairReview: mayTake(ctx.actor, 'chair_pass', county) ? topicsAt(db, county, 'chair_review') : null,
    partyReview: mayTake(ctx.actor, 'party_approve', county) ? topicsAt(db, county, 'party_review') : null,
    research: office ? topicsAt(db, county, 'researching', { report: false }) : null,
    consult: office ? topicsAt(db, county, 'researching', { report: true }) : null,
    record: office ? consultationsAt(db, county, 'scheduled') : null,
    outcome: office ? topicsAt(db, county, 'consulting', { held: true }) : null,
    assign: office ? itemsOfTopicsAt(db, county, 'unassigned', ['outcome_submitted', 'handling', 'following_up']) : null,
    accept: office ? itemsAt(db, { county }, 'answered') : null,
    evaluate: office ? itemsAt(db, { county }, 'accepted') : null,
    answer: byDept ? itemsAt(db, byDept, 'assigned') : null,
    overdue: office ? itemsAt(db, { county }, 'assigned', today) : byDept ? itemsAt(db, byDept, 'assigned', today) : null,
  });
  const { screen, submit, chairReview, partyReview, research, consult, record, outcome, assign, accept, evaluate, answer, overdue } = counts;
  return { screen, submit, chairReview, partyReview, research, consult, record, outcome, assign, accept, evaluate, answer, overdue };
}
