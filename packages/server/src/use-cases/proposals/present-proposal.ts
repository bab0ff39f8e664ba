import {
  allowedActions,
  can,
  EXCLUSION_REASON_LABELS,
  type ExclusionReason,
  OBJECT_ACTIONS,
  PROPOSAL_SOURCE_LABELS,
  PROPOSAL_STATUS_LABELS,
  type ProposalSource,
  type ProposalStatus,
  type ProposalView,
  type Subject,
  TOPIC_CATEGORY_LABELS,
  TOPIC_FIELD_LABELS,
  type TopicCategory,
  type TopicField,
  proposalMachine,
} from '@shangliang/core';
import type { RequestContext } from '../context.js';
import type { ProposalRow } from '../../repositories/proposals.repository.js';
import { findTopicTitles } from '../../repositories/topics.repository.js';
import { lookupsOf } from '../lookups.js';

export type { ProposalRow } from '../../repositories/proposals.repository.js';

/** The policy subject of a proposal: its county. */
export const proposalSubject = (p: Pick<ProposalRow, 'county_id'>): Subject => ({ type: 'proposal', scope: [p.county_id] });

/** 138****1234 — how a resident's phone number is shown in every list and detail. */
export const maskPhone = (phone: string): string => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****');

/** Shapes proposals for the API, in a few queries. */
export async function presentProposals(ctx: RequestContext, rows: ProposalRow[]): Promise<ProposalView[]> {
  const db = ctx.db.kysely;
  const look = lookupsOf(ctx);
  const userIds = rows.map((r) => r.proposer_user_id).filter((x): x is string => !!x);
  const topicIds = rows.map((r) => r.topic_id).filter((x): x is string => !!x);
  const [orgs, userName, topicTitle, files] = await Promise.all([
    look.orgNames(rows.flatMap((r) => [r.county_id, r.place_org_id]).filter((x): x is string => !!x)),
    look.userNames(userIds),
    findTopicTitles(db, topicIds),
    look.attachments('proposal', rows.map((r) => r.id)),
  ]);
  return rows.map((r) => {
    const mayReveal = !!r.proposer_phone && can(ctx.actor, 'proposal.reveal_phone', proposalSubject(r)).ok;
    const screenable = proposalMachine.eventsFrom(r.status as ProposalStatus).includes('screen_in');
    return {
      id: r.id,
      trackingCode: r.tracking_code,
      source: r.source as ProposalSource,
      sourceLabel: PROPOSAL_SOURCE_LABELS[r.source as ProposalSource] ?? r.source,
      countyId: r.county_id,
      countyName: orgs.get(r.county_id)?.name ?? null,
      category: r.category as TopicCategory,
      categoryLabel: TOPIC_CATEGORY_LABELS[r.category as TopicCategory] ?? r.category,
      field: r.field as TopicField | null,
      fieldLabel: r.field ? (TOPIC_FIELD_LABELS[r.field as TopicField] ?? r.field) : null,
      title: r.title,
      description: r.description,
      placeId: r.place_org_id,
      placeName: r.place_org_id ? (orgs.get(r.place_org_id)?.name ?? null) : null,
      proposerName: r.proposer_user_id ? (userName.get(r.proposer_user_id) ?? null) : r.proposer_name,
      // Always masked here: the county office asks for the full number (reveal-phone), which is audited.
      proposerPhone: r.proposer_phone ? maskPhone(r.proposer_phone) : null,
      assignedBy: r.assigned_by,
      instructionRef: r.instruction_ref,
      assignedOn: r.assigned_on,
      solicitationId: r.solicitation_id,
      status: r.status as ProposalStatus,
      statusLabel: PROPOSAL_STATUS_LABELS[r.status as ProposalStatus] ?? r.status,
      exclusionReason: r.exclusion_reason as ExclusionReason | null,
      exclusionReasonLabel: r.exclusion_reason ? (EXCLUSION_REASON_LABELS[r.exclusion_reason as ExclusionReason] ?? null) : null,
      screeningNote: r.screening_note,
      topicId: r.topic_id,
      topicTitle: r.topic_id ? (topicTitle.get(r.topic_id) ?? null) : null,
      createdAt: r.created_at,
      attachments: files.get(r.id) ?? [],
      actions: [...(screenable ? allowedActions(ctx.actor, proposalSubject(r), OBJECT_ACTIONS.proposal) : []), ...(mayReveal ? (['proposal.reveal_phone'] as const) : [])],
    };
  });
}
