import type { Generated } from 'kysely';
import type { VersionColumns } from './schema-versions.js';
import type { CheckinActivity, LeaderBody, ParticipationKind, ParticipationSource } from '@shangliang/core';

/** 履职记录 — one participation of a member (migration 0024), kept from the activity it comes from. */
export interface ParticipationsTable {
  id: string;
  /** The county of the activity; null for the city's own. */
  county_id: string | null;
  user_id: string;
  year: number;
  /** YYYY-MM-DD. */
  on_date: string;
  kind: ParticipationKind;
  source_type: ParticipationSource;
  source_id: string;
  topic_id: string | null;
  /** 次 / 件 / 篇 / 半天 as the rule counts them; 1 unless the activity says otherwise. */
  units: number;
  detail: string | null;
}

/** Leaders present at a consultation carry their body and whether they are the county's 负责同志. */
export interface LeaderColumns {
  leader_body: LeaderBody | null;
  leader_principal: Generated<number>;
}

/** 签到码 of one activity, valid from opens_at to closes_at. */
export interface CheckinsTable {
  id: string;
  activity_type: CheckinActivity;
  activity_id: string;
  county_id: string | null;
  code: string;
  opens_at: string;
  closes_at: string;
  created_by: string | null;
  created_at: string;
}

/** 积分规则 of one scope ('' = the city) and year, as JSON of core's PointRules. */
export interface PointRuleSetsTable extends VersionColumns {
  scope: string;
  year: number;
  rules: string;
  closed_at: string | null;
}

/** The tables of member performance (第六条(一)). */
export interface MemberTables {
  participations: ParticipationsTable;
  checkins: CheckinsTable;
  point_rule_sets: PointRuleSetsTable;
}
