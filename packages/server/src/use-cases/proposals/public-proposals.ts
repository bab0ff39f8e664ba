import { randomInt } from 'node:crypto';
import {
  EXCLUSION_REASON_LABELS,
  type ExclusionReason,
  type ProposalStatus,
  type PublicPlace,
  type PublicProposalInput,
  type PublicSolicitation,
  RESULT_CLASS_LABELS,
  type ResultClass,
  TOPIC_STATE_LABELS,
  type TopicState,
  type TrackAnswer,
  type TrackView,
  PROPOSAL_STARTS_AS,
} from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { invalid, notFound } from '../refusals.js';
import { newId } from '../../repositories/ids.js';
import { findCaptcha, insertCaptcha, useCaptcha } from '../../repositories/captchas.repository.js';
import { findOrg, listActiveChildren } from '../../repositories/organisations.repository.js';
import { listAcceptedAnswers } from '../../repositories/outcomes.repository.js';
import { findProposalByCode, findProposalByKey, insertProposal } from '../../repositories/proposals.repository.js';
import { findSolicitation, listOpenSolicitations } from '../../repositories/solicitations.repository.js';
import { findTopic } from '../../repositories/topics.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { checkPlace } from './proposals.js';
import { indexRecords } from '../../search/index-records.js';
import { newTrackingCode } from './tracking-code.js';

const CAPTCHA_MS = 10 * 60 * 1000;

/** A one-time arithmetic question: readable aloud, no image, no third party. */
export async function newCaptcha(ctx: RequestContext): Promise<{ id: string; question: string }> {
  const a = randomInt(2, 10);
  const b = randomInt(1, 10);
  const add = randomInt(2) === 0 || b >= a;
  const id = newId();
  await insertCaptcha(ctx.db.kysely, { id, answer: String(add ? a + b : a - b), expires_at: new Date(ctx.now.getTime() + CAPTCHA_MS).toISOString(), used: 0 });
  return { id, question: `${a} ${add ? '加' : '减'} ${b} 等于几？` };
}

/** Uses up the captcha (whatever the answer, so it cannot be guessed twice) and checks the answer. */
async function checkCaptcha(ctx: RequestContext, id: string, answer: string): Promise<void> {
  const db = ctx.db.kysely;
  const row = await findCaptcha(db, id);
  const used = await useCaptcha(db, id, ctx.now.toISOString());
  if (!row || !used) throw invalid('验证题已失效，请换一题后重新填写', [{ path: 'captchaAnswer', message: '验证题已失效，请换一题' }]);
  if (row.answer !== answer.trim()) throw invalid('验证答案不正确，请换一题后重新填写', [{ path: 'captchaAnswer', message: '验证答案不正确' }]);
}

/** 社会公开征集 — a resident's proposal from the portal. The same idempotency key gives the same record. */
export async function submitPublicProposal(ctx: RequestContext, input: PublicProposalInput): Promise<{ created: boolean; trackingCode: string; createdAt: string }> {
  const db = ctx.db.kysely;
  const byKey = () => findProposalByKey(db, input.idempotencyKey);
  const existing = await byKey();
  if (existing) return { created: false, trackingCode: existing.tracking_code, createdAt: existing.created_at };
  const county = await findOrg(db, input.countyId);
  if (!county || county.kind !== 'county' || county.active !== 1) throw invalid('请选择县（市、区）', [{ path: 'countyId', message: '县（市、区）不正确' }]);
  await checkPlace(ctx, county.id, input.placeId);
  if (input.solicitationId) {
    const s = await findSolicitation(db, input.solicitationId);
    const today = ctx.now.toISOString().slice(0, 10);
    if (!s || s.county_id !== county.id) throw invalid('所选征集活动不存在', [{ path: 'solicitationId', message: '征集活动不正确' }]);
    if (today < s.opens_on || today > s.closes_on) throw invalid('该征集活动不在征集期内', [{ path: 'solicitationId', message: '不在征集期内' }]);
  }
  await checkCaptcha(ctx, input.captchaId, input.captchaAnswer);
  const id = newId();
  const code = newTrackingCode();
  const now = ctx.now.toISOString();
  try {
    await db.transaction().execute(async (trx) => {
      await insertProposal(trx, {
        id, tracking_code: code, idempotency_key: input.idempotencyKey, source: 'public', county_id: county.id, category: input.category, field: input.field ?? null,
        title: input.title, description: input.description, place_org_id: input.placeId ?? null, solicitation_id: input.solicitationId ?? null,
        proposer_user_id: null, proposer_name: input.name || null, proposer_phone: input.phone ?? null, assigned_by: null, instruction_ref: null, assigned_on: null,
        status: PROPOSAL_STARTS_AS, exclusion_reason: null, screening_note: null, topic_id: null, screened_by: null, screened_at: null, ip: ctx.ip, created_at: now, updated_at: now,
        sms_consent: input.smsConsent && input.phone ? 1 : 0,
      });
      await indexRecords(trx, { proposal: [id] });
      await recordAudit(ctx, { action: 'proposal.public_submit', subjectType: 'proposal', subjectId: id, countyId: county.id, summary: { title: input.title } }, trx);
    });
  } catch (e) {
    const raced = await byKey(); // a concurrent double tap won the unique key
    if (raced) return { created: false, trackingCode: raced.tracking_code, createdAt: raced.created_at };
    throw e;
  }
  return { created: true, trackingCode: code, createdAt: now };
}

