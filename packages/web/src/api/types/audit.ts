/** The audit trail. */
import type { AuditOutcome } from '@shangliang/core';

/** One entry of the audit trail. */
export interface AuditEntry {
  readonly id: string | number;
  readonly at: string;
  readonly userId: string | null;
  readonly username: string | null;
  readonly role: string | null;
  /** Chinese label of `role`, when the server sends it. */
  readonly roleLabel?: string | null;
  readonly orgId: string | null;
  readonly orgName: string | null;
  readonly countyId: string | null;
  readonly action: string;
  readonly actionLabel: string;
  readonly outcome: AuditOutcome;
  readonly subjectType: string | null;
  readonly subjectId: string | null;
  readonly summary: string | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
}
