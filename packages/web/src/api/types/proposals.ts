/** Proposals and solicitations. */
import type { ExclusionReason, ProposalSource, ProposalStatus, TopicCategory, TopicField } from '@shangliang/core';
import type { Attachment, Page, WithActions } from './common.js';

/** 选题建议 — a proposal of any source (issue 3). */
export interface Proposal extends WithActions {
  readonly id: string;
  readonly trackingCode: string | null;
  readonly source: ProposalSource;
  readonly sourceLabel: string;
  readonly countyId: string;
  readonly countyName: string;
  readonly category: TopicCategory;
  readonly categoryLabel: string;
  readonly field: TopicField | null;
  readonly fieldLabel: string | null;
  readonly title: string;
  readonly description: string;
  readonly placeId: string | null;
  readonly placeName: string | null;
  readonly proposerName: string | null;
  readonly proposerPhone: string | null;
  readonly assignedBy: string | null;
  readonly instructionRef: string | null;
  readonly assignedOn: string | null;
  readonly solicitationId: string | null;
  readonly status: ProposalStatus;
  readonly statusLabel: string;
  readonly exclusionReason: ExclusionReason | null;
  readonly exclusionReasonLabel: string | null;
  readonly screeningNote: string | null;
  readonly topicId: string | null;
  readonly topicTitle: string | null;
  readonly createdAt: string;
  /** 附件. */
  readonly attachments?: readonly Attachment[];
}

/** Answer of GET /api/proposals. */
export interface ProposalPage extends Page<Proposal> {
  readonly counts?: Partial<Record<ProposalStatus, number>>;
}

/** 公开征集活动. */
export interface Solicitation {
  readonly id: string;
  readonly countyId: string;
  readonly countyName?: string;
  readonly title: string;
  readonly scope: string;
  readonly opensOn: string;
  readonly closesOn: string;
  readonly open?: boolean;
  readonly proposalCount?: number;
}
