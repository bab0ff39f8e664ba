import { allowedActions, type CreatePlanInput, type CreateSolicitationInput, type PlanView, type SolicitationView, type Subject, type UpdatePlanInput } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { AppError, conflict, notFound } from '../refusals.js';
import { newId } from '../../repositories/ids.js';
import { findOrgNames } from '../../repositories/organisations.repository.js';
import { countPlanTopics, findPlan, insertPlan, listCountyPlans, type PlanRow, planTitleTaken } from '../../repositories/plans.repository.js';
import { countProposalsBySolicitation, findSolicitation, insertSolicitation, listCountySolicitations, type SolicitationRow } from '../../repositories/solicitations.repository.js';
import { diff, recordAudit } from '../audit/record-audit.js';
import { authorize, authorizeRead } from '../authorize.js';
import { saveVersioned } from '../save-versioned.js';

const planSubject = (p: Pick<PlanRow, 'county_id'>): Subject => ({ type: 'plan', scope: [p.county_id] });

const DONE_STATES = ['outcome_submitted', 'handling', 'following_up', 'concluded'];

function county(ctx: RequestContext): string | null {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  return ctx.user.countyId;
}

/** 年度协商计划 of the actor's county, with planned versus done. */
export async function listPlans(ctx: RequestContext, filter: { countyId?: string | undefined; year?: number | undefined }) {
  const countyId = filter.countyId ?? county(ctx);
  await authorize(ctx, 'topic.read', { type: 'topic', scope: [countyId] });
  return presentPlans(ctx, await listCountyPlans(ctx.db.kysely, countyId, filter.year));
}

async function presentPlans(ctx: RequestContext, plans: PlanRow[]): Promise<PlanView[]> {
  const counts = await countPlanTopics(ctx.db.kysely, plans.map((p) => p.id), DONE_STATES);
  const orgs = await findOrgNames(ctx.db.kysely, plans.map((p) => p.county_id).filter((x): x is string => !!x));
  return plans.map((p) => ({
    id: p.id,
    countyId: p.county_id,
    countyName: p.county_id ? (orgs.get(p.county_id)?.name ?? null) : '临汾市政协',
    year: p.year,
    title: p.title,
    reportedOn: p.reported_on,
    topicCount: counts.get(p.id)?.topics ?? 0,
    doneCount: counts.get(p.id)?.done ?? 0,
    version: p.version,
    actions: allowedActions(ctx.actor, planSubject(p), ['plan.manage']),
  }));
}

/** A plan the actor may read; others' plans read as not found. */
async function loadPlan(ctx: RequestContext, id: string): Promise<PlanRow> {
  const row = await findPlan(ctx.db.kysely, id);
  if (!row) throw notFound('年度协商计划');
  await authorizeRead(ctx, 'topic.read', { type: 'topic', scope: [row.county_id] }, '年度协商计划');
  return row;
}

/** One 年度协商计划 (the edit form reloads it after a version conflict). */
export async function getPlan(ctx: RequestContext, id: string) {
  return (await presentPlans(ctx, [await loadPlan(ctx, id)]))[0]!;
}

/** 新建年度协商计划 — one per title and year. */
export async function createPlan(ctx: RequestContext, input: CreatePlanInput) {
  const countyId = county(ctx);
  await authorize(ctx, 'plan.manage', { type: 'plan', scope: [countyId] });
  if (await planTitleTaken(ctx.db.kysely, countyId, input.year, input.title)) throw conflict('同名的年度协商计划已存在');
  const id = newId();
  const now = ctx.now.toISOString();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertPlan(trx, { id, county_id: countyId, year: input.year, title: input.title, reported_on: input.reportedOn ?? null, created_at: now, updated_at: now, updated_by: ctx.user?.id ?? null });
    await recordAudit(ctx, { action: 'plan.create', subjectType: 'plan', subjectId: id, countyId, summary: { name: input.title } }, trx);
  });
  return getPlan(ctx, id);
}

/** 修改年度协商计划 — by whoever may create one there, only from the version the form was loaded at. */
export async function updatePlan(ctx: RequestContext, id: string, input: UpdatePlanInput) {
  const row = await loadPlan(ctx, id);
  await authorize(ctx, 'plan.manage', planSubject(row));
  const year = input.year ?? row.year;
  const title = input.title ?? row.title;
  if ((year !== row.year || title !== row.title) && (await planTitleTaken(ctx.db.kysely, row.county_id, year, title, id))) throw conflict('同名的年度协商计划已存在');
  const patch = { year: input.year, title: input.title, reported_on: input.reportedOn };
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await saveVersioned(ctx, trx, 'plans', { id }, patch, { expected: input.version });
    await recordAudit(ctx, { action: 'plan.update', subjectType: 'plan', subjectId: id, countyId: row.county_id, summary: diff(row, patch) }, trx);
  });
  return getPlan(ctx, id);
}

/** 公开征集 of the actor's county. */
export async function listSolicitations(ctx: RequestContext): Promise<SolicitationView[]> {
  const countyId = county(ctx);
  await authorize(ctx, 'solicitation.manage', { type: 'solicitation', scope: [countyId] });
  return presentSolicitations(ctx, await listCountySolicitations(ctx.db.kysely, countyId));
}

async function presentSolicitations(ctx: RequestContext, rows: SolicitationRow[]): Promise<SolicitationView[]> {
  const counts = await countProposalsBySolicitation(ctx.db.kysely, rows.map((r) => r.id));
  const today = ctx.now.toISOString().slice(0, 10);
  return rows.map((r) => ({ id: r.id, countyId: r.county_id, title: r.title, scope: r.scope, opensOn: r.opens_on, closesOn: r.closes_on, open: r.opens_on <= today && today <= r.closes_on, proposalCount: counts.get(r.id) ?? 0 }));
}

/** 发布公开征集. */
export async function createSolicitation(ctx: RequestContext, input: CreateSolicitationInput) {
  const countyId = county(ctx);
  await authorize(ctx, 'solicitation.manage', { type: 'solicitation', scope: [countyId] });
  const id = newId();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertSolicitation(trx, { id, county_id: countyId, title: input.title, scope: input.scope, opens_on: input.opensOn, closes_on: input.closesOn, created_by: ctx.user!.id, created_at: ctx.now.toISOString() });
    await recordAudit(ctx, { action: 'solicitation.create', subjectType: 'solicitation', subjectId: id, countyId, summary: { name: input.title } }, trx);
  });
  return (await presentSolicitations(ctx, [(await findSolicitation(ctx.db.kysely, id))!]))[0]!;
}
