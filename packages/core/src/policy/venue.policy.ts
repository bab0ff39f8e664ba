import type { Action } from './actions.js';
import { adminOr, manage, PUBLIC } from './common.js';
import type { Rule } from './decision.js';

/** 协商场所 — public to read; kept by the office of its level. */
export const VENUE_POLICY = {
  'venue.read': PUBLIC,
  'venue.create': adminOr(manage),
  'venue.update': adminOr(manage),
  'venue.deactivate': adminOr(manage),
} as const satisfies Partial<Record<Action, Rule>>;
