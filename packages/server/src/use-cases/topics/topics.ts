import { type CreateTopicInput, readableScope, requestRefusal, type TopicPage, type TopicQuery, type TopicView, type TransitionInput, type UpdateTopicInput } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { AppError, conflict, invalid, notFound } from '../refusals.js';
import { newId } from '../../repositories/ids.js';
import { findPlan } from '../../repositories/plans.repository.js';
import { findTopic, insertTopic, listTopics, type TopicRow } from '../../repositories/topics.repository.js';
import type { Executor } from '../../repositories/types.js';
import { diff, recordAudit } from '../audit/record-audit.js';
import { authorize, authorizeRead } from '../authorize.js';
import { refuseStale, saveVersioned } from '../save-versioned.js';
import { presentTopic, presentTopicSummaries } from './present-topic.js';
import { indexTopic } from '../../search/index-records.js';
import { noteOnTopic, topicSubject, transitionTopic } from './transition-topic.js';

/** A full topic as the API shows it (its shape is defined in core). */
export type { TopicView } from '@shangliang/core';

/** Loads a topic the actor may read; others' topics read as not found. */
export async function loadTopic(ctx: RequestContext, id: string, exec: Executor = ctx.db.kysely): Promise<TopicRow> {
  const row = await findTopic(exec, id);
  if (!row) throw notFound('议题');
  await authorizeRead(ctx, 'topic.read', topicSubject(row), '议题');
  return row;
}

async function checkPlan(exec: Executor, countyId: string | null, planId: string | undefined): Promise<void> {
  if (!planId) return;
  const plan = await findPlan(exec, planId);
  if (!plan || plan.county_id !== countyId) throw invalid('所选年度协商计划不存在或不属于本级', [{ path: 'planId', message: '计划不正确' }]);
}

/** Creates a draft topic in a county inside the caller's transaction (direct creation or a merge). */
export async function createTopicIn(ctx: RequestContext, exec: Executor, countyId: string | null, input: CreateTopicInput): Promise<TopicRow> {
  await authorize(ctx, 'topic.create', { type: 'topic', scope: [countyId] });
  await checkPlan(exec, countyId, input.planId);
  const now = ctx.now.toISOString();
  const row: TopicRow = {
    id: newId(), county_id: countyId, plan_id: input.planId ?? null, title: input.title, description: input.description, category: input.category, field: input.field ?? null,
    state: 'draft', sensitive: input.sensitive ? 1 : 0, long_standing: input.longStanding ? 1 : 0, lead_vice_chair: input.leadViceChair ?? null,
    secretary_general: input.secretaryGeneral ?? null, owner_unit: input.ownerUnit ?? null, created_by: ctx.user?.id ?? null, created_at: now, updated_at: now,
    answers_published_at: null, published_as_case: 0, version: 1, updated_by: ctx.user?.id ?? null, event_seq: 0, has_report: 0, has_held: 0,
  };
  await insertTopic(exec, row);
  await noteOnTopic(ctx, exec, row, { kind: 'created', title: '建立议题', audit: 'topic.create', justInserted: true });
  return row;
}

/** 新建议题 directly by office, in its own county. */
export async function createTopic(ctx: RequestContext, input: CreateTopicInput): Promise<TopicView> {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  const countyId = ctx.user.countyId;
  const row = await ctx.db.kysely.transaction().execute((trx) => createTopicIn(ctx, trx, countyId, input));
  return presentTopic(ctx, row);
}

/** 议题详情. */
export async function getTopic(ctx: RequestContext, id: string): Promise<TopicView> {
  return presentTopic(ctx, await loadTopic(ctx, id));
}

/** 议题列表 — the city office sees all counties; others their own. */
export async function listTopicsOf(ctx: RequestContext, query: TopicQuery): Promise<TopicPage> {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  const all = readableScope(ctx.actor) === 'all';
  if (!all || query.countyId) await authorize(ctx, 'topic.read', { type: 'topic', scope: [query.countyId ?? ctx.user.countyId] });
  const countyScope = all ? undefined : [ctx.user.countyId];
  const page = { page: query.page, pageSize: query.pageSize };
  const { rows, total, countsByState, nextCursor } = await listTopics(ctx.db.kysely, { ...query, countyScope }, { ...page, after: query.after });
  return { items: await presentTopicSummaries(ctx, rows), total, ...page, countsByState, nextCursor };
}

/** 修改议题 — while it is still a draft, and only from the version the form was loaded at. */
export async function updateTopic(ctx: RequestContext, id: string, input: UpdateTopicInput): Promise<TopicView> {
  const row = await loadTopic(ctx, id);
  await authorize(ctx, 'topic.update', topicSubject(row));
  await checkPlan(ctx.db.kysely, row.county_id, input.planId);
  const patch = {
    title: input.title, description: input.description, category: input.category, field: input.field, plan_id: input.planId,
    sensitive: input.sensitive === undefined ? undefined : input.sensitive ? 1 : 0,
    long_standing: input.longStanding === undefined ? undefined : input.longStanding ? 1 : 0,
    lead_vice_chair: input.leadViceChair, secretary_general: input.secretaryGeneral, owner_unit: input.ownerUnit,
  };
  await ctx.db.kysely.transaction().execute(async (trx) => {
    // One statement checks both: a stale form is a version conflict, a current one of a topic past draft is refused.
    const saved = await saveVersioned(ctx, trx, 'topics', { id }, patch, { expected: input.version, guard: { state: 'draft' } });
    if (!saved) throw conflict('议题已提交审议，不能再修改基本信息');
    await indexTopic(trx, id);
    await recordAudit(ctx, { action: 'topic.update', subjectType: 'topic', subjectId: id, countyId: row.county_id, summary: diff(row, patch) }, trx);
  });
  return getTopic(ctx, id);
}

/** Moves a topic through the lifecycle; reviews record their meeting, date and instruction on the timeline. */
export async function applyTransition(ctx: RequestContext, id: string, input: TransitionInput): Promise<TopicView> {
  const row = await loadTopic(ctx, id);
  const viaForm = requestRefusal(input.event);
  if (viaForm) throw conflict(viaForm);
  const detail = [
    input.meeting ? `会议：${input.meeting}` : null,
    input.date ? `日期：${input.date}` : null,
    input.instruction ? `批示：${input.instruction}` : null,
  ].filter(Boolean).join('；') || undefined;
  await refuseStale(ctx.db.kysely, 'topics', { id }, row.version, input.version);
  await ctx.db.kysely.transaction().execute((trx) => transitionTopic(ctx, trx, row, input.event, { reason: input.reason, detail, version: input.version }));
  return getTopic(ctx, id);
}
