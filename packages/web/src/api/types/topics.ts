/** Plans, topics and what happens to them. */
import type { Action, ConsultationForm, ConsultationLevel, OutcomeKind, ParticipantKind, PreparationKind, ProposalSource, SupportKind, TopicCategory, TopicEvent, TopicField, TopicState } from '@shangliang/core';
import type { Attachment, Page, Versioned, WithActions } from './common.js';
import type { HandlingItem } from './handling.js';
import type { Proposal } from './proposals.js';

/** 跟踪问效 steps the server may allow on a topic, listed apart from its core actions. */
export type FollowUpAction = 'instruction' | 'follow_up' | 'publish_answers' | 'case';

/** 年度协商计划. */
export interface Plan extends WithActions, Versioned {
  readonly id: string;
  readonly countyId: string | null;
  readonly countyName: string | null;
  readonly year: number;
  readonly title: string;
  readonly reportedOn: string | null;
  readonly topicCount: number;
  readonly doneCount: number;
}

/** A topic as listed. */
export interface TopicSummary extends Versioned {
  readonly id: string;
  readonly countyId: string | null;
  readonly countyName: string | null;
  readonly planId: string | null;
  readonly planTitle: string | null;
  readonly year: number | null;
  readonly title: string;
  readonly category: TopicCategory;
  readonly categoryLabel: string;
  readonly field: TopicField | null;
  readonly fieldLabel: string | null;
  readonly state: TopicState;
  readonly stateLabel: string;
  readonly sources: readonly ProposalSource[];
  readonly sourceLabels: readonly string[];
  readonly sensitive: boolean;
  readonly longStanding: boolean;
  readonly proposalCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Answer of GET /api/topics. */
export interface TopicPage extends Page<TopicSummary> {
  readonly countsByState?: Partial<Record<TopicState, number>>;
}

/** 协商活动. */
export interface Consultation {
  readonly id: string;
  readonly form: ConsultationForm;
  readonly formLabel: string;
  readonly level: ConsultationLevel;
  readonly levelLabel: string;
  readonly joint: boolean;
  readonly startsAt: string;
  readonly venueId: string | null;
  readonly venueName: string | null;
  readonly status: 'scheduled' | 'held';
  readonly statusLabel: string;
  readonly participants: readonly {
    readonly kind: ParticipantKind;
    readonly kindLabel: string;
    readonly userId: string | null;
    readonly orgId: string | null;
    readonly name: string;
    readonly title: string | null;
    readonly attended: boolean | null;
  }[];
  readonly responses: readonly { readonly orgName: string | null; readonly person: string; readonly content: string }[];
  readonly opinions: readonly { readonly speaker: string; readonly content: string }[];
  readonly minutes: string | null;
  readonly support: readonly { readonly orgName: string | null; readonly kind: SupportKind; readonly kindLabel: string; readonly note: string | null }[];
  /** 照片与附件. */
  readonly attachments?: readonly Attachment[];
}

/** 协商成果. */
export interface Outcome {
  readonly id: string;
  readonly kind: OutcomeKind;
  readonly kindLabel: string;
  readonly title: string;
  readonly submittedTo: string;
  readonly submittedOn: string;
  readonly submittedVia: string | null;
  readonly suggestions: readonly {
    readonly id: string;
    readonly seq: number;
    readonly content: string;
    readonly departmentId: string | null;
    readonly departmentName: string | null;
    readonly conversion: string | null;
    readonly conversionLabel: string | null;
  }[];
}

/** A topic with everything that happened to it. */
export interface Topic extends TopicSummary {
  readonly description: string;
  readonly leadViceChair: string | null;
  readonly secretaryGeneral: string | null;
  readonly ownerUnit: string | null;
  readonly proposals: readonly Proposal[];
  readonly researchActivities: readonly {
    readonly id: string;
    readonly date: string;
    readonly place: string;
    readonly members: readonly { readonly id: string; readonly name: string }[];
    readonly others: string | null;
    readonly findings: string;
  }[];
  readonly researchReports: readonly {
    readonly id: string;
    readonly title: string;
    readonly body: string;
    readonly submittedOn: string;
    readonly authorName: string | null;
    readonly attachments?: readonly Attachment[];
  }[];
  readonly preparations: readonly {
    readonly id: string;
    readonly kind: PreparationKind;
    readonly kindLabel: string;
    readonly date: string;
    readonly recipient: string | null;
    readonly summary: string;
  }[];
  readonly consultations: readonly Consultation[];
  readonly outcome: Outcome | null;
  readonly timeline: readonly {
    readonly id: string;
    readonly at: string;
    readonly kind: string;
    readonly title: string;
    readonly detail: string | null;
    readonly actorName: string | null;
  }[];
  /** 建议办理 — present once the outcome is submitted (issue 4). */
  readonly handling?: { readonly items: readonly HandlingItem[] } | null;
  /** 领导批示 with their follow-up actions (跟踪问效). */
  readonly instructions?: readonly Instruction[];
  /** 民主监督、调研视察、民主评议. */
  readonly followUps?: readonly FollowUpActivity[];
  /** When the accepted answers were made public on the residents' track page. */
  readonly answersPublishedAt?: string | null;
  /** 典型案例. */
  readonly publishedAsCase?: boolean;
  /** What the office may do at this stage: instruction, follow_up, publish_answers, case. */
  readonly followUpActions?: readonly FollowUpAction[];
  readonly events: readonly TopicEvent[];
  readonly blocked: readonly { readonly event: TopicEvent; readonly reason: string }[];
  /** Core's topic actions allowed at this stage (OBJECT_ACTIONS.topic). */
  readonly actions: readonly Action[];
}

/** One of 我的活动. */
export interface MyActivity {
  readonly kind: 'research' | 'consultation';
  readonly id: string;
  readonly topicId: string;
  readonly topicTitle: string;
  readonly date: string;
  readonly title: string;
  readonly attended: boolean | null;
}

/** 领导批示 on a topic's outcome (or one suggestion of it). */
export interface Instruction {
  readonly id: string;
  readonly suggestionId: string | null;
  readonly leader: string;
  readonly leaderTitle: string | null;
  readonly givenOn: string;
  readonly text: string;
  readonly actions: readonly { readonly id: string; readonly text: string; readonly dueOn: string; readonly doneOn: string | null }[];
}

/** 跟踪问效活动. */
export interface FollowUpActivity {
  readonly id: string;
  readonly kind: string;
  readonly kindLabel: string;
  readonly date: string;
  readonly place: string;
  readonly members: readonly { readonly id: string; readonly name: string | null }[];
  readonly findings: string;
}