/** What a resident sees for a 查询码 — plain words, no personal data. */
export async function trackProposal(ctx: RequestContext, code: string): Promise<TrackView> {
  const db = ctx.db.kysely;
  const p = await findProposalByCode(db, code.trim().toUpperCase());
  if (!p) throw notFound('该查询码对应的建议');
  const county = await findOrg(db, p.county_id);
  const topic = p.topic_id ? await findTopic(db, p.topic_id) : undefined;
  const answers = topic?.answers_published_at ? await publishedAnswers(ctx, p.topic_id!) : [];
  const stateLabel = topic ? TOPIC_STATE_LABELS[topic.state as TopicState] : null;
  const reason = p.exclusion_reason ? EXCLUSION_REASON_LABELS[p.exclusion_reason as ExclusionReason] : null;
  const message = {
    submitted: '我们已收到您的建议，正在进行初步筛选，请耐心等待。',
    screened_in: '您的建议已通过初步筛选，进入协商选题库，等待确定协商议题。',
    excluded: `经初步筛选，您的建议暂未列为协商选题。理由：${reason ?? '不属于协商范围'}。${p.screening_note ? `说明：${p.screening_note}` : ''}`,
    merged: `您的建议已并入协商议题“${topic?.title ?? ''}”，该议题目前处于“${stateLabel ?? ''}”阶段。`,
  }[p.status as 'submitted'] ?? '我们已收到您的建议。';
  const screened = p.status !== 'submitted';
  return {
    trackingCode: p.tracking_code,
    title: p.title,
    countyName: county?.name ?? null,
    submittedAt: p.created_at,
    status: p.status as ProposalStatus,
    message,
    steps: [
      { label: '已收到建议', done: true, at: p.created_at, note: null },
      { label: '初步筛选', done: screened, at: p.screened_at, note: p.status === 'excluded' ? `未列为选题：${reason}` : screened ? '已通过' : '进行中' },
      { label: '确定协商议题', done: p.status === 'merged', at: p.status === 'merged' ? p.screened_at : null, note: topic ? `并入议题“${topic.title}”` : null },
      { label: '议题进展', done: !!topic && topic.state !== 'draft', at: topic?.updated_at ?? null, note: stateLabel },
    ],
    topic: topic ? { title: topic.title, state: topic.state as TopicState, stateLabel } : null,
    answers,
    caseId: topic && topic.published_as_case === 1 && topic.state === 'concluded' ? topic.id : null,
  };
}

/** The accepted written answers of a topic's suggestions, once the office has made them public. */
export async function publishedAnswers(ctx: RequestContext, topicId: string): Promise<TrackAnswer[]> {
  const rows = await listAcceptedAnswers(ctx.db.kysely, topicId);
  const latest = new Map(rows.map((r) => [r.id, r]));
  return [...latest.values()].map((r) => ({ seq: r.seq, content: r.content, departmentName: r.department_name, resultClassLabel: RESULT_CLASS_LABELS[r.result_class as ResultClass] ?? r.result_class, text: r.text }));
}

/** Children of a county or township, for the portal's place cascade. */
export async function publicPlaces(ctx: RequestContext, parentId: string): Promise<PublicPlace[]> {
  const parent = await findOrg(ctx.db.kysely, parentId);
  if (!parent || !['county', 'township'].includes(parent.kind)) throw notFound('地区');
  return listActiveChildren(ctx.db.kysely, parentId, ['township', 'village', 'community']);
}

/** Solicitations open today, optionally of one county. */
export async function openSolicitations(ctx: RequestContext, countyId?: string): Promise<PublicSolicitation[]> {
  const today = ctx.now.toISOString().slice(0, 10);
  const rows = await listOpenSolicitations(ctx.db.kysely, today, countyId);
  return rows.map((r) => ({ id: r.id, countyId: r.county_id, countyName: r.county_name, title: r.title, scope: r.scope, opensOn: r.opens_on, closesOn: r.closes_on }));
}

