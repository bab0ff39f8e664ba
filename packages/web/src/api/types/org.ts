/** Organisations, venues and contact points: the answer shapes defined in core. */
export type { OrgView as Org, OrgNodeView as OrgNode, VenueView as Venue, ContactPointView as ContactPoint } from '@shangliang/core';
