import { beijingTime, CONSULTATION_FORM_LABELS, CONSULTATION_STARTS_AS, type ConsultationStatus, consultationMachine, type RecordConsultationInput, type ScheduleConsultationInput, stageRefusal, type TopicState } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { conflict, invalid, notFound } from '../refusals.js';
import { findConsultation, insertConsultation, insertParticipants, insertRemarks, insertSupport, invitedMemberIds, recordAttendance, setConsultationStatus } from '../../repositories/consultations.repository.js';
import { newId } from '../../repositories/ids.js';
import { findOrgs } from '../../repositories/organisations.repository.js';
import type { Executor } from '../../repositories/types.js';
import { findVenue } from '../../repositories/venues.repository.js';
import { linkAttachments } from '../attachments/attachments.js';
import { authorize } from '../authorize.js';
import { checkMembers } from './research.js';
import { openRoomFor } from '../rooms/rooms.js';
import { getTopic, loadTopic, type TopicView } from './topics.js';
import { noteOnTopic, topicSubject, transitionTopic } from './transition-topic.js';
import { recordParticipation } from '../members/record-participation.js';
import { notifyConsultation } from '../../notifications/events.js';

/** Checks that the organisations are active departments of the county or the city. */
async function checkDepartments(exec: Executor, countyId: string | null, ids: readonly string[], path: string) {
  const orgs = await findOrgs(exec, ids);
  for (const id of ids) {
    const o = orgs.get(id);
    if (!o || o.kind !== 'department' || (o.county_id !== countyId && o.county_id !== null))
      throw invalid('所选部门不是本级或市级承办单位', [{ path, message: '部门不正确' }]);
  }
  return orgs;
}

/**
 * 安排协商活动. The first one is the start_consultation transition: refused with 不调研不协商 until a
 * research report is filed (and, for sensitive topics, the prior report and studied solution).
 */
export async function scheduleConsultation(ctx: RequestContext, id: string, input: ScheduleConsultationInput): Promise<TopicView> {
  const topic = await loadTopic(ctx, id);
  await authorize(ctx, 'topic.schedule_consultation', topicSubject(topic));
  const closed = stageRefusal('topic.schedule_consultation', topic.state as TopicState);
  if (closed) throw conflict(closed);
  const db = ctx.db.kysely;
  const members = await checkMembers(db, topic.county_id, input.memberIds, 'memberIds');
  const depts = await checkDepartments(db, topic.county_id, input.departments.map((d) => d.orgId), 'departments');
  if (input.venueId) {
    const venue = await findVenue(db, input.venueId);
    if (!venue || venue.county_id !== topic.county_id) throw invalid('所选场所不存在或不属于本级', [{ path: 'venueId', message: '场所不正确' }]);
  }
  if (!input.venueId && !input.venueText) throw invalid('请选择或填写协商地点', [{ path: 'venueId', message: '请选择或填写协商地点' }]);
  const cid = newId();
  const now = ctx.now.toISOString();
  await db.transaction().execute(async (trx) => {
    await insertConsultation(trx, { id: cid, topic_id: id, county_id: topic.county_id, form: input.form, level: input.level, joint: input.joint ? 1 : 0, starts_at: new Date(input.startsAt).toISOString(), venue_id: input.venueId ?? null, venue_text: input.venueText ?? null, status: CONSULTATION_STARTS_AS, minutes: null, created_at: now, updated_at: now });
    const people = [
      ...[...members].map(([userId, name]) => ({ kind: 'member', user_id: userId, org_id: null, name, title: null })),
      ...input.departments.map((d) => ({ kind: 'department', user_id: null, org_id: d.orgId, name: depts.get(d.orgId)!.name, title: d.person ?? null })),
      ...input.unitHeads.map((name) => ({ kind: 'unit_head', user_id: null, org_id: null, name, title: null })),
      ...input.cadres.map((name) => ({ kind: 'cadre', user_id: null, org_id: null, name, title: null })),
      ...input.publicReps.map((name) => ({ kind: 'public_rep', user_id: null, org_id: null, name, title: null })),
      ...input.leaders.map((l) => ({ kind: 'leader', user_id: null, org_id: null, name: l.name, title: l.title, leader_body: l.body, leader_principal: l.principal ? 1 : 0 })),
    ];
    await insertParticipants(trx, people.map((p, seq) => ({ leader_body: null, leader_principal: 0, ...p, id: newId(), consultation_id: cid, attended: 0, seq })));
    // 网络协商 takes place in its room; a meeting or site visit may have one beside it (场内场外配合).
    const roomId = input.form === 'online' || input.companionRoom ? await openRoomFor(ctx, trx, { id: cid, topicId: id, topicTitle: topic.title, countyId: topic.county_id, startsAt: new Date(input.startsAt).toISOString() }) : null;
    const detail = `${CONSULTATION_FORM_LABELS[input.form]}，${input.startsAt.slice(0, 16).replace('T', ' ')}；${input.joint ? '市县联动；' : ''}${input.form === 'online' || input.companionRoom ? '开设网络议事厅；' : ''}参加 ${people.length} 人`;
    // The first consultation is the lifecycle's start_consultation (guarded by 不调研不协商); later ones are notes.
    if (topic.state === 'researching') await transitionTopic(ctx, trx, topic, 'start_consultation', { detail });
    else await noteOnTopic(ctx, trx, topic, { kind: 'consultation', title: `安排${CONSULTATION_FORM_LABELS[input.form]}`, detail, audit: 'topic.schedule_consultation' });
    const venue = input.venueId ? (await findVenue(trx, input.venueId))!.name : input.venueText!;
    await notifyConsultation(ctx, trx, { id: cid, topicId: id, topicTitle: topic.title, countyId: topic.county_id, startsAt: beijingTime(input.startsAt), venue: input.form === 'online' ? '网络议事厅' : venue, roomId });
  });
  return getTopic(ctx, id);
}

