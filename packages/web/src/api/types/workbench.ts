/** The console's workbench. */
import type { AuditEntry } from './audit.js';
import type { Me } from './auth.js';
import type { Org } from './org.js';

/** Answer of GET /api/workbench. */
export interface Workbench {
  readonly user: Me;
  readonly organisation: Org | null;
  readonly counts: {
    readonly townships: number;
    readonly villages: number;
    readonly departments: number;
    readonly venues: number;
    readonly users: number;
  };
  readonly recentActivity: readonly AuditEntry[];
  /** 待办 counts (issue 3); 0 when not the user's job. Absent from older servers. */
  readonly pending?: Partial<Record<PendingKey, number>>;
}

/** Keys of the workbench's 待办事项. */
export type PendingKey =
  | 'screen'
  | 'submit'
  | 'chairReview'
  | 'partyReview'
  | 'research'
  | 'consult'
  | 'record'
  | 'outcome'
  | 'assign'
  | 'answer'
  | 'accept'
  | 'evaluate'
  | 'overdue';
