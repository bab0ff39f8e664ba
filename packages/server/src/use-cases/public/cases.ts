import { CONSULTATION_FORM_LABELS, type CaseSummary, type CaseView, type ConsultationForm, PARTICIPANT_KIND_LABELS, PARTICIPANT_KINDS } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { notFound } from '../refusals.js';
import { caseFacts, listCaseTopics } from '../../repositories/public.repository.js';
import { findTopic } from '../../repositories/topics.repository.js';
import { countRoomActivity, findMap, listRoomsOfTopics, listStatements } from '../../repositories/rooms.repository.js';
import { presentTopic } from '../topics/present-topic.js';
import { publishedAnswers } from '../proposals/public-proposals.js';

/** The timeline entries a case's story tells: how the topic went from 立题 to 办结. */
const MILESTONE_KINDS = new Set(['created', 'research_report', 'consultation_held', 'transition']);

/** The first sentence or so of the problem, for lists and link previews. */
export const caseSummaryText = (description: string): string => (description.length > 80 ? `${description.slice(0, 78)}……` : description);

const formLabels = (forms: readonly string[]) => [...new Set(forms)].map((f) => CONSULTATION_FORM_LABELS[f as ConsultationForm] ?? f);

/** 典型案例 (第七条) — the cases every county published, newest first. */
export async function listCases(ctx: RequestContext): Promise<CaseSummary[]> {
  const db = ctx.db.kysely;
  const rows = await listCaseTopics(db, 100);
  const facts = await caseFacts(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    countyName: r.county_name ?? '临汾市政协',
    summary: caseSummaryText(r.description),
    concludedOn: r.updated_at.slice(0, 10),
    suggestionCount: facts.get(r.id)!.suggestions,
    forms: formLabels(facts.get(r.id)!.forms),
  }));
}

/** One case as a story, public parts only: no names of residents, no contacts, nothing still in progress. */
export async function getCase(ctx: RequestContext, id: string): Promise<CaseView> {
  const db = ctx.db.kysely;
  const row = await findTopic(db, id);
  if (!row || row.published_as_case !== 1 || row.state !== 'concluded') throw notFound('典型案例');
  const topic = await presentTopic(ctx, row);
  const [rooms, answers] = await Promise.all([listRoomsOfTopics(db, [id]), row.answers_published_at ? publishedAnswers(ctx, id) : []]);
  const room = rooms[0];
  let roomPart: CaseView['room'] = null;
  if (room) {
    const [activity, map] = await Promise.all([countRoomActivity(db, [room.id]), findMap(db, room.id)]);
    const consensus = map ? (JSON.parse(map.result) as { consensus: { statementId: string }[] }).consensus.map((c) => c.statementId) : [];
    const texts = await listStatements(db, room.id, { statuses: ['shown'] });
    roomPart = { id: room.id, participantCount: activity.get(room.id)!.participants, statementCount: activity.get(room.id)!.statements, consensus: consensus.map((c) => texts.find((t) => t.id === c)?.text).filter((t): t is string => !!t) };
  }
  return {
    id: topic.id,
    title: topic.title,
    countyName: topic.countyName ?? '临汾市政协',
    summary: caseSummaryText(topic.description),
    concludedOn: row.updated_at.slice(0, 10),
    suggestionCount: topic.outcome?.suggestions.length ?? 0,
    forms: formLabels(topic.consultations.map((c) => c.form)),
    problem: topic.description,
    consultations: topic.consultations
      .filter((c) => c.status === 'held')
      .map((c) => ({
        formLabel: c.formLabel,
        startsAt: c.startsAt,
        place: c.venueName,
        participants: PARTICIPANT_KINDS.map((k) => ({ k, n: c.participants.filter((p) => p.kind === k).length })).filter((x) => x.n > 0).map((x) => `${PARTICIPANT_KIND_LABELS[x.k]} ${x.n} 人`),
        responses: c.responses.map((r) => ({ orgName: r.orgName, content: r.content })),
      })),
    room: roomPart,
    outcome: topic.outcome ? { title: topic.outcome.title, kindLabel: topic.outcome.kindLabel, submittedOn: topic.outcome.submittedOn, suggestions: topic.outcome.suggestions.map((s) => ({ seq: s.seq, content: s.content, departmentName: s.departmentName })) } : null,
    answers,
    photos: topic.consultations.filter((c) => c.status === 'held').flatMap((c) => c.attachments.filter((a) => a.mime.startsWith('image/'))),
    milestones: topic.timeline.filter((e) => MILESTONE_KINDS.has(e.kind)).map((e) => ({ label: e.title, at: e.at })),
  };
}
