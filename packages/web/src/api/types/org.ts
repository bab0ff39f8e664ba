/** Organisations, venues and contact points. */
import type { OrgKind, VenueKind } from '@shangliang/core';
import type { Versioned, WithActions } from './common.js';

/** 组织 — an organisation (city, county, township, village, community or department). */
export interface Org extends WithActions, Versioned {
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
export interface Venue extends WithActions, Versioned {
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
export interface ContactPoint extends WithActions, Versioned {
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
