import type { ConsultationForm, ConsultationLevel, ConsultationStatus, ExclusionReason, OutcomeKind, PreparationKind, ProposalSource, ProposalStatus, SupportKind, TopicCategory, TopicState } from '@shangliang/core';
import type { Generated } from 'kysely';
import type { LeaderColumns } from './schema-members.js';
import type { VersionColumns } from './schema-versions.js';

/** 公开征集 — a public solicitation of topics with open and close dates. */
export interface SolicitationsTable {
  id: string;
  county_id: string | null;
  title: string;
  scope: string;
  opens_on: string;
  closes_on: string;
  created_by: string | null;
  created_at: string;
}

/** 年度协商计划 (第五条). */
export interface PlansTable extends VersionColumns {
  id: string;
  county_id: string | null;
  year: number;
  title: string;
  reported_on: string | null;
  created_at: string;
}

/** 议题 — its state changes only through the lifecycle table (use-cases/topics/transition-topic.ts). */
export interface TopicsTable extends VersionColumns {
  id: string;
  /** The last timeline sequence number handed out (see appendTopicEvent / appendItemEvent). */
  event_seq: Generated<number>;
  /** 1 once a research report is filed / a consultation held — kept by triggers (migration 0018). */
  has_report: Generated<number>;
  has_held: Generated<number>;
  county_id: string | null;
  plan_id: string | null;
  title: string;
  description: string;
  category: TopicCategory;
  field: string | null;
  state: TopicState;
  sensitive: number;
  long_standing: number;
  lead_vice_chair: string | null;
  secretary_general: string | null;
  owner_unit: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** When all accepted answers of the outcome were made public (track page). */
  answers_published_at: string | null;
  /** Marked for publication as a 典型案例 once concluded. */
  published_as_case: number;
}

/** 选题建议 from the three sources of 第四条(二). */
export interface ProposalsTable {
  id: string;
  tracking_code: string;
  idempotency_key: string | null;
  source: ProposalSource;
  county_id: string;
  category: TopicCategory;
  field: string | null;
  title: string;
  description: string;
  place_org_id: string | null;
  solicitation_id: string | null;
  proposer_user_id: string | null;
  proposer_name: string | null;
  proposer_phone: string | null;
  /** The resident agreed to SMS about the proposal's progress (migration 0028). */
  sms_consent: Generated<number>;
  assigned_by: string | null;
  instruction_ref: string | null;
  assigned_on: string | null;
  status: ProposalStatus;
  exclusion_reason: ExclusionReason | null;
  screening_note: string | null;
  topic_id: string | null;
  screened_by: string | null;
  screened_at: string | null;
  ip: string | null;
  created_at: string;
  updated_at: string;
}

/** A one-time arithmetic question for the public form. */
export interface CaptchasTable {
  id: string;
  answer: string;
  expires_at: string;
  used: number;
}

/** One entry of a topic's timeline. */
export interface TopicEventsTable {
  id: string;
  topic_id: string;
  at: string;
  seq: number;
  user_id: string | null;
  actor_name: string | null;
  kind: string;
  event: string | null;
  from_state: string | null;
  to_state: string | null;
  title: string;
  detail: string | null;
}

/** 调研活动. */
export interface ResearchActivitiesTable {
  id: string;
  topic_id: string;
  date: string;
  place: string;
  /** JSON array of member user ids. */
  member_ids: string;
  others: string | null;
  findings: string;
  created_by: string | null;
  created_at: string;
}

/** 调研报告. */
export interface ResearchReportsTable {
  id: string;
  topic_id: string;
  title: string;
  body: string;
  submitted_on: string;
  author_id: string | null;
  created_at: string;
}

/** Prior report to the party committee, or a solution studied with departments. */
export interface PreparationsTable {
  id: string;
  topic_id: string;
  kind: PreparationKind;
  date: string;
  recipient: string | null;
  summary: string;
  created_at: string;
}

/** 协商活动. */
export interface ConsultationsTable {
  id: string;
  topic_id: string;
  county_id: string | null;
  form: ConsultationForm;
  level: ConsultationLevel;
  joint: number;
  starts_at: string;
  venue_id: string | null;
  venue_text: string | null;
  status: ConsultationStatus;
  minutes: string | null;
  created_at: string;
  updated_at: string;
}

/** A participant of a consultation, of one of the five kinds or a leader present. */
export interface ConsultationParticipantsTable extends LeaderColumns {
  id: string;
  consultation_id: string;
  kind: string;
  user_id: string | null;
  org_id: string | null;
  name: string;
  title: string | null;
  attended: number;
  seq: number;
  /** The consultation's day, copied by triggers (migration 0021). */
  day: Generated<string | null>;
}

/** A department's on-the-spot response or a participant's opinion. */
export interface ConsultationRemarksTable {
  id: string;
  consultation_id: string;
  kind: string;
  org_id: string | null;
  speaker: string;
  content: string;
  seq: number;
}

/** Support given by a department (第六条(三)). */
export interface ConsultationSupportTable {
  id: string;
  consultation_id: string;
  org_id: string;
  kind: SupportKind;
  note: string | null;
}

/** 协商成果 — one per topic. */
export interface OutcomesTable {
  id: string;
  topic_id: string;
  kind: OutcomeKind;
  title: string;
  submitted_to: string;
  submitted_on: string;
  submitted_via: string | null;
  created_at: string;
}

/** A numbered suggestion of an outcome. */
export interface SuggestionsTable {
  id: string;
  outcome_id: string;
  topic_id: string;
  seq: number;
  content: string;
  department_id: string | null;
  conversion: string | null;
  created_at: string;
}

/** An uploaded file; unlinked (owner null) until the record it belongs to is saved. */
export interface AttachmentsTable {
  id: string;
  owner_type: string | null;
  owner_id: string | null;
  county_id: string | null;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  storage_key: string;
  uploaded_by: string;
  created_at: string;
}

/** One member of a research activity (mirrors the activity's member_ids, for look-ups by member). */
export interface ResearchMembersTable {
  activity_id: string;
  user_id: string;
  /** The activity's date, copied by triggers (migration 0021). */
  date: Generated<string | null>;
}

/** The tables of the consultation workflow. */
export interface TopicTables {
  attachments: AttachmentsTable;
  solicitations: SolicitationsTable;
  plans: PlansTable;
  topics: TopicsTable;
  proposals: ProposalsTable;
  captchas: CaptchasTable;
  topic_events: TopicEventsTable;
  research_activities: ResearchActivitiesTable;
  research_members: ResearchMembersTable;
  research_reports: ResearchReportsTable;
  preparations: PreparationsTable;
  consultations: ConsultationsTable;
  consultation_participants: ConsultationParticipantsTable;
  consultation_remarks: ConsultationRemarksTable;
  consultation_support: ConsultationSupportTable;
  outcomes: OutcomesTable;
  suggestions: SuggestionsTable;
}
