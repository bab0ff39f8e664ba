import { allowedActions, FOLLOW_UP_KIND_LABELS, type FollowUpAction, type FollowUpKind, type TopicView } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { listFollowUpsOfTopic, listInstructionActionsOf, listInstructionsOfTopic } from '../../repositories/follow-ups.repository.js';
import type { TopicRow } from '../../repositories/topics.repository.js';
import { lookupsOf } from '../lookups.js';
import { topicSubject } from '../topics/transition-topic.js';

/** Which follow-up actions fit which stage. */
const STAGES: Readonly<Record<string, readonly string[]>> = {
  instruction: ['outcome_submitted', 'handling', 'following_up', 'concluded'],
  follow_up: ['handling', 'following_up', 'concluded'],
  publish_answers: ['handling', 'following_up', 'concluded'],
  case: ['concluded'],
};

/** Instructions with their actions, follow-up activities, publication flags, and what the office may do. */
export async function presentFollowUp(
  ctx: RequestContext,
  topic: TopicRow,
): Promise<Pick<TopicView, 'instructions' | 'followUps' | 'answersPublishedAt' | 'publishedAsCase' | 'followUpActions'>> {
  const db = ctx.db.kysely;
  const [instructions, followUps] = await Promise.all([listInstructionsOfTopic(db, topic.id), listFollowUpsOfTopic(db, topic.id)]);
  const actions = await listInstructionActionsOf(db, instructions.map((i) => i.id));
  const name = await lookupsOf(ctx).userNames([...new Set(followUps.flatMap((f) => JSON.parse(f.member_ids) as string[]))]);
  const office = allowedActions(ctx.actor, topicSubject(topic), ['handling.manage']).length > 0;
  return {
    instructions: instructions.map((i) => ({
      id: i.id, suggestionId: i.suggestion_id, leader: i.leader, leaderTitle: i.leader_title, givenOn: i.given_on, text: i.text,
      actions: actions.filter((a) => a.instruction_id === i.id).map((a) => ({ id: a.id, text: a.text, dueOn: a.due_on, doneOn: a.done_on })),
    })),
    followUps: followUps.map((f) => ({ id: f.id, kind: f.kind as FollowUpKind, kindLabel: FOLLOW_UP_KIND_LABELS[f.kind as FollowUpKind] ?? f.kind, date: f.date, place: f.place, members: (JSON.parse(f.member_ids) as string[]).map((id) => ({ id, name: name.get(id) ?? null })), findings: f.findings })),
    answersPublishedAt: topic.answers_published_at,
    publishedAsCase: topic.published_as_case === 1,
    followUpActions: office ? Object.entries(STAGES).filter(([, states]) => states.includes(topic.state)).map(([a]) => a as FollowUpAction) : [],
  };
}
