import { z } from 'zod';
import { expectedVersion } from '../versioning/version.js';

/** Kinds of organisation in the tree 市 → 县（市、区） → 乡镇（街道） → 村（社区）, plus 承办单位. */
export const ORG_KINDS = ['city', 'county', 'township', 'village', 'community', 'department'] as const;

/** An organisation kind. */
export type OrgKind = (typeof ORG_KINDS)[number];

/** 组织类型 — labels for organisation kinds. */
export const ORG_KIND_LABELS: Readonly<Record<OrgKind, string>> = {
  city: '市政协',
  county: '县级政协',
  township: '乡镇（街道）',
  village: '村',
  community: '社区',
  department: '承办单位',
};

/** Which kinds may sit under which parent kind. */
export const ORG_CHILD_KINDS: Readonly<Record<OrgKind, readonly OrgKind[]>> = {
  city: ['county', 'department'],
  county: ['township', 'department'],
  township: ['village', 'community'],
  village: [],
  community: [],
  department: [],
};

/** Shared limits, used by both the server schemas and the web forms. */
export const OrgLimits = { nameMax: 60, noteMax: 500 } as const;

const name = z.string().trim().min(1, '名称不能为空').max(OrgLimits.nameMax, `名称不能超过${OrgLimits.nameMax}个字`);
const optionalText = (max: number) => z.string().trim().max(max, `不能超过${max}个字`).optional();

/** Body of 新建组织. */
export const createOrgSchema = z.strictObject({
  parentId: z.string().min(1, '请选择上级组织'),
  kind: z.enum(ORG_KINDS, { error: '组织类型不正确' }),
  name,
  regionName: optionalText(OrgLimits.nameMax),
  partyName: optionalText(OrgLimits.nameMax),
  governmentName: optionalText(OrgLimits.nameMax),
  contactPerson: optionalText(30),
  contactPhone: optionalText(30),
  sortOrder: z.number().int().min(0).max(100000).optional(),
});
/** Input of 新建组织. */
export type CreateOrgInput = z.infer<typeof createOrgSchema>;

/** Body of 修改组织 (kind and parent are fixed once created), with the version the form was loaded at. */
export const updateOrgSchema = createOrgSchema.omit({ parentId: true, kind: true }).partial().extend({ version: expectedVersion });
/** Input of 修改组织. */
export type UpdateOrgInput = z.infer<typeof updateOrgSchema>;

/** 场所类型 — venue kinds of 第六条(一). */
export const VENUE_KINDS = ['member_room', 'member_station', 'other'] as const;
/** A venue kind. */
export type VenueKind = (typeof VENUE_KINDS)[number];
/** Labels of venue kinds. */
export const VENUE_KIND_LABELS: Readonly<Record<VenueKind, string>> = {
  member_room: '委员活动室',
  member_station: '委员工作站',
  other: '其他场所',
};

/** Body of 新建场所. */
export const createVenueSchema = z.strictObject({
  orgId: z.string().min(1, '请选择所属组织'),
  kind: z.enum(VENUE_KINDS, { error: '场所类型不正确' }),
  name,
  address: optionalText(120),
  capacity: z.number().int().min(0).max(100000).optional(),
  note: optionalText(OrgLimits.noteMax),
});
/** Input of 新建场所. */
export type CreateVenueInput = z.infer<typeof createVenueSchema>;
/** Body of 修改场所, with the version the form was loaded at. */
export const updateVenueSchema = createVenueSchema.omit({ orgId: true }).partial().extend({ version: expectedVersion });
/** Input of 修改场所. */
export type UpdateVenueInput = z.infer<typeof updateVenueSchema>;

/** Body of 新建工作联系点 (第四条(七)); the county may be unknown. */
export const createContactPointSchema = z.strictObject({
  name,
  countyId: z.string().min(1).nullable().optional(),
  orgId: z.string().min(1).nullable().optional(),
  address: optionalText(120),
  note: optionalText(OrgLimits.noteMax),
});
/** Input of 新建工作联系点. */
export type CreateContactPointInput = z.infer<typeof createContactPointSchema>;
/** Body of 修改工作联系点, with the version the form was loaded at. */
export const updateContactPointSchema = createContactPointSchema.partial().extend({ version: expectedVersion });
/** Input of 修改工作联系点. */
export type UpdateContactPointInput = z.infer<typeof updateContactPointSchema>;
