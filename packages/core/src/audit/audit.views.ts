import { z } from 'zod';
import { ROLES } from '../auth/roles.js';
import { AUDIT_OUTCOMES } from './audit.schema.js';

/** One entry of the audit trail (操作日志). */
export const auditEntryViewSchema = z.strictObject({
  id: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  role: z.enum(ROLES).nullable(),
  /** Chinese label of `role`. */
  roleLabel: z.string().nullable(),
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
  countyId: z.string().nullable(),
  action: z.string(),
  actionLabel: z.string(),
  outcome: z.enum(AUDIT_OUTCOMES),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  summary: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
/** An audit entry as the API shows it. */
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;
