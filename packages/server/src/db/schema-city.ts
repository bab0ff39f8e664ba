import type { ExperienceStatus, VisitKind } from '@shangliang/core';
import type { VersionColumns } from './schema-versions.js';

/** 走访座谈 — a visit or symposium of the city CPPCC at a contact point (migration 0025). */
export interface ContactPointVisitsTable extends VersionColumns {
  id: string;
  contact_point_id: string;
  /** YYYY-MM-DD. */
  date: string;
  kind: VisitKind;
  title: string;
  /** 带队 — a member account of the city. */
  leader_id: string;
  /** JSON array of the other members' user ids. */
  member_ids: string;
  met: string;
  opinions: string;
  created_by: string | null;
  created_at: string;
}

/** 经验交流 — an experience summary of the city office (migration 0025). */
export interface ExperiencesTable extends VersionColumns {
  id: string;
  title: string;
  body: string;
  /** JSON array of linked topic ids, in the order the office chose. */
  topic_ids: string;
  status: ExperienceStatus;
  published_at: string | null;
  created_by: string | null;
  created_at: string;
}

/** The tables of the city CPPCC's own records (第四条(七), 第七条). */
export interface CityTables {
  contact_point_visits: ContactPointVisitsTable;
  experiences: ExperiencesTable;
}
