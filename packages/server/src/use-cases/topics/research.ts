import { MEMBER_ROLES, PREPARATION_KIND_LABELS, type PreparationInput, type ResearchActivityInput, type ResearchReportInput, stageRefusal, type TopicState } from '@shangliang/core';
import { insertPreparation, insertResearchActivity, insertResearchReport } from '../../repositories/research.repository.js';
import type { RequestContext } from '../context.js';
import { conflict, invalid } from '../refusals.js';
import { newId } from '../../repositories/ids.js';
import type { TopicRow } from '../../repositories/topics.repository.js';
import type { Executor } from '../../repositories/types.js';
import { findUsersWithRoleIn } from '../../repositories/users.repository.js';
import { linkAttachments } from '../attachments/attachments.js';
import { authorize } from '../authorize.js';
import { getTopic, loadTopic, type TopicView } from './topics.js';
import { noteOnTopic, topicSubject } from './transition-topic.js';
import { recordParticipation } from '../members/record-participation.js';

/** Loads a topic for a research-stage record: the office of its county, while it is researched or consulted on. */
async function researchable(ctx: RequestContext, id: string, action: 'topic.record_research' | 'topic.record_preparation'): Promise<TopicRow> {
  const topic = await loadTopic(ctx, id);
  await authorize(ctx, action, topicSubject(topic));
  const closed = stageRefusal(action, topic.state as TopicState);
  if (closed) throw conflict(closed);
  return topic;
}

/** Checks that every member id is a member of the topic's county (or the city for a city topic). */
export async function checkMembers(exec: Executor, countyId: string | null, ids: readonly string[], path: string): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await findUsersWithRoleIn(exec, countyId, unique, MEMBER_ROLES);
  const found = new Map(rows.map((r) => [r.id, r.display_name]));
  if (found.size !== unique.length) throw invalid('所选委员中有人不是本级政协委员', [{ path, message: '委员不正确' }]);
  return found;
}

/** 调研活动 — participating members count for their records later. */
export async function recordResearchActivity(ctx: RequestContext, id: string, input: ResearchActivityInput): Promise<TopicView> {
  const topic = await researchable(ctx, id, 'topic.record_research');
  const members = await checkMembers(ctx.db.kysely, topic.county_id, input.memberIds, 'memberIds');
  const activityId = newId();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertResearchActivity(trx, { id: activityId, topic_id: id, date: input.date, place: input.place, member_ids: JSON.stringify([...members.keys()]), others: input.others ?? null, findings: input.findings, created_by: ctx.user!.id, created_at: ctx.now.toISOString() });
    await noteOnTopic(ctx, trx, topic, { kind: 'research', title: `开展调研：${input.place}`, detail: `${input.date}；参加委员：${[...members.values()].join('、') || '无'}`, audit: 'topic.research_activity' });
    await recordParticipation(trx, { type: 'research_activity', id: activityId });
  });
  return getTopic(ctx, id);
}

/** 调研报告 — the first one opens the way to consultation (不调研不协商). */
export async function fileResearchReport(ctx: RequestContext, id: string, input: ResearchReportInput): Promise<TopicView> {
  const topic = await researchable(ctx, id, 'topic.record_research');
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const reportId = newId();
    await insertResearchReport(trx, { id: reportId, topic_id: id, title: input.title, body: input.body, submitted_on: input.submittedOn, author_id: ctx.user!.id, created_at: ctx.now.toISOString() });
    await linkAttachments(ctx, trx, input.attachmentIds, 'research_report', reportId);
    await noteOnTopic(ctx, trx, topic, { kind: 'research_report', title: `提交调研报告：${input.title}`, detail: input.submittedOn, audit: 'topic.research_report' });
  });
  return getTopic(ctx, id);
}

/** 向党委政府报告 / 提前研究解决方案 — for sensitive or long-standing topics (第四条(三)1). */
export async function recordPreparation(ctx: RequestContext, id: string, input: PreparationInput): Promise<TopicView> {
  const topic = await researchable(ctx, id, 'topic.record_preparation');
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertPreparation(trx, { id: newId(), topic_id: id, kind: input.kind, date: input.date, recipient: input.recipient ?? null, summary: input.summary, created_at: ctx.now.toISOString() });
    await noteOnTopic(ctx, trx, topic, { kind: 'preparation', title: PREPARATION_KIND_LABELS[input.kind], detail: [input.date, input.recipient].filter(Boolean).join('；'), audit: 'topic.preparation' });
  });
  return getTopic(ctx, id);
}
