import { z } from 'zod';
import { auditEntryViewSchema } from '../audit/audit.views.js';
import { meViewSchema } from '../auth/user.views.js';
import { orgViewSchema } from '../org/org.views.js';

const count = z.number().int();

/** 待办事项 — counts of what waits on this user; 0 where it is not their job. */
export const pendingViewSchema = z.strictObject({
  screen: count,
  /** Draft topics waiting to be submitted for the chair's review. */
  submit: count,
  chairReview: count,
  partyReview: count,
  research: count,
  consult: count,
  record: count,
  outcome: count,
  /** Handling (office): suggestions to assign, feedback to review, feedback to evaluate. */
  assign: count,
  accept: count,
  evaluate: count,
  /** Department: items to answer. */
  answer: count,
  /** Items past their due date (office: the county's; department: its own). */
  overdue: count,
});
/** 待办事项 counts. */
export type PendingView = z.infer<typeof pendingViewSchema>;
/** A key of the workbench's 待办事项. */
export type PendingKey = keyof PendingView;

/** 工作台 — who I am, where I work, the size of my organisation, my recent activity and what waits on me. */
export const workbenchViewSchema = z.strictObject({
  user: meViewSchema,
  organisation: orgViewSchema,
  counts: z.strictObject({
    townships: z.number().int(),
    villages: z.number().int(),
    departments: z.number().int(),
    venues: z.number().int(),
    users: z.number().int(),
  }),
  recentActivity: z.array(auditEntryViewSchema),
  pending: pendingViewSchema,
});
/** The workbench as the API shows it. */
export type WorkbenchView = z.infer<typeof workbenchViewSchema>;
