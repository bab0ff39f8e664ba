import {
  allowedActions,
  availableEvents,
  blockedEvents,
  CONSULTATION_FORM_LABELS,
  CONSULTATION_LEVEL_LABELS,
  type ConsultationForm,
  type ConsultationView,
  type ConsultationLevel,
  CONVERSION_LABELS,
  type Conversion,
  OUTCOME_KIND_LABELS,
  type OutcomeKind,
  PARTICIPANT_KIND_LABELS,
  type ParticipantKind,
  PREPARATION_KIND_LABELS,
  type PreparationKind,
  PROPOSAL_SOURCE_LABELS,
  stageActions,
  type ProposalSource,
  SUPPORT_KIND_LABELS,
  type SupportKind,
  TOPIC_CATEGORY_LABELS,
  TOPIC_FIELD_LABELS,
  TOPIC_STATE_LABELS,
  TOPIC_TRANSITIONS,
  type TopicCategory,
  type TopicField,
  type TopicState,
  type TopicSummaryView,
  type TopicView,
  type TopicFacts,
} from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { listConsultationsOfTopic, listParticipantsOf, listRemarksOf, listSupportOf } from '../../repositories/consultations.repository.js';
import { findOutcomeOfTopic, listSuggestionsOf } from '../../repositories/outcomes.repository.js';
import { findPlans } from '../../repositories/plans.repository.js';
import { listProposalsOfTopic, proposalSourcesOf } from '../../repositories/proposals.repository.js';
import { listPreparationsOf, listResearchActivitiesOf, listResearchReportsOf } from '../../repositories/research.repository.js';
import { listTopicEvents, type TopicRow } from '../../repositories/topics.repository.js';
import { presentTimeline } from '../timeline/present-timeline.js';
import { findVenueNames } from '../../repositories/venues.repository.js';
import { lookupsOf } from '../lookups.js';
import { presentFollowUp } from '../handling/present-follow-up.js';
import { presentItems } from '../handling/present-item.js';
import { listItems } from '../../repositories/handling.repository.js';
import { listRoomsOfTopics } from '../../repositories/rooms.repository.js';
import { presentProposals } from '../proposals/present-proposal.js';

/**
 * Shapes topics for lists: labels, plan, county and where they came from — in a few queries (the topic page passes
 * the proposals it has loaded anyway as `sources`).
 */
export async function presentTopicSummaries(ctx: RequestContext, rows: TopicRow[], known: { sources?: readonly { topic_id: string | null; source: string }[] } = {}): Promise<TopicSummaryView[]> {
  const db = ctx.db.kysely;
  const ids = rows.map((r) => r.id);
  const planIds = [...new Set(rows.map((r) => r.plan_id).filter((x): x is string => !!x))];
  const [planById, orgs, sources] = await Promise.all([
    findPlans(db, planIds),
    lookupsOf(ctx).orgNames(rows.map((r) => r.county_id).filter((x): x is string => !!x)),
    known.sources ?? proposalSourcesOf(db, ids),
  ]);
  return rows.map((r) => {
    const mine = sources.filter((s) => s.topic_id === r.id);
    const kinds = [...new Set(mine.map((s) => s.source))] as ProposalSource[];
    const plan = r.plan_id ? planById.get(r.plan_id) : undefined;
    return {
      id: r.id,
      countyId: r.county_id,
      countyName: r.county_id ? (orgs.get(r.county_id)?.name ?? null) : '临汾市政协',
      planId: r.plan_id,
      planTitle: plan?.title ?? null,
      year: plan?.year ?? Number(r.created_at.slice(0, 4)),
      title: r.title,
      category: r.category as TopicCategory,
      categoryLabel: TOPIC_CATEGORY_LABELS[r.category as TopicCategory] ?? r.category,
      field: r.field as TopicField | null,
      fieldLabel: r.field ? (TOPIC_FIELD_LABELS[r.field as TopicField] ?? r.field) : null,
      state: r.state as TopicState,
      stateLabel: TOPIC_STATE_LABELS[r.state as TopicState] ?? r.state,
      sources: kinds,
      sourceLabels: kinds.map((k) => PROPOSAL_SOURCE_LABELS[k]),
      sensitive: r.sensitive === 1,
      longStanding: r.long_standing === 1,
      proposalCount: mine.length,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      /** Sent back by the edit form (optimistic concurrency). */
      version: r.version,
    };
  });
}

