import type {
  Action,
  AuditOutcome,
  ConsultationForm,
  ConsultationLevel,
  ExclusionReason,
  OrgKind,
  OutcomeKind,
  ParticipantKind,
  PreparationKind,
  ProposalSource,
  ProposalStatus,
  DueStatus,
  ItemEvent,
  ItemState,
  Rating,
  ResultClass,
  Role,
  SupportKind,
  TopicCategory,
  TopicEvent,
  TopicField,
  TopicState,
  VenueKind,
} from '@shangliang/core';

/** Keys of the console side menu the server allows this user. */
export type MenuKey =
  | 'workbench'
  | 'organisations'
  | 'departments'
  | 'venues'
  | 'contact_points'
  | 'users'
  | 'audit'
  | 'password'
  | 'proposals'
  | 'topics'
  | 'plans'
  | 'solicitations'
  | 'my_proposals'
  | 'my_activities'
  | 'handling'
  | 'my_items';

/** One role the user holds, as shown in the UI. */
export interface RoleView {
  readonly role: Role;
  readonly roleLabel: string;
  readonly orgId: string;
  readonly orgName: string;
  readonly countyId: string | null;
  readonly title: string | null;
}

/** An organisation the user may act for. */
export interface MeOrganisation {
  readonly id: string;
  readonly name: string;
  readonly kind: OrgKind;
  readonly countyId: string | null;
}

/** The signed-in user. */
export interface Me {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly mustChangePassword: boolean;
  readonly activeOrgId: string | null;
  readonly roles: readonly RoleView[];
  readonly organisations: readonly MeOrganisation[];
  readonly menu: readonly MenuKey[];
  /** Creations the server allows in the current organisation's county. */
  readonly actions: readonly Action[];
  /** Roles this user may assign to others. */
  readonly grantableRoles: readonly Role[];
}

/** A paged list answer. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** Objects that carry the actions this user may take on them. */
export interface WithActions {
  readonly actions: readonly (Action | string)[];
}

/** 组织 — an organisation (city, county, township, village, community or department). */
export interface Org extends WithActions {
  readonly id: string;
  readonly parentId: string | null;
  readonly parentName: string | null;
  readonly kind: OrgKind;
  readonly kindLabel: string;
  readonly name: string;
  readonly regionName: string | null;
  readonly partyName: string | null;
  readonly governmentName: string | null;
  readonly contactPerson: string | null;
  readonly contactPhone: string | null;
  readonly countyId: string | null;
  readonly countyName: string | null;
  readonly sortOrder: number;
  readonly active: boolean;
}

/** A node of the organisation tree. */
export interface OrgNode {
  readonly id: string;
  readonly name: string;
  readonly kind: OrgKind;
  readonly active: boolean;
  readonly children: readonly OrgNode[];
}

/** 活动场所 — a venue. */
export interface Venue extends WithActions {
  readonly id: string;
  readonly orgId: string;
  readonly orgName: string;
  readonly countyId: string | null;
  readonly kind: VenueKind;
  readonly kindLabel: string;
  readonly name: string;
  readonly address: string | null;
  readonly capacity: number | null;
  readonly note: string | null;
  readonly active: boolean;
}

/** 工作联系点 — a contact point of 第四条(七); its county may be unknown. */
export interface ContactPoint extends WithActions {
  readonly id: string;
  readonly name: string;
  readonly countyId: string | null;
  readonly countyName: string | null;
  readonly orgId: string | null;
  readonly orgName: string | null;
  readonly address: string | null;
  readonly note: string | null;
  readonly active: boolean;
}

/** A user account as listed in 用户管理. */
export interface User extends WithActions {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly phone: string | null;
  readonly sector: string | null;
  readonly committee: string | null;
  readonly active: boolean;
  readonly mustChangePassword: boolean;
  readonly lockedUntil: string | null;
  readonly lastLoginAt: string | null;
  readonly roles: readonly RoleView[];
}

