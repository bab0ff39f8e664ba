import { type Action, can } from '@shangliang/core';
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
}

/** Counts the user's pending items in their active county. */
export async function pendingFor(ctx: RequestContext): Promise<Pending> {
  const county = ctx.user?.countyId ?? null;
  const db = ctx.db.kysely;
  const here = inCountyScope('county_id', [county]);
  const may = (action: Action) => can(ctx.actor, action, { type: 'topic', scope: [county] }).ok;
  const holds = (role: string) => ctx.actor.grants.some((g) => g.role === role && g.countyId === county);
  const office = may('proposal.screen');
  const topics = (state: string) => db.selectFrom('topics').where(here).where('state', '=', state);
  const withReport = db.selectFrom('research_reports').select('topic_id');
  const held = db.selectFrom('consultations').select('topic_id').where('status', '=', 'held');
  const n = async (p: Promise<{ n: unknown }>): Promise<number> => Number((await p).n);
  const topicCount = (q: ReturnType<typeof topics>) => n(q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow());
  const [screen, submit, chairReview, partyReview, research, consult, record, outcome] = await Promise.all([
    office ? n(db.selectFrom('proposals').where(here).where('status', '=', 'submitted').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()) : 0,
    office ? topicCount(topics('draft')) : 0,
    holds('leader') ? topicCount(topics('chair_review')) : 0,
    holds('party_reviewer') ? topicCount(topics('party_review')) : 0,
    office ? topicCount(topics('researching').where('id', 'not in', withReport)) : 0,
    office ? topicCount(topics('researching').where('id', 'in', withReport)) : 0,
    office ? n(db.selectFrom('consultations').where(here).where('status', '=', 'scheduled').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()) : 0,
    office ? topicCount(topics('consulting').where('id', 'in', held)) : 0,
  ]);
  return { screen, submit, chairReview, partyReview, research, consult, record, outcome };
}
