import type { Actor } from '@shangliang/core';
import type { Db } from '../db/database.js';
import type { Live } from '../live/live.js';
import type { CountyThesauri } from '../search/county-thesaurus.js';

/** The signed-in user as a request sees them. */
export interface SessionUser {
  readonly id: string;
  readonly username: string;
  readonly sessionId: string;
  readonly activeOrgId: string;
  /** The county of the active organisation (null for the city). */
  readonly countyId: string | null;
  /** The role shown in the audit trail: the first role held in the active organisation. */
  readonly role: string | null;
  readonly mustChangePassword: boolean;
}

/** Everything a use case needs to know about the request it serves. */
export interface RequestContext {
  readonly db: Db;
  readonly now: Date;
  readonly actor: Actor;
  readonly user: SessionUser | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
  /** Room events and the opinion maps' background work; absent in seeds and the command line. */
  readonly live?: Live;
  /** Each county's thesaurus, kept by the app; absent in seeds and the command line (read afresh there). */
  readonly thesauri?: CountyThesauri;
}
