import { z } from 'zod';
import { actionsSchema, versionField } from '../common/page.views.js';
import { ORG_KINDS, VENUE_KINDS } from './org.schema.js';

/** 组织 — an organisation (city, county, township, village, community or department) as the API shows it. */
export const orgViewSchema = z.strictObject({
  id: z.string(),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  kind: z.enum(ORG_KINDS),
  kindLabel: z.string(),
  name: z.string(),
  regionName: z.string().nullable(),
  partyName: z.string().nullable(),
  governmentName: z.string().nullable(),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  countyId: z.string().nullable(),
  countyName: z.string().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  version: versionField,
  actions: actionsSchema,
});
/** An organisation as the API shows it. */
export type OrgView = z.infer<typeof orgViewSchema>;

/** A node of the organisation tree. */
export interface OrgNodeView {
  readonly id: string;
  readonly name: string;
  readonly kind: (typeof ORG_KINDS)[number];
  readonly active: boolean;
  readonly children: OrgNodeView[];
}

/** A node of the organisation tree, with its children (recursive). */
export const orgNodeViewSchema: z.ZodType<OrgNodeView> = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ORG_KINDS),
  active: z.boolean(),
  get children() {
    return z.array(orgNodeViewSchema);
  },
});

/** 活动场所 — a venue as the API shows it. */
export const venueViewSchema = z.strictObject({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string().nullable(),
  countyId: z.string().nullable(),
  kind: z.enum(VENUE_KINDS),
  kindLabel: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  capacity: z.number().int().nullable(),
  note: z.string().nullable(),
  active: z.boolean(),
  version: versionField,
  actions: actionsSchema,
});
/** A venue as the API shows it. */
export type VenueView = z.infer<typeof venueViewSchema>;

/** 工作联系点 — a contact point of 第四条(七); its county may be unknown. */
export const contactPointViewSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  countyId: z.string().nullable(),
  countyName: z.string().nullable(),
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
  address: z.string().nullable(),
  note: z.string().nullable(),
  active: z.boolean(),
  version: versionField,
  actions: actionsSchema,
});
/** A contact point as the API shows it. */
export type ContactPointView = z.infer<typeof contactPointViewSchema>;
