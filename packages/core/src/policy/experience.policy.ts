import type { Role } from '../auth/roles.js';
import type { Action } from './actions.js';
import { adminOr } from './common.js';
import { type Rule, when } from './decision.js';
import { holds, isCityOffice, MEMBER_ROLES, WORKFLOW_ROLES } from './predicates.js';

/** Who reads the published summaries: the offices, committees, leaders and members of every level. */
const READERS: readonly Role[] = [...WORKFLOW_ROLES, 'leader', ...MEMBER_ROLES];

const readExperiences: Rule = when((actor) => READERS.some((r) => holds(actor, r)), '经验交流仅供各级政协工作人员、领导和委员阅读');

/** 经验交流 (第七条) — written by the city office, read by every county. */
export const EXPERIENCE_POLICY = {
  'experience.read': adminOr(readExperiences),
  /** Drafts included: the city CPPCC's own writing, not an administrator's. */
  'experience.write': when(isCityOffice, '经验交流由市政协办公室撰写和发布'),
} as const satisfies Partial<Record<Action, Rule>>;
