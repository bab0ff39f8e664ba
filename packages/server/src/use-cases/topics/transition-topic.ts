import { type Subject, type TopicEvent, type TopicFacts, type TopicState, TOPIC_STATE_LABELS, TOPIC_TRANSITIONS, transition } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { AppError, conflict } from '../refusals.js';
import type { Updateable } from 'kysely';
import type { TopicsTable } from '../../db/schema-topics.js';
import { appendTopicEvent, topicFacts, type TopicRow } from '../../repositories/topics.repository.js';
import type { Executor } from '../../repositories/types.js';
import { findUserNames } from '../../repositories/users.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { refused } from '../authorize.js';
import { saveVersioned } from '../save-versioned.js';
import { notifyTopicStage } from '../../notifications/events.js';
import { indexRecords, indexTopic } from '../../search/index-records.js';

/** The policy subject of a topic: its county. */
export const topicSubject = (topic: Pick<TopicRow, 'county_id'>): Subject => ({ type: 'topic', scope: [topic.county_id] });

/** The name recorded for the acting user on timelines. */
export async function actorName(ctx: RequestContext, exec: Executor = ctx.db.kysely): Promise<string | null> {
  if (!ctx.user) return null;
  return (await findUserNames(exec, [ctx.user.id])).get(ctx.user.id) ?? ctx.user.username;
}

/** What an event without guards is decided on: its guards would read these, and it has none. */
const UNREAD_FACTS: TopicFacts = { researchReports: 0, sensitive: false, longStanding: false, priorReportRecorded: false, solutionStudied: false, consultationsHeld: 0, outcomeSuggestions: 0, suggestionsSettled: 0 };

/**
 * The one place where a topic's state changes: decides the event with the lifecycle table of
 * packages/core (role, state, reason, guards), moves the state, and writes the timeline and the audit
 * trail — inside the caller's transaction, so that the records a guard depends on commit with it.
 */
export async function transitionTopic(
  ctx: RequestContext,
  exec: Executor,
  topic: TopicRow,
  event: TopicEvent,
  input: { reason?: string | undefined; detail?: string | undefined; version?: number | undefined } = {},
): Promise<TopicState> {
  // Only an event with guards reads the records they ask about (reviews and approvals have none).
  const facts = TOPIC_TRANSITIONS[event]?.guards.length ? await topicFacts(exec, topic) : UNREAD_FACTS;
  const result = transition({ state: topic.state as TopicState, countyId: topic.county_id }, event, ctx.actor, facts, input.reason);
  if (!result.ok) {
    if (result.kind === 'role') throw refused(result.reason, { action: event, subjectType: 'topic', subjectId: topic.id, countyId: topic.county_id });
    if (result.kind === 'reason') throw new AppError('invalid', 'VALIDATION_FAILED', result.reason, [{ path: 'reason', message: result.reason }]);
    throw conflict(result.reason);
  }
  const at = ctx.now.toISOString();
  // The state guard keeps transitions atomic; the version, when the page sent it, also refuses one made from a stale page.
  const moved = await saveVersioned(ctx, exec, 'topics', { id: topic.id }, { state: result.to }, { expected: input.version, guard: { state: topic.state } });
  if (!moved) throw conflict('议题状态已被他人更新，请刷新后重试');
  // Returns and rejections give reasons; an approval may carry an opinion.
  const said = input.reason ? `${result.rule.needsReason ? '理由' : '意见'}：${input.reason}` : null;
  const detail = [input.detail, said].filter(Boolean).join('；') || null;
  await appendTopicEvent(exec, {
    topic_id: topic.id,
    at,
    user_id: ctx.user?.id ?? null,
    actor_name: await actorName(ctx, exec),
    kind: 'transition',
    event,
    from_state: topic.state,
    to_state: result.to,
    title: result.rule.label,
    detail,
  });
  await notifyTopicStage(ctx, exec, topic, result.to);
  // Only the topic's own row carries its stage; its records are indexed by the writes that make them.
  await indexRecords(exec, { topic: [topic.id] });
  await recordAudit(
    ctx,
    {
      action: 'topic.transition',
      subjectType: 'topic',
      subjectId: topic.id,
      countyId: topic.county_id,
      summary: `${topic.title}：${result.rule.label}（${TOPIC_STATE_LABELS[topic.state as TopicState]} → ${TOPIC_STATE_LABELS[result.to]}）`,
    },
    exec,
  );
  return result.to;
}

/** Writes a non-transition entry on the timeline (research, consultation, merge …) with its audit entry. */
export async function noteOnTopic(
  ctx: RequestContext,
  exec: Executor,
  topic: TopicRow,
  entry: { kind: string; title: string; detail?: string | null; audit: string; patch?: Pick<Updateable<TopicsTable>, 'answers_published_at' | 'published_as_case'>; justInserted?: boolean },
): Promise<void> {
  const at = ctx.now.toISOString();
  // Any entry changes what the topic page shows: a form loaded before it must not save over it unseen.
  // A topic just inserted in this transaction already carries version 1 and its author.
  if (!entry.justInserted) await saveVersioned(ctx, exec, 'topics', { id: topic.id }, entry.patch ?? {});
  await appendTopicEvent(exec, { topic_id: topic.id, at, user_id: ctx.user?.id ?? null, actor_name: await actorName(ctx, exec), kind: entry.kind, event: null, from_state: null, to_state: null, title: entry.title, detail: entry.detail ?? null });
  // Merges, consultations held, answers published, a case marked: the topic's records in the index follow.
  await indexTopic(exec, topic.id);
  await recordAudit(ctx, { action: entry.audit, subjectType: 'topic', subjectId: topic.id, countyId: topic.county_id, summary: `${topic.title}：${entry.title}` }, exec);
}
