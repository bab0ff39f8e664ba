import { type CreateProposalInput, EXCLUSION_REASON_LABELS, type MergeProposalsInput, type ProposalPage, type ProposalQuery, type ProposalStatus, type ProposalView, PROPOSAL_STARTS_AS, proposalMachine, type ScreenProposalsInput } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { AppError, conflict, invalid, notFound } from '../refusals.js';
import { newId } from '../../repositories/ids.js';
import { findOrg } from '../../repositories/organisations.repository.js';
import { findTopic } from '../../repositories/topics.repository.js';
import { findProposal, findProposals, insertProposal, pageProposals, type ProposalFilter, updateProposals } from '../../repositories/proposals.repository.js';
import { linkAttachments } from '../attachments/attachments.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize, authorizeRead } from '../authorize.js';
import { createTopicIn } from '../topics/topics.js';
import { noteOnTopic } from '../topics/transition-topic.js';
import { presentProposals, type ProposalRow, proposalSubject } from './present-proposal.js';
import { newTrackingCode } from './tracking-code.js';
import { notifyProposals } from '../../notifications/events.js';
import { indexRecords } from '../../search/index-records.js';
import { recordParticipation, recordParticipations } from '../members/record-participation.js';

function signedIn(ctx: RequestContext) {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  return ctx.user;
}

/** Checks that a place lies in the county. */
export async function checkPlace(ctx: RequestContext, countyId: string, placeId: string | undefined): Promise<void> {
  if (!placeId) return;
  const place = await findOrg(ctx.db.kysely, placeId);
  if (!place || place.county_id !== countyId || !['township', 'village', 'community'].includes(place.kind))
    throw invalid('所选乡镇或村（社区）不属于该县（市、区）', [{ path: 'placeId', message: '地点不正确' }]);
}

/** 委员荐题 by a member, or 党委政府点题 recorded by the office — in the actor's own county. */
export async function createProposal(ctx: RequestContext, input: CreateProposalInput): Promise<ProposalView> {
  const user = signedIn(ctx);
  const countyId = input.countyId ?? user.countyId;
  if (!countyId) throw invalid('请选择县（市、区）', [{ path: 'countyId', message: '请选择县（市、区）' }]);
  await authorize(ctx, input.source === 'member' ? 'proposal.create_member' : 'proposal.create_assigned', { type: 'proposal', scope: [countyId] });
  if (input.source === 'assigned' && !input.assignedBy) throw invalid('党委政府点题须填写点题单位', [{ path: 'assignedBy', message: '请填写点题单位' }]);
  await checkPlace(ctx, countyId, input.placeId);
  const id = newId();
  const now = ctx.now.toISOString();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertProposal(trx, {
      id, tracking_code: newTrackingCode(), idempotency_key: null, source: input.source, county_id: countyId, category: input.category, field: input.field ?? null,
      title: input.title, description: input.description, place_org_id: input.placeId ?? null, solicitation_id: null,
      proposer_user_id: input.source === 'member' ? user.id : null, proposer_name: null, proposer_phone: null,
      assigned_by: input.assignedBy ?? null, instruction_ref: input.instructionRef ?? null, assigned_on: input.assignedOn ?? null,
      status: PROPOSAL_STARTS_AS, exclusion_reason: null, screening_note: null, topic_id: null, screened_by: null, screened_at: null, ip: ctx.ip, created_at: now, updated_at: now,
    });
    await linkAttachments(ctx, trx, input.attachmentIds, 'proposal', id);
    await recordAudit(ctx, { action: input.source === 'member' ? 'proposal.recommend' : 'proposal.assign', subjectType: 'proposal', subjectId: id, countyId, summary: { title: input.title } }, trx);
    await recordParticipation(trx, { type: 'proposal', id });
    await indexRecords(trx, { proposal: [id] });
  });
  return getProposal(ctx, id);
}

/** The proposal pool (office of the county) or a member's own recommendations (`mine`). */
export async function listProposals(ctx: RequestContext, query: ProposalQuery): Promise<ProposalPage> {
  const user = signedIn(ctx);
  let filter: ProposalFilter = { source: query.source, category: query.category, q: query.q, status: query.status };
  if (query.mine) filter = { ...filter, proposerUserId: user.id };
  else {
    const county = query.countyId ?? user.countyId;
    await authorize(ctx, 'proposal.list', { type: 'proposal', scope: [county] });
    filter = { ...filter, countyId: county };
  }
  const { rows, total, countsByStatus } = await pageProposals(ctx.db.kysely, filter, query);
  return { items: await presentProposals(ctx, rows), total, page: query.page, pageSize: query.pageSize, counts: countsByStatus };
}

