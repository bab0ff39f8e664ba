import {
  addDays,
  type AssignInput,
  CONVERSION_LABELS,
  type ConversionInput,
  dayInShanghai,
  departmentOf,
  type EvaluateInput,
  type FeedbackInput,
  RATING_LABELS,
  RESULT_CLASS_LABELS,
  type ReviewInput,
  SUPERVISION_METHOD_LABELS,
  type SuperviseInput,
} from '@shangliang/core';
import type { RequestContext } from '../../http/context.js';
import { conflict, invalid } from '../../http/errors.js';
import { appendItemEvent, type ItemRow, setItemDepartments } from '../../repositories/handling.repository.js';
import { newId } from '../../repositories/ids.js';
import { findOrgs } from '../../repositories/organisations.repository.js';
import { findTopic } from '../../repositories/topics.repository.js';
import type { Executor } from '../../repositories/types.js';
import { linkAttachments } from '../attachments/attachments.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize, refused } from '../authorize.js';
import { refuseStale, saveVersioned } from '../save-versioned.js';
import { actorName, transitionTopic } from '../topics/transition-topic.js';
import { applyItemEvent } from './apply-item-event.js';
import { getItem, loadItem } from './items.js';
import { accessTo } from './present-item.js';
import { settingsOf } from './settings.js';

/**
 * Runs a handling step in one transaction on a fresh copy of the item, and answers the item's new view.
 * Every step writes the item row once, through saveVersioned, with the version the page sent (if any).
 */
async function step(ctx: RequestContext, id: string, version: number | undefined, work: (trx: Executor, item: ItemRow) => Promise<void>) {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const item = await loadItem(ctx, id, trx);
    await refuseStale(trx, 'handling_items', { suggestion_id: id }, item.version, version);
    await work(trx, item);
  });
  return getItem(ctx, id);
}

/** 交办 — to a lead department and optional co-handling ones; the topic's first one starts 建议办理. */
export async function assignItem(ctx: RequestContext, id: string, input: AssignInput) {
  return step(ctx, id, input.version, async (trx, item) => {
    const ids = [input.leadDepartmentId, ...input.coDepartmentIds];
    const orgs = await findOrgs(trx, ids);
    for (const d of ids) {
      const o = orgs.get(d);
      if (!o || o.kind !== 'department' || o.active !== 1 || (o.county_id !== item.county_id && o.county_id !== null))
        throw invalid('承办单位须是本级或市级的在册承办单位', [{ path: d === input.leadDepartmentId ? 'leadDepartmentId' : 'coDepartmentIds', message: '承办单位不正确' }]);
    }
    if (input.coDepartmentIds.includes(input.leadDepartmentId)) throw invalid('主办单位不能同时作为会办单位', [{ path: 'coDepartmentIds', message: '与主办单位重复' }]);
    const today = dayInShanghai(ctx.now);
    const { deadlineDays } = await settingsOf(trx, item.county_id);
    const dueOn = input.dueOn ?? addDays(today, deadlineDays);
    if (dueOn <= today) throw invalid('办理期限须晚于今天', [{ path: 'dueOn', message: '办理期限须晚于今天' }]);
    const topic = (await findTopic(trx, item.topic_id))!;
    if (topic.state === 'outcome_submitted') await transitionTopic(ctx, trx, topic, 'start_handling', { detail: `首条建议交办${orgs.get(input.leadDepartmentId)!.name}` });
    await applyItemEvent(ctx, trx, item, 'assign', {
      version: input.version,
      patch: { lead_dept_id: input.leadDepartmentId, co_dept_ids: JSON.stringify(input.coDepartmentIds), assigned_on: today, due_on: dueOn, co_due_on: input.coDueOn ?? null, letter_no: input.letterNo ?? item.letter_no, letter_date: input.letterDate ?? item.letter_date },
      title: item.state === 'returned' ? '重新交办' : '交办',
      detail: [`主办：${orgs.get(input.leadDepartmentId)!.name}`, input.coDepartmentIds.length ? `会办：${input.coDepartmentIds.map((d) => orgs.get(d)!.name).join('、')}` : null, `办理期限：${dueOn}`, input.letterNo ? `交办函：${input.letterNo}` : null].filter(Boolean).join('；'),
    });
    await setItemDepartments(trx, item.suggestion_id, input.leadDepartmentId, input.coDepartmentIds);
  });
}

