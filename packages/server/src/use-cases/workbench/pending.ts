import { type Action, can, dayInShanghai, departmentOf, mayTake } from '@shangliang/core';
import type { RequestContext } from '../../http/context.js';
import { inCountyScope } from '../../repositories/types.js';

/** 待办事项 — counts of what waits on this user, by role; 0 where it is not their job. */
export interface Pending {
  readonly screen: number;
  /** Draft topics waiting to be submitted for the chair's review. */
  readonly submit: number;
  readonly chairReview: number;
  readonly partyReview: number;
  readonly research: number;
  readonly consult: number;
  readonly record: number;
  readonly outcome: number;
  /** Handling: suggestions to assign, feedback to review, feedback to evaluate (office). */
  readonly assign: number;
  readonly accept: number;
  readonly evaluate: number;
  /** Department: items to answer. */
  readonly answer: number;
  /** Items past their due date (office: the county's; department: its own). */
  readonly overdue: number;
}

/** Counts the user's pending items in their active county. */
export async function pendingFor(ctx: RequestContext): Promise<Pending> {
  const county = ctx.user?.countyId ?? null;
  const db = ctx.db.kysely;
  const here = inCountyScope('county_id', [county]);
  const may = (action: Action) => can(ctx.actor, action, { type: 'topic', scope: [county] }).ok;
  const office = may('proposal.screen');
  const topics = (state: string) => db.selectFrom('topics').where(here).where('state', '=', state);
  const withReport = db.selectFrom('research_reports').select('topic_id');
  const held = db.selectFrom('consultations').select('topic_id').where('status', '=', 'held');
  const n = async (p: Promise<{ n: unknown }>): Promise<number> => Number((await p).n);
  const topicCount = (q: ReturnType<typeof topics>) => n(q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow());
  const [screen, submit, chairReview, partyReview, research, consult, record, outcome] = await Promise.all([
    office ? n(db.selectFrom('proposals').where(here).where('status', '=', 'submitted').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()) : 0,
    office ? topicCount(topics('draft')) : 0,
    mayTake(ctx.actor, 'chair_pass', county) ? topicCount(topics('chair_review')) : 0,
    mayTake(ctx.actor, 'party_approve', county) ? topicCount(topics('party_review')) : 0,
    office ? topicCount(topics('researching').where('id', 'not in', withReport)) : 0,
    office ? topicCount(topics('researching').where('id', 'in', withReport)) : 0,
    office ? n(db.selectFrom('consultations').where(here).where('status', '=', 'scheduled').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()) : 0,
    office ? topicCount(topics('consulting').where('id', 'in', held)) : 0,
  ]);
  const items = (state: string) => db.selectFrom('handling_items').where(here).where('state', '=', state);
  const itemCount = (q: ReturnType<typeof items>) => n(q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow());
  const today = dayInShanghai(ctx.now);
  const dept = departmentOf(ctx.actor);
  const mine = (state: string) => db.selectFrom('handling_items').where('lead_dept_id', '=', dept ?? '').where('state', '=', state);
  const [assign, accept, evaluate, answer, overdue] = await Promise.all([
    office ? itemCount(items('unassigned').where('topic_id', 'in', db.selectFrom('topics').select('id').where('state', 'in', ['outcome_submitted', 'handling', 'following_up']))) : 0,
    office ? itemCount(items('answered')) : 0,
    office ? itemCount(items('accepted')) : 0,
    dept ? itemCount(mine('assigned')) : 0,
    office ? itemCount(items('assigned').where('due_on', '<', today)) : dept ? itemCount(mine('assigned').where('due_on', '<', today)) : 0,
  ]);
  return { screen, submit, chairReview, partyReview, research, consult, record, outcome, assign, accept, evaluate, answer, overdue };
}
