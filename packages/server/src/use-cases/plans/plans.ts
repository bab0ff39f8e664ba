import { allowedActions, type CreatePlanInput, type CreateSolicitationInput } from '@shangliang/core';
import type { RequestContext } from '../../http/context.js';
import { AppError, conflict } from '../../http/errors.js';
import { newId } from '../../repositories/ids.js';
import { findOrgs } from '../../repositories/organisations.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authorize.js';

const DONE_STATES = ['outcome_submitted', 'handling', 'following_up', 'concluded'];

function county(ctx: RequestContext): string | null {
  if (!ctx.user) throw new AppError(401, 'UNAUTHENTICATED', '请先登录');
  return ctx.user.countyId;
}

/** 年度协商计划 of the actor's county, with planned versus done. */
export async function listPlans(ctx: RequestContext, filter: { countyId?: string | undefined; year?: number | undefined }) {
  const countyId = filter.countyId ?? county(ctx);
  await authorize(ctx, 'topic.read', { type: 'topic', scope: [countyId] });
  let q = ctx.db.kysely.selectFrom('plans').selectAll().where(countyId === null ? (eb) => eb('county_id', 'is', null) : (eb) => eb('county_id', '=', countyId));
  if (filter.year) q = q.where('year', '=', filter.year);
  const plans = await q.orderBy('year', 'desc').orderBy('created_at', 'desc').execute();
  const ids = plans.map((p) => p.id);
  const topics = ids.length ? await ctx.db.kysely.selectFrom('topics').select(['plan_id', 'state']).where('plan_id', 'in', ids).execute() : [];
  const orgs = await findOrgs(ctx.db.kysely, plans.map((p) => p.county_id).filter((x): x is string => !!x));
  const actions = allowedActions(ctx.actor, { type: 'plan', scope: [countyId] }, ['plan.manage']);
  return plans.map((p) => ({
    id: p.id,
    countyId: p.county_id,
    countyName: p.county_id ? (orgs.get(p.county_id)?.name ?? null) : '临汾市政协',
    year: p.year,
    title: p.title,
    reportedOn: p.reported_on,
    topicCount: topics.filter((t) => t.plan_id === p.id).length,
    doneCount: topics.filter((t) => t.plan_id === p.id && DONE_STATES.includes(t.state)).length,
    actions,
  }));
}

/** 新建年度协商计划 — one per title and year. */
export async function createPlan(ctx: RequestContext, input: CreatePlanInput) {
  const countyId = county(ctx);
  await authorize(ctx, 'plan.manage', { type: 'plan', scope: [countyId] });
  const dup = await ctx.db.kysely.selectFrom('plans').select('id').where('year', '=', input.year).where('title', '=', input.title).where(countyId === null ? (eb) => eb('county_id', 'is', null) : (eb) => eb('county_id', '=', countyId)).executeTakeFirst();
  if (dup) throw conflict('同名的年度协商计划已存在');
  const id = newId();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await trx.insertInto('plans').values({ id, county_id: countyId, year: input.year, title: input.title, reported_on: input.reportedOn ?? null, created_at: ctx.now.toISOString() }).execute();
    await recordAudit(ctx, { action: 'plan.create', subjectType: 'plan', subjectId: id, countyId, summary: { name: input.title } }, trx);
  });
  return (await listPlans(ctx, { year: input.year })).find((p) => p.id === id)!;
}

/** 公开征集 of the actor's county. */
export async function listSolicitations(ctx: RequestContext) {
  const countyId = county(ctx);
  await authorize(ctx, 'solicitation.manage', { type: 'solicitation', scope: [countyId] });
  const rows = await ctx.db.kysely.selectFrom('solicitations').selectAll().where(countyId === null ? (eb) => eb('county_id', 'is', null) : (eb) => eb('county_id', '=', countyId)).orderBy('opens_on', 'desc').execute();
  const ids = rows.map((r) => r.id);
  const counts = ids.length ? await ctx.db.kysely.selectFrom('proposals').select(['solicitation_id', (eb) => eb.fn.countAll<number>().as('n')]).where('solicitation_id', 'in', ids).groupBy('solicitation_id').execute() : [];
  const today = ctx.now.toISOString().slice(0, 10);
  return rows.map((r) => ({ id: r.id, countyId: r.county_id, title: r.title, scope: r.scope, opensOn: r.opens_on, closesOn: r.closes_on, open: r.opens_on <= today && today <= r.closes_on, proposalCount: Number(counts.find((c) => c.solicitation_id === r.id)?.n ?? 0) }));
}

/** 发布公开征集. */
export async function createSolicitation(ctx: RequestContext, input: CreateSolicitationInput) {
  const countyId = county(ctx);
  await authorize(ctx, 'solicitation.manage', { type: 'solicitation', scope: [countyId] });
  const id = newId();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await trx.insertInto('solicitations').values({ id, county_id: countyId, title: input.title, scope: input.scope, opens_on: input.opensOn, closes_on: input.closesOn, created_by: ctx.user!.id, created_at: ctx.now.toISOString() }).execute();
    await recordAudit(ctx, { action: 'solicitation.create', subjectType: 'solicitation', subjectId: id, countyId, summary: { name: input.title } }, trx);
  });
  return (await listSolicitations(ctx)).find((s) => s.id === id)!;
}
