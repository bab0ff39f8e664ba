import { z } from 'zod';
import { actionsSchema, versionField } from '../common/page.views.js';
import { ORG_KINDS } from '../org/org.schema.js';
import { ACTIONS } from '../policy/actions.js';
import { MENU_KEYS } from '../policy/menu.js';
import { ROLES } from './roles.js';

/** One role a user holds, as shown in the UI. */
export const roleViewSchema = z.strictObject({
  role: z.enum(ROLES),
  roleLabel: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  countyId: z.string().nullable(),
  title: z.string().nullable(),
});
/** A role assignment as the API shows it. */
export type RoleView = z.infer<typeof roleViewSchema>;

/** A user account as listed in 用户管理. */
export const userViewSchema = z.strictObject({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  sector: z.string().nullable(),
  committee: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  version: versionField,
  roles: z.array(roleViewSchema),
  actions: actionsSchema,
});
/** A user as the API shows it. */
export type UserView = z.infer<typeof userViewSchema>;

/** An organisation the signed-in user may act for. */
export const meOrganisationSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ORG_KINDS),
  countyId: z.string().nullable(),
});
/** An organisation the signed-in user may act for. */
export type MeOrganisation = z.infer<typeof meOrganisationSchema>;

/** The signed-in user, their roles, organisations and menu (GET /api/auth/me). */
export const meViewSchema = z.strictObject({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  mustChangePassword: z.boolean(),
  activeOrgId: z.string(),
  roles: z.array(roleViewSchema),
  organisations: z.array(meOrganisationSchema),
  menu: z.array(z.enum(MENU_KEYS)),
  /** Collection-level actions allowed in the active organisation's county (per-object actions come with each object). */
  actions: z.array(z.enum(ACTIONS)),
  /** Roles this user may assign to others there. */
  grantableRoles: z.array(z.enum(ROLES)),
});
/** The signed-in user as the API shows them. */
export type MeView = z.infer<typeof meViewSchema>;

/** Answer of login, /auth/me and switch-org: `{user}`. */
export const meAnswerSchema = z.strictObject({ user: meViewSchema });