/** 退回 — the lead department says the item is not its business, within the window. */
export async function returnItem(ctx: RequestContext, id: string, reason: string, version?: number) {
  return step(ctx, id, version, (trx, item) => applyItemEvent(ctx, trx, item, 'return_misassigned', { reason, version }).then(() => undefined));
}

/** 书面反馈 by the lead department. */
export async function submitFeedback(ctx: RequestContext, id: string, input: FeedbackInput) {
  return step(ctx, id, input.version, async (trx, item) => {
    const fid = newId();
    await applyItemEvent(ctx, trx, item, 'submit_feedback', { version: input.version, detail: `${RESULT_CLASS_LABELS[input.resultClass]}；责任人：${input.responsible}` });
    await trx.insertInto('feedbacks').values({ id: fid, suggestion_id: id, round: item.round, dept_id: item.lead_dept_id!, text: input.text, result_class: input.resultClass, measures: input.measures ?? null, responsible: input.responsible, contact: input.contact, status: 'submitted', review_note: null, author_id: ctx.user!.id, submitted_at: ctx.now.toISOString(), reviewed_at: null }).execute();
    await linkAttachments(ctx, trx, input.attachmentIds, 'feedback', fid);
  });
}

/** Enters a written reply received on paper inside a transaction (also used by the xlsx import); it counts as accepted. */
export async function recordPaperFeedbackIn(ctx: RequestContext, trx: Executor, item: ItemRow, input: Pick<FeedbackInput, 'text' | 'resultClass' | 'responsible' | 'contact'> & { measures?: string | undefined; version?: number | undefined }, source: string): Promise<void> {
  await applyItemEvent(ctx, trx, item, 'record_feedback', { version: input.version, detail: `${RESULT_CLASS_LABELS[input.resultClass]}；${source}` });
  const at = ctx.now.toISOString();
  await trx.insertInto('feedbacks').values({ id: newId(), suggestion_id: item.suggestion_id, round: item.round, dept_id: item.lead_dept_id!, text: input.text, result_class: input.resultClass, measures: input.measures ?? null, responsible: input.responsible, contact: input.contact, status: 'accepted', review_note: '政协办公室据书面来函录入', author_id: ctx.user!.id, submitted_at: at, reviewed_at: at }).execute();
}

/** 录入书面反馈（来函） — the office enters a department's reply that arrived as a letter. */
export async function recordPaperFeedback(ctx: RequestContext, id: string, input: FeedbackInput) {
  return step(ctx, id, input.version, (trx, item) => recordPaperFeedbackIn(ctx, trx, item, input, '据来函录入'));
}

/** 会办意见 — a co-handling department's opinion to the lead department. */
export async function submitCoOpinion(ctx: RequestContext, id: string, text: string, version?: number) {
  return step(ctx, id, version, async (trx, item) => {
    if (accessTo(ctx, item) !== 'co') throw refused('只有会办单位可以提交会办意见', { action: 'handling.co_opinion', subjectType: 'suggestion', subjectId: id });
    if (item.state !== 'assigned') throw conflict('该建议当前不在办理中，不能提交会办意见');
    const dept = departmentOf(ctx.actor)!;
    await saveVersioned(ctx, trx, 'handling_items', { suggestion_id: id }, {}, { expected: version });
    await trx.insertInto('co_opinions').values({ id: newId(), suggestion_id: id, round: item.round, dept_id: dept, text, at: ctx.now.toISOString() }).execute();
    await appendItemEvent(trx, { suggestion_id: id, at: ctx.now.toISOString(), round: item.round, kind: 'co_opinion', title: '提交会办意见', detail: null, user_id: ctx.user!.id, actor_name: await actorName(ctx, trx) });
    await recordAudit(ctx, { action: 'handling.co_opinion', subjectType: 'suggestion', subjectId: id, countyId: item.county_id }, trx);
  });
}

/** 审核反馈 — the office accepts the feedback, or returns it for revision with a reason. */
export async function reviewFeedback(ctx: RequestContext, id: string, input: ReviewInput) {
  return step(ctx, id, input.version, async (trx, item) => {
    const event = input.decision === 'accept' ? 'accept_feedback' : 'return_feedback';
    await applyItemEvent(ctx, trx, item, event, { reason: input.reason, version: input.version });
    await trx.updateTable('feedbacks').set({ status: input.decision === 'accept' ? 'accepted' : 'returned', review_note: input.reason ?? null, reviewed_at: ctx.now.toISOString() }).where('suggestion_id', '=', id).where('round', '=', item.round).where('status', '=', 'submitted').execute();
  });
}

