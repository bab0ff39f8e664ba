import type { Role } from '../auth/roles.js';
import type { Action } from './actions.js';
import { adminOr, listRecords, manage } from './common.js';
import { ALLOW, type Rule } from './decision.js';

/** Every signed-in user reads their own notifications (can() has already refused the anonymous). */
const own: Rule = () => ALLOW;

/**
 * 通知 — one's own notifications for everyone; the delivery log of a county (subject scope: [county]) for its
 * office, read across counties by the city office, and resent by the county's own office.
 */
export const NOTIFICATION_POLICY = {
  'notification.read_own': own,
  'notification.read_deliveries': adminOr(listRecords),
  'notification.resend': adminOr(manage),
} as const satisfies Partial<Record<Action, Rule>>;

/**
 * 通知对象的角色 — whose accounts an audience of the notification table means: a department's handlers (经办人), the
 * office of a county, and the city office for city records. The recipients are looked up by these roles only here.
 */
export const NOTIFIED_ROLES = { departmentHandler: 'dept_handler', countyOffice: 'county_office', cityOffice: 'city_office' } as const satisfies Record<string, Role>;
