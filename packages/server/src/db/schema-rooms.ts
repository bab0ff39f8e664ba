import type { Generated } from 'kysely';
import type { ParticipantBadge, RoomAudience, RoomModeration, StatementStatus } from '@shangliang/core';
import type { VersionColumns } from './schema-versions.js';

/** 网络协商 rooms (migration 0023). */
export interface RoomsTable extends VersionColumns {
  id: string;
  topic_id: string;
  consultation_id: string | null;
  county_id: string | null;
  title: string;
  background: string | null;
  opens_at: string;
  closes_at: string;
  closed_at: string | null;
  audience: RoomAudience;
  moderation: RoomModeration;
  allow_statements: number;
  min_votes: number;
  created_at: string;
}

export interface RoomParticipantsTable {
  id: string;
  room_id: string;
  user_id: string | null;
  /** sha256 of the anonymous participant's cookie token. */
  token_hash: string | null;
  nickname: string | null;
  badge: ParticipantBadge | null;
  dept_id: string | null;
  external_id: string | null;
  ip: string | null;
  created_at: string;
}

export interface RoomStatementsTable {
  id: string;
  room_id: string;
  participant_id: string | null;
  text: string;
  status: StatementStatus;
  seed: number;
  /** The moderation word that held it for review. */
  held_for: string | null;
  hidden_reason: string | null;
  idempotency_key: string | null;
  external_id: string | null;
  agrees: Generated<number>;
  disagrees: Generated<number>;
  passes: Generated<number>;
  reports: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface RoomVotesTable {
  statement_id: string;
  participant_id: string;
  room_id: string;
  vote: number;
  at: string;
}

export interface RoomReportsTable {
  statement_id: string;
  participant_id: string;
  reason: string | null;
  at: string;
}

export interface RoomRepliesTable {
  id: string;
  statement_id: string;
  room_id: string;
  dept_id: string;
  user_id: string;
  text: string;
  at: string;
}

export interface ModerationWordsTable {
  /** A county's id, or '' for the city. */
  scope: string;
  word: string;
}

export interface RoomMapsTable {
  room_id: string;
  votes_seen: number;
  computed_at: string;
  computed_ms: number;
  /** The computed map (JSON). */
  result: string;
}

export interface RoomTables {
  rooms: RoomsTable;
  room_participants: RoomParticipantsTable;
  room_statements: RoomStatementsTable;
  room_votes: RoomVotesTable;
  room_reports: RoomReportsTable;
  room_replies: RoomRepliesTable;
  moderation_words: ModerationWordsTable;
  room_maps: RoomMapsTable;
}
