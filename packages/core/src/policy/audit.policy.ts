import type { Action } from './actions.js';
import { adminOr, listRecords } from './common.js';
import type { Rule } from './decision.js';

/** 操作日志 — read by the offices of the counties it concerns. */
export const AUDIT_POLICY = {
  'audit.read': adminOr(listRecords),
} as const satisfies Partial<Record<Action, Rule>>;
