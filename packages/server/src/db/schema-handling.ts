import type { FeedbackStatus, ItemState, ResultClass, TopicState } from '@shangliang/core';
import type { Generated } from 'kysely';
import type { VersionColumns } from './schema-versions.js';

/** 建议办理 — one per suggestion once its outcome is submitted; its state changes only through core's handling table. */
export interface HandlingItemsTable extends VersionColumns {
  suggestion_id: string;
  /** The suggestion's number in its outcome (copied, for the board's index). */
  seq: Generated<number>;
  /** The last timeline sequence number handed out (see appendTopicEvent / appendItemEvent). */
  event_seq: Generated<number>;
  /** The state of the item's topic, copied by triggers (migration 0018). */
  topic_state: Generated<TopicState | null>;
  topic_id: string;
  county_id: string | null;
  state: ItemState;
  round: number;
  lead_dept_id: string | null;
  /** JSON array of 会办 department ids. */
  co_dept_ids: string;
  assigned_on: string | null;
  due_on: string | null;
  co_due_on: string | null;
  letter_no: string | null;
  letter_date: string | null;
  conversion_ref: string | null;
  /** The first written answer (feedback) of the current round, copied by triggers (migration 0027). */
  first_answer_at: Generated<string | null>;
  updated_at: string;
}

/** One entry of an item's timeline, across rounds. */
export interface ItemEventsTable {
  id: string;
  suggestion_id: string;
  seq: number;
  at: string;
  round: number;
  kind: string;
  title: string;
  detail: string | null;
  user_id: string | null;
  actor_name: string | null;
}

/** 书面反馈 of the lead department. */
export interface FeedbacksTable {
  id: string;
  suggestion_id: string;
  round: number;
  dept_id: string;
  text: string;
  result_class: ResultClass;
  measures: string | null;
  responsible: string;
  contact: string;
  status: FeedbackStatus;
  review_note: string | null;
  author_id: string | null;
  submitted_at: string;
  reviewed_at: string | null;
}

/** 满意度测评. */
export interface EvaluationsTable {
  id: string;
  suggestion_id: string;
  round: number;
  rating: string;
  process_mark: string | null;
  result_mark: string | null;
  comment: string | null;
  by_user: string | null;
  at: string;
}

/** 会办意见 sent to the lead department. */
export interface CoOpinionsTable {
  id: string;
  suggestion_id: string;
  round: number;
  dept_id: string;
  text: string;
  at: string;
}

/** Settings per county ('' scope = the city): deadline_days, return_window_days. */
export interface CountySettingsTable extends VersionColumns {
  scope: string;
  key: string;
  value: string;
  updated_at: string;
}

/** 领导批示 on an outcome or one suggestion. */
export interface InstructionsTable {
  id: string;
  topic_id: string;
  suggestion_id: string | null;
  leader: string;
  leader_title: string | null;
  given_on: string;
  text: string;
  created_by: string | null;
  created_at: string;
}

/** A follow-up action spawned by an instruction, with its own due date. */
export interface InstructionActionsTable {
  id: string;
  instruction_id: string;
  text: string;
  due_on: string;
  done_on: string | null;
  seq: number;
}

/** 跟踪问效 activity: 民主监督, 调研视察, 民主评议. */
export interface FollowUpsTable {
  id: string;
  topic_id: string;
  kind: string;
  date: string;
  place: string;
  member_ids: string;
  findings: string;
  created_by: string | null;
  created_at: string;
}

/** A department of a handling item: its lead (主办) or a co-handling (会办) unit. */
export interface ItemDepartmentsTable {
  suggestion_id: string;
  dept_id: string;
  role: 'lead' | 'co';
  /** The item's county, topic, number, state and due date, copied by triggers (migration 0017). */
  county_id: Generated<string | null>;
  topic_id: Generated<string | null>;
  seq: Generated<number>;
  state: Generated<ItemState | null>;
  due_on: Generated<string | null>;
}

/** The tables of suggestion handling. */
export interface HandlingTables {
  instructions: InstructionsTable;
  instruction_actions: InstructionActionsTable;
  follow_ups: FollowUpsTable;
  handling_items: HandlingItemsTable;
  item_departments: ItemDepartmentsTable;
  item_events: ItemEventsTable;
  feedbacks: FeedbacksTable;
  evaluations: EvaluationsTable;
  co_opinions: CoOpinionsTable;
  county_settings: CountySettingsTable;
}
