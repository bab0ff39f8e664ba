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