/** One entry of the audit trail. */
export interface AuditEntry {
  readonly id: string | number;
  readonly at: string;
  readonly userId: string | null;
  readonly username: string | null;
  readonly role: string | null;
  /** Chinese label of `role`, when the server sends it. */
  readonly roleLabel?: string | null;
  readonly orgId: string | null;
  readonly orgName: string | null;
  readonly countyId: string | null;
  readonly action: string;
  readonly actionLabel: string;
  readonly outcome: AuditOutcome;
  readonly subjectType: string | null;
  readonly subjectId: string | null;
  readonly summary: string | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

/** Answer of GET /api/workbench. */
export interface Workbench {
  readonly user: Me;
  readonly organisation: Org | null;
  readonly counts: {
    readonly townships: number;
    readonly villages: number;
    readonly departments: number;
    readonly venues: number;
    readonly users: number;
  };
  readonly recentActivity: readonly AuditEntry[];
  /** 待办 counts (issue 3); 0 when not the user's job. Absent from older servers. */
  readonly pending?: Partial<Record<PendingKey, number>>;
}

/** Keys of the workbench's 待办事项. */
export type PendingKey =
  | 'screen'
  | 'submit'
  | 'chairReview'
  | 'partyReview'
  | 'research'
  | 'consult'
  | 'record'
  | 'outcome'
  | 'assign'
  | 'answer'
  | 'accept'
  | 'evaluate'
  | 'overdue';

/** A county as listed on the public portal. */
export interface PublicCounty {
  readonly id: string;
  readonly name: string;
  readonly regionName: string | null;
  readonly partyName: string | null;
  readonly townshipCount: number;
  readonly villageCount: number;
}

/** A contact point as listed on the public portal. */
export interface PublicContactPoint {
  readonly id: string;
  readonly name: string;
  readonly countyName: string | null;
  readonly address?: string | null;
}

/** The regulation text shown on the portal. */
export interface Regulation {
  readonly title: string;
  readonly source: string;
  readonly paragraphs: readonly string[];
}

/** 附件 — a file linked to a proposal, a research report or a consultation. */
export interface Attachment {
  readonly id: string;
  readonly filename: string;
  readonly mime: string;
  readonly size: number;
  /** GET downloads the file (Content-Disposition: attachment). */
  readonly url: string;
}

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

/** 年度协商计划. */
export interface Plan extends WithActions {
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
export interface TopicSummary {
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
  readonly followUpActions?: readonly string[];
  readonly events: readonly TopicEvent[];
  readonly blocked: readonly { readonly event: TopicEvent; readonly reason: string }[];
  readonly actions: readonly string[];
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

/** A place of the portal's cascade. */
export interface PublicPlace {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

/** Answer of GET /api/public/track/:code. */
export interface Track {
  readonly trackingCode: string;
  readonly title: string;
  readonly countyName: string;
  readonly submittedAt: string;
  readonly status: ProposalStatus;
  readonly message: string;
  readonly steps: readonly { readonly label: string; readonly done: boolean; readonly at: string | null; readonly note: string | null }[];
  readonly topic: { readonly title: string; readonly state: TopicState; readonly stateLabel: string } | null;
  /** 办理答复 — the accepted answers, once the office has made them public. */
  readonly answers?: readonly TrackAnswer[];
}

/** One published answer on the track page. */
export interface TrackAnswer {
  readonly seq: number;
  readonly content: string;
  readonly departmentName: string | null;
  readonly resultClassLabel: string;
  readonly text: string;
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

/** Answer of POST /api/handling/topics/:id/import. */
export interface ImportReport {
  readonly rows: readonly { readonly row: number; readonly seq: number | null; readonly ok: boolean; readonly actions: readonly string[]; readonly errors: readonly string[] }[];
  readonly written: number;
  readonly applied: boolean;
}

/** 书面反馈 — one round's written answer of the lead department. */
export interface HandlingFeedback {
  readonly id: string;
  readonly round: number;
  readonly departmentName: string | null;
  readonly text: string;
  readonly resultClass: ResultClass;
  readonly resultClassLabel: string;
  readonly measures: string | null;
  readonly responsible: string;
  readonly contact: string;
  readonly status: 'submitted' | 'accepted' | 'returned';
  readonly statusLabel: string;
  readonly reviewNote: string | null;
  readonly submittedAt: string;
  readonly attachments?: readonly Attachment[];
}

/** 办件 — one suggestion of a submitted outcome, in handling. */
export interface HandlingItem {
  readonly id: string;
  readonly seq: number;
  readonly content: string;
  readonly topicId: string;
  readonly topicTitle: string;
  readonly countyId: string | null;
  readonly state: ItemState;
  readonly stateLabel: string;
  readonly round: number;
  readonly leadDepartmentId: string | null;
  readonly leadDepartmentName: string | null;
  readonly coDepartments: readonly { readonly id: string; readonly name: string | null }[];
  readonly assignedOn: string | null;
  readonly dueOn: string | null;
  /** 会办意见期限 (sent by the server, not in API-handling.md). */
  readonly coDueOn?: string | null;
  readonly dueStatus: DueStatus | null;
  readonly dueStatusLabel: string | null;
  readonly daysLeft: number | null;
  readonly countdown: string | null;
  readonly letterNo: string | null;
  readonly letterDate: string | null;
  readonly conversion: string | null;
  readonly conversionLabel: string | null;
  readonly conversionRef: string | null;
  readonly latestFeedback: HandlingFeedback | null;
  readonly latestRating: Rating | null;
  readonly latestRatingLabel: string | null;
  readonly access: 'office' | 'city' | 'lead' | 'co' | null;
  readonly events: readonly ItemEvent[];
  readonly actions: readonly string[];
}

/** 办件详情 — every round. */
export interface HandlingItemDetail extends HandlingItem {
  readonly feedbacks: readonly HandlingFeedback[];
  readonly evaluations: readonly {
    readonly round: number;
    readonly rating: Rating;
    readonly ratingLabel: string;
    readonly processMark: Rating | null;
    readonly resultMark: Rating | null;
    readonly comment: string | null;
    readonly at: string;
  }[];
  readonly coOpinions: readonly { readonly round: number; readonly departmentName: string | null; readonly text: string; readonly at: string }[];
  readonly timeline: readonly {
    readonly id: string;
    readonly at: string;
    readonly round: number;
    readonly kind: string;
    readonly title: string;
    readonly detail: string | null;
    readonly actorName: string | null;
  }[];
}

/** Answer of GET /api/handling/items. */
export interface HandlingItemPage extends Page<HandlingItem> {
  readonly counts?: { readonly byState?: Partial<Record<ItemState, number>>; readonly overdue?: number; readonly dueSoon?: number };
}

/** Answer of GET /api/handling/summary. */
export interface HandlingSummary {
  readonly byDepartment: readonly {
    readonly departmentId: string;
    readonly departmentName: string | null;
    readonly total: number;
    readonly open: number;
    readonly overdue: number;
    readonly dueSoon: number;
    readonly settled: number;
  }[];
  readonly byState: Partial<Record<ItemState, number>>;
}