/** Stages in which the topic page shows its handling items. */
const HANDLED = ['outcome_submitted', 'handling', 'following_up', 'concluded'];

/** The full topic page: everything that happened, and what this user may do now. */
export async function presentTopic(ctx: RequestContext, row: TopicRow): Promise<TopicView> {
  const db = ctx.db.kysely;
  const look = lookupsOf(ctx);
  const handled = HANDLED.includes(row.state);
  // Independent of the rest: started now, so its lookups join the others'.
  const followUp = presentFollowUp(ctx, row);
  followUp.catch(() => undefined); // awaited below; a failure there is not also an unhandled rejection
  const [proposalRows, activities, reports, preparations, consultations, outcome, timeline, itemRows] = await Promise.all([
    listProposalsOfTopic(db, row.id),
    listResearchActivitiesOf(db, row.id),
    listResearchReportsOf(db, row.id),
    listPreparationsOf(db, row.id),
    listConsultationsOfTopic(db, row.id),
    findOutcomeOfTopic(db, row.id),
    listTopicEvents(db, row.id),
    handled ? listItems(db, { topicId: row.id }) : Promise.resolve([]),
  ]);
  const cIds = consultations.map((c) => c.id);
  const [participants, remarks, support, suggestions, reportFiles, photos, rooms] = await Promise.all([
    listParticipantsOf(db, cIds),
    listRemarksOf(db, cIds),
    listSupportOf(db, cIds),
    outcome ? listSuggestionsOf(db, outcome.id) : [],
    look.attachments('research_report', reports.map((r) => r.id)),
    look.attachments('consultation', cIds),
    cIds.length ? listRoomsOfTopics(db, [row.id]) : [],
  ]);
  const roomOf = new Map(rooms.map((r) => [r.consultation_id, r.id]));
  // The lifecycle's facts from the rows just loaded, not counted again (items exist only once the outcome is submitted).
  const facts: TopicFacts = {
    researchReports: reports.length,
    sensitive: row.sensitive === 1,
    longStanding: row.long_standing === 1,
    priorReportRecorded: preparations.some((p) => p.kind === 'prior_report'),
    solutionStudied: preparations.some((p) => p.kind === 'solution'),
    consultationsHeld: consultations.filter((c) => c.status === 'held').length,
    outcomeSuggestions: suggestions.length,
    suggestionsSettled: itemRows.filter((i) => i.state === 'settled').length,
  };
  const memberIds = [...new Set(activities.flatMap((a) => JSON.parse(a.member_ids) as string[]))];
  const authorIds = reports.map((r) => r.author_id).filter((x): x is string => !!x);
  const orgIds = [...participants.map((p) => p.org_id), ...remarks.map((r) => r.org_id), ...support.map((s) => s.org_id), ...suggestions.map((s) => s.department_id), ...consultations.map((c) => c.venue_id)];
  const venueIds = consultations.map((c) => c.venue_id).filter((x): x is string => !!x);
  // Started together, so that the names and files every part asks for are read in one statement each.
  const [nameOf, orgs, venueName, summaries, proposals, items, followUpView] = await Promise.all([
    look.userNames([...memberIds, ...authorIds]),
    look.orgNames(orgIds.filter((x): x is string => !!x)),
    findVenueNames(db, venueIds),
    presentTopicSummaries(ctx, [row], { sources: proposalRows }),
    presentProposals(ctx, proposalRows),
    handled ? presentItems(ctx, itemRows) : Promise.resolve([]),
    followUp,
  ]);
  const summary = summaries[0];
  const topicRef = { state: row.state as TopicState, countyId: row.county_id };
  // 签到码 and attendance corrections of the topic's activities, whatever its stage (a member may be recorded late).
  const actions = [...stageActions(ctx.actor, topicRef, facts), ...allowedActions(ctx.actor, { type: 'activity', scope: [row.county_id] }, ['attendance.manage'])];

  return {
    ...summary!,
    description: row.description,
    leadViceChair: row.lead_vice_chair,
    secretaryGeneral: row.secretary_general,
    ownerUnit: row.owner_unit,
    proposals,
    researchActivities: activities.map((a) => ({
      id: a.id,
      date: a.date,
      place: a.place,
      members: (JSON.parse(a.member_ids) as string[]).map((id) => ({ id, name: nameOf.get(id) ?? '（已删除）' })),
      others: a.others,
      findings: a.findings,
    })),
    researchReports: reports.map((r) => ({ id: r.id, title: r.title, body: r.body, submittedOn: r.submitted_on, authorName: r.author_id ? (nameOf.get(r.author_id) ?? null) : null, attachments: reportFiles.get(r.id) ?? [] })),
    preparations: preparations.map((p) => ({ id: p.id, kind: p.kind as PreparationKind, kindLabel: PREPARATION_KIND_LABELS[p.kind as PreparationKind] ?? p.kind, date: p.date, recipient: p.recipient, summary: p.summary })),
    consultations: consultations.map((c) => ({
      id: c.id,
      form: c.form as ConsultationForm,
      formLabel: CONSULTATION_FORM_LABELS[c.form as ConsultationForm] ?? c.form,
      level: c.level as ConsultationLevel,
      levelLabel: CONSULTATION_LEVEL_LABELS[c.level as ConsultationLevel] ?? c.level,
      joint: c.joint === 1,
      startsAt: c.starts_at,
      venueId: c.venue_id,
      venueName: c.venue_id ? (venueName.get(c.venue_id) ?? null) : c.venue_text,
      status: c.status as ConsultationView['status'],
      statusLabel: c.status === 'held' ? '已举行' : '已安排',
      participants: participants.filter((p) => p.consultation_id === c.id).map((p) => ({ kind: p.kind as ParticipantKind, kindLabel: PARTICIPANT_KIND_LABELS[p.kind as ParticipantKind] ?? p.kind, userId: p.user_id, orgId: p.org_id, name: p.name, title: p.title, attended: p.attended === 1, leaderBody: p.leader_body, principal: p.leader_principal === 1 })),
      responses: remarks.filter((r) => r.consultation_id === c.id && r.kind === 'response').map((r) => ({ orgName: r.org_id ? (orgs.get(r.org_id)?.name ?? null) : null, person: r.speaker, content: r.content })),
      opinions: remarks.filter((r) => r.consultation_id === c.id && r.kind === 'opinion').map((r) => ({ speaker: r.speaker, content: r.content })),
      minutes: c.minutes,
      attachments: photos.get(c.id) ?? [],
      support: support.filter((s) => s.consultation_id === c.id).map((s) => ({ orgName: orgs.get(s.org_id)?.name ?? null, kind: s.kind as SupportKind, kindLabel: SUPPORT_KIND_LABELS[s.kind as SupportKind] ?? s.kind, note: s.note })),
      roomId: roomOf.get(c.id) ?? null,
    })),
    outcome: outcome
      ? {
          id: outcome.id,
          kind: outcome.kind as OutcomeKind,
          kindLabel: OUTCOME_KIND_LABELS[outcome.kind as OutcomeKind] ?? outcome.kind,
          title: outcome.title,
          submittedTo: outcome.submitted_to,
          submittedOn: outcome.submitted_on,
          submittedVia: outcome.submitted_via,
          suggestions: suggestions.map((s) => ({ id: s.id, seq: s.seq, content: s.content, departmentId: s.department_id, departmentName: s.department_id ? (orgs.get(s.department_id)?.name ?? null) : null, conversion: s.conversion as Conversion | null, conversionLabel: s.conversion ? (CONVERSION_LABELS[s.conversion as Conversion] ?? null) : null })),
        }
      : null,
    timeline: presentTimeline(timeline),
    ...followUpView,
    handling: handled ? { items: items.map(({ feedbackHistory: _, ...item }) => item) } : null,
    // start_handling happens with the first 交办 on the handling board, not on the topic page.
    events: availableEvents(topicRef, ctx.actor, facts).filter((e) => TOPIC_TRANSITIONS[e].viaAction !== 'handling.manage'),
    blocked: blockedEvents(topicRef, ctx.actor, facts),
    actions,
  };
}