/** 记录协商情况 — attendance, departments' responses, opinions, minutes and support; the activity is held. */
export async function recordConsultation(ctx: RequestContext, consultationId: string, input: RecordConsultationInput): Promise<TopicView> {
  const db = ctx.db.kysely;
  const c = await findConsultation(db, consultationId);
  if (!c) throw notFound('协商活动');
  const topic = await loadTopic(ctx, c.topic_id);
  await authorize(ctx, 'topic.record_consultation', topicSubject(topic));
  const notNow = stageRefusal('topic.record_consultation', topic.state as TopicState);
  if (notNow) throw conflict(notNow);
  const step = consultationMachine.step(c.status as ConsultationStatus, 'record');
  if (!step.ok) throw conflict(step.reason);
  const invitedIds = await invitedMemberIds(db, c.id);
  const stranger = input.attendedMemberIds.find((m) => !invitedIds.has(m));
  if (stranger) throw invalid('出席委员须是受邀委员', [{ path: 'attendedMemberIds', message: '出席委员须是受邀委员' }]);
  await checkDepartments(db, topic.county_id, [...input.responses.flatMap((r) => (r.orgId ? [r.orgId] : [])), ...input.support.map((s) => s.orgId)], 'responses');
  const now = ctx.now.toISOString();
  await db.transaction().execute(async (trx) => {
    await setConsultationStatus(trx, c.id, step.to, input.minutes, now);
    await recordAttendance(trx, c.id, input.attendedMemberIds);
    const remarks = [
      ...input.responses.map((r) => ({ kind: 'response', org_id: r.orgId ?? null, speaker: r.person, content: r.content })),
      ...input.opinions.map((o) => ({ kind: 'opinion', org_id: null, speaker: o.speaker, content: o.content })),
    ];
    await insertRemarks(trx, remarks.map((r, seq) => ({ ...r, id: newId(), consultation_id: c.id, seq })));
    await insertSupport(trx, input.support.map((s) => ({ id: newId(), consultation_id: c.id, org_id: s.orgId, kind: s.kind, note: s.note ?? null })));
    await linkAttachments(ctx, trx, input.attachmentIds, 'consultation', c.id);
    await noteOnTopic(ctx, trx, topic, { kind: 'consultation_held', title: `举行${CONSULTATION_FORM_LABELS[c.form as 'meeting']}`, detail: `出席委员 ${input.attendedMemberIds.length} 人；部门回应 ${input.responses.length} 条；意见建议 ${input.opinions.length} 条`, audit: 'topic.record_consultation' });
    await recordParticipation(trx, { type: 'consultation', id: c.id });
  });
  return getTopic(ctx, topic.id);
}