/** 满意度测评 inside a transaction — 不满意 sends the item back to the department for another round with a new deadline. */
export async function evaluateInTransaction(ctx: RequestContext, trx: Executor, item: ItemRow, input: EvaluateInput): Promise<void> {
  const unsatisfied = input.rating === 'unsatisfied';
  const today = dayInShanghai(ctx.now);
  const dueOn = input.newDueOn ?? addDays(today, (await settingsOf(trx, item.county_id)).deadlineDays);
  if (unsatisfied && dueOn <= today) throw invalid('新的办理期限须晚于今天', [{ path: 'newDueOn', message: '须晚于今天' }]);
  await trx.insertInto('evaluations').values({ id: newId(), suggestion_id: item.suggestion_id, round: item.round, rating: input.rating, process_mark: input.processMark ?? null, result_mark: input.resultMark ?? null, comment: input.comment ?? null, by_user: ctx.user!.id, at: ctx.now.toISOString() }).execute();
  await applyItemEvent(ctx, trx, item, 'evaluate', {
    version: input.version,
    rating: input.rating,
    patch: unsatisfied ? { round: item.round + 1, assigned_on: today, due_on: dueOn } : {},
    title: `满意度测评：${RATING_LABELS[input.rating]}`,
    detail: [input.comment, unsatisfied ? `退回重新办理（第 ${item.round + 1} 轮），期限 ${dueOn}` : null].filter(Boolean).join('；'),
  });
}

/** 满意度测评. */
export async function evaluateItem(ctx: RequestContext, id: string, input: EvaluateInput) {
  return step(ctx, id, input.version, (trx, item) => evaluateInTransaction(ctx, trx, item, input));
}

/** 督办 — by phone, visit or letter, with an optional new due date; lands on the item's timeline. */
export async function superviseItem(ctx: RequestContext, id: string, input: SuperviseInput) {
  return step(ctx, id, input.version, async (trx, item) => {
    await authorize(ctx, 'handling.manage', { type: 'topic', scope: [item.county_id] });
    if (item.state === 'unassigned' || item.state === 'settled') throw conflict('该建议尚未交办或已办结，无需督办');
    if (input.newDueOn && input.newDueOn <= dayInShanghai(ctx.now)) throw invalid('新的办理期限须晚于今天', [{ path: 'newDueOn', message: '须晚于今天' }]);
    await saveVersioned(ctx, trx, 'handling_items', { suggestion_id: id }, input.newDueOn ? { due_on: input.newDueOn } : {}, { expected: input.version });
    await appendItemEvent(trx, { suggestion_id: id, at: ctx.now.toISOString(), round: item.round, kind: 'supervise', title: SUPERVISION_METHOD_LABELS[input.method], detail: [input.note, input.newDueOn ? `办理期限调整为 ${input.newDueOn}` : null].filter(Boolean).join('；'), user_id: ctx.user!.id, actor_name: await actorName(ctx, trx) });
    await recordAudit(ctx, { action: 'handling.supervise', subjectType: 'suggestion', subjectId: id, countyId: item.county_id, summary: `${item.topic_title} 第 ${item.seq} 条建议：${SUPERVISION_METHOD_LABELS[input.method]}` }, trx);
  });
}

/** 成果转化 — what the suggestion became, with a reference (document number, project name). */
export async function recordConversion(ctx: RequestContext, id: string, input: ConversionInput) {
  return step(ctx, id, input.version, async (trx, item) => {
    await authorize(ctx, 'handling.manage', { type: 'topic', scope: [item.county_id] });
    await trx.updateTable('suggestions').set({ conversion: input.conversion }).where('id', '=', id).execute();
    await saveVersioned(ctx, trx, 'handling_items', { suggestion_id: id }, { conversion_ref: input.reference ?? null }, { expected: input.version });
    const label = input.conversion === 'none' ? '未转化' : CONVERSION_LABELS[input.conversion];
    await appendItemEvent(trx, { suggestion_id: id, at: ctx.now.toISOString(), round: item.round, kind: 'conversion', title: `成果转化：${label}`, detail: input.reference ?? null, user_id: ctx.user!.id, actor_name: await actorName(ctx, trx) });
    await recordAudit(ctx, { action: 'handling.conversion', subjectType: 'suggestion', subjectId: id, countyId: item.county_id, summary: `${item.topic_title} 第 ${item.seq} 条建议：${label}` }, trx);
  });
}
