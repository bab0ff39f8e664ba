/** The audit trail: the answer shape defined in core. */
export type { AuditEntryView as AuditEntry } from '@shangliang/core';
