import { FOLLOW_UP_KIND_LABELS, type FollowUpInput, type InstructionInput } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { conflict, invalid, notFound } from '../refusals.js';
import { listAcceptedFeedbackIdsOfTopic } from '../../repositories/feedbacks.repository.js';
import { findInstructionAction, insertFollowUp, insertInstruction, insertInstructionActions, setInstructionActionDone } from '../../repositories/follow-ups.repository.js';
import { newId } from '../../repositories/ids.js';
import { findSuggestionTopic } from '../../repositories/outcomes.repository.js';
import { authorize } from '../authorize.js';
import { checkMembers } from '../topics/research.js';
import { getTopic, loadTopic, type TopicView } from '../topics/topics.js';
import { noteOnTopic, topicSubject } from '../topics/transition-topic.js';
import { recordParticipation } from '../members/record-participation.js';

const AFTER_OUTCOME = ['outcome_submitted', 'handling', 'following_up', 'concluded'];

async function officeTopic(ctx: RequestContext, id: string, states: readonly string[], refusal: string) {
  const topic = await loadTopic(ctx, id);
  await authorize(ctx, 'handling.manage', topicSubject(topic));
  if (!states.includes(topic.state)) throw conflict(refusal);
  return topic;
}

/** 领导批示 on the outcome or one suggestion; each follow-up action has its own due date. */
export async function addInstruction(ctx: RequestContext, id: string, input: InstructionInput): Promise<TopicView> {
  const topic = await officeTopic(ctx, id, AFTER_OUTCOME, '协商成果报送后方可记录领导批示');
  if (input.suggestionId) {
    const s = await findSuggestionTopic(ctx.db.kysely, input.suggestionId);
    if (!s || s.topic_id !== id) throw invalid('所选建议不属于本议题', [{ path: 'suggestionId', message: '建议不正确' }]);
  }
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const iid = newId();
    await insertInstruction(trx, { id: iid, topic_id: id, suggestion_id: input.suggestionId ?? null, leader: input.leader, leader_title: input.leaderTitle ?? null, given_on: input.givenOn, text: input.text, created_by: ctx.user!.id, created_at: ctx.now.toISOString() });
    await insertInstructionActions(trx, input.actions.map((a, seq) => ({ id: newId(), instruction_id: iid, text: a.text, due_on: a.dueOn, done_on: null, seq })));
    await noteOnTopic(ctx, trx, topic, { kind: 'instruction', title: `${input.leaderTitle ?? ''}${input.leader}批示`, detail: `${input.givenOn}：${input.text}${input.actions.length ? `；落实事项 ${input.actions.length} 项` : ''}`, audit: 'handling.instruction' });
  });
  return getTopic(ctx, id);
}

/** Marks a follow-up action of an instruction as done. */
export async function completeInstructionAction(ctx: RequestContext, actionId: string, doneOn: string): Promise<TopicView> {
  const row = await findInstructionAction(ctx.db.kysely, actionId);
  if (!row) throw notFound('落实事项');
  const topic = await officeTopic(ctx, row.topic_id, AFTER_OUTCOME, '议题状态不允许');
  if (row.done_on) throw conflict('该落实事项已完成');
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await setInstructionActionDone(trx, actionId, doneOn);
    await noteOnTopic(ctx, trx, topic, { kind: 'instruction_done', title: '批示落实事项完成', detail: `${doneOn}：${row.text}`, audit: 'handling.instruction_done' });
  });
  return getTopic(ctx, row.topic_id);
}

/** 跟踪问效 — 民主监督、调研视察、民主评议, with the members who took part. */
export async function recordFollowUp(ctx: RequestContext, id: string, input: FollowUpInput): Promise<TopicView> {
  const topic = await officeTopic(ctx, id, ['handling', 'following_up', 'concluded'], '建议交办后方可开展跟踪问效');
  const members = await checkMembers(ctx.db.kysely, topic.county_id, input.memberIds, 'memberIds');
  const followUpId = newId();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertFollowUp(trx, { id: followUpId, topic_id: id, kind: input.kind, date: input.date, place: input.place, member_ids: JSON.stringify([...members.keys()]), findings: input.findings, created_by: ctx.user!.id, created_at: ctx.now.toISOString() });
    await noteOnTopic(ctx, trx, topic, { kind: 'follow_up', title: `开展${FOLLOW_UP_KIND_LABELS[input.kind]}：${input.place}`, detail: `${input.date}；参加委员：${[...members.values()].join('、') || '无'}`, audit: 'handling.follow_up' });
    await recordParticipation(trx, { type: 'follow_up', id: followUpId });
  });
  return getTopic(ctx, id);
}

/** 公开办理答复 — makes every accepted answer of the outcome visible on the residents' track page at once. */
export async function publishAnswers(ctx: RequestContext, id: string): Promise<TopicView> {
  const topic = await officeTopic(ctx, id, ['handling', 'following_up', 'concluded'], '建议交办后方可公开办理答复');
  const accepted = await listAcceptedFeedbackIdsOfTopic(ctx.db.kysely, id);
  if (accepted.length === 0) throw conflict('尚无已采纳的办理答复，不能公开');
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await noteOnTopic(ctx, trx, topic, { kind: 'publish_answers', title: '公开办理答复', detail: `共 ${accepted.length} 份已采纳答复`, audit: 'handling.publish_answers', patch: { answers_published_at: ctx.now.toISOString() } });
  });
  return getTopic(ctx, id);
}

/** 典型案例 — a concluded topic marked (or unmarked) for publication as a case. */
export async function markAsCase(ctx: RequestContext, id: string, published: boolean): Promise<TopicView> {
  const topic = await officeTopic(ctx, id, ['concluded'], '议题办结后方可列为典型案例');
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await noteOnTopic(ctx, trx, topic, { kind: 'case', title: published ? '列为典型案例' : '取消典型案例', audit: 'handling.case', patch: { published_as_case: published ? 1 : 0 } });
  });
  return getTopic(ctx, id);
}