/** One proposal: for the office of its county, or its own proposer. */
export async function getProposal(ctx: RequestContext, id: string): Promise<ProposalView> {
  const row = await findProposal(ctx.db.kysely, id);
  if (!row) throw notFound('选题建议');
  if (row.proposer_user_id !== ctx.user?.id) await authorizeRead(ctx, 'proposal.list', proposalSubject(row), '选题建议');
  return (await presentProposals(ctx, [row]))[0]!;
}

/** Loads proposals for a bulk action: all must exist, be of one county the actor screens, and still be open. */
async function loadOpen(ctx: RequestContext, ids: readonly string[], action: 'proposal.screen' | 'proposal.merge'): Promise<ProposalRow[]> {
  const unique = [...new Set(ids)];
  const rows = await findProposals(ctx.db.kysely, unique);
  if (rows.length !== unique.length) throw notFound('部分选题建议');
  const counties = [...new Set(rows.map((r) => r.county_id))];
  await authorize(ctx, action, { type: 'proposal', scope: counties });
  const closed = rows.filter((r) => proposalMachine.eventsFrom(r.status as ProposalStatus).length === 0);
  if (closed.length) throw conflict(`以下选题建议已办结，不能再处理：${closed.map((r) => r.title).join('、')}`);
  return rows;
}

/** 初筛 — accept into the candidate pool, or exclude with a statutory reason; all or nothing. */
export async function screenProposals(ctx: RequestContext, input: ScreenProposalsInput): Promise<{ items: ProposalView[] }> {
  const rows = await loadOpen(ctx, input.ids, 'proposal.screen');
  const now = ctx.now.toISOString();
  const status = proposalMachine.target(input.decision === 'accept' ? 'screen_in' : 'exclude');
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await updateProposals(trx, rows.map((r) => r.id), { status, exclusion_reason: input.decision === 'exclude' ? input.reason! : null, screening_note: input.note ?? null, screened_by: ctx.user!.id, screened_at: now, updated_at: now });
    for (const r of rows)
      await recordAudit(ctx, { action: 'proposal.screen', subjectType: 'proposal', subjectId: r.id, countyId: r.county_id, summary: `${r.title}：${input.decision === 'accept' ? '通过初筛' : `不予采纳（${EXCLUSION_REASON_LABELS[input.reason!]}）`}` }, trx);
    await indexRecords(trx, { proposal: rows.map((r) => r.id) });
    await notifyProposals(ctx, trx, rows, input.decision === 'accept' ? '已通过初筛，列入选题库' : `经研究暂不列入协商议题（${EXCLUSION_REASON_LABELS[input.reason!]}）`);
  });
  const fresh = await findProposals(ctx.db.kysely, rows.map((r) => r.id));
  return { items: await presentProposals(ctx, fresh) };
}

/** 合并立题 — several proposals into a new topic, or into an existing one of the same county. */
export async function mergeProposals(ctx: RequestContext, input: MergeProposalsInput): Promise<string> {
  const rows = await loadOpen(ctx, input.ids, 'proposal.merge');
  const counties = [...new Set(rows.map((r) => r.county_id))];
  if (counties.length > 1) throw invalid('不同县（市、区）的选题建议不能合并为一个议题');
  const existing = input.topicId ? await findTopic(ctx.db.kysely, input.topicId) : undefined;
  if (input.topicId && (!existing || existing.county_id !== counties[0])) throw notFound('议题');
  if (existing && (existing.state === 'rejected' || existing.state === 'concluded')) throw conflict('该议题已结束，不能再并入选题建议');
  const now = ctx.now.toISOString();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const topic = existing ?? (await createTopicIn(ctx, trx, counties[0]!, input.topic!));
    await updateProposals(trx, rows.map((r) => r.id), { status: proposalMachine.target('merge'), topic_id: topic.id, screened_by: ctx.user!.id, screened_at: now, updated_at: now });
    await noteOnTopic(ctx, trx, topic, { kind: 'merge', title: `并入选题建议 ${rows.length} 条`, detail: rows.map((r) => `${r.title}（${r.tracking_code}）`).join('；'), audit: 'proposal.merge' });
    await recordParticipations(trx, 'proposal', rows.filter((r) => r.source === 'member').map((r) => r.id));
    await indexRecords(trx, { proposal: rows.map((r) => r.id) });
    await notifyProposals(ctx, trx, rows, `已并入协商议题“${topic.title}”`);
    return topic.id;
  });
}
