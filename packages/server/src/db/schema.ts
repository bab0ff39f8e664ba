import type { OrgKind } from '@shangliang/core';
import type { Generated } from 'kysely';
import type { CityTables } from './schema-city.js';
import type { DocumentTables } from './schema-documents.js';
import type { HandlingTables } from './schema-handling.js';
import type { MemberTables } from './schema-members.js';
import type { NotificationTables } from './schema-notifications.js';
import type { SearchTables } from './schema-search.js';
import type { RoomTables } from './schema-rooms.js';
import type { TallyTables } from './schema-tallies.js';
import type { TopicTables } from './schema-topics.js';
import type { VersionColumns } from './schema-versions.js';

/** 组织 — one node of the organisation tree (city, county, township, village/community, department). */
export interface OrganisationsTable extends VersionColumns {
  id: string;
  parent_id: string | null;
  kind: OrgKind;
  name: string;
  region_name: string | null;
  party_name: string | null;
  government_name: string | null;
  contact_person: string | null;
  contact_phone: string | null;
  /** The county this node belongs to (itself for a county); null for the city and city departments. */
  county_id: string | null;
  sort_order: number;
  active: number;
  created_at: string;
  updated_at: string;
}

/** 活动场所 — 委员活动室, 委员工作站 and other venues. */
export interface VenuesTable extends VersionColumns {
  id: string;
  org_id: string;
  county_id: string | null;
  kind: string;
  name: string;
  address: string | null;
  capacity: number | null;
  note: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

/** 工作联系点 of 第四条(七); the county may be unknown (段村). */
export interface ContactPointsTable extends VersionColumns {
  id: string;
  name: string;
  county_id: string | null;
  org_id: string | null;
  address: string | null;
  note: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

/** A user account. */
export interface UsersTable extends VersionColumns {
  id: string;
  username: string;
  display_name: string;
  phone: string | null;
  /** For notifications by e-mail (migration 0028). */
  email: string | null;
  sector: string | null;
  committee: string | null;
  password_hash: string;
  must_change_password: number;
  /** The latest lock of any of its login sources, shown to the office and administrator. */
  locked_until: string | null;
  active: number;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A role held by a user in one organisation. */
export interface RoleAssignmentsTable {
  id: string;
  user_id: string;
  role: string;
  org_id: string;
  title: string | null;
  /** Order of the user's roles as entered; the first is the default organisation at login. */
  position: number;
  created_at: string;
}

/** A signed-in session; the id stored is the SHA-256 of the cookie token. */
export interface SessionsTable {
  id: string;
  user_id: string;
  active_org_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

/** 操作日志 — append-only audit trail. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  username: string | null;
  role: string | null;
  org_id: string | null;
  county_id: string | null;
  action: string;
  outcome: string;
  subject_type: string | null;
  subject_id: string | null;
  summary: string | null;
  ip: string | null;
  user_agent: string | null;
}

/** Consecutive failed logins of one username from one source address ('*': from all addresses). */
export interface LoginFailuresTable {
  username: string;
  source: string;
  failures: number;
  locked_until: string | null;
  updated_at: string;
}

/** An address the user signed in from successfully; such addresses stay open during an account-wide lock. */
export interface LoginAddressesTable {
  user_id: string;
  source: string;
  last_success_at: string;
}

/** The whole database. */
export interface Database extends TopicTables, HandlingTables, TallyTables, RoomTables, MemberTables, CityTables, NotificationTables, DocumentTables, SearchTables {
  organisations: OrganisationsTable;
  venues: VenuesTable;
  contact_points: ContactPointsTable;
  users: UsersTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  login_addresses: LoginAddressesTable;
  audit_log: AuditLogTable;
}
