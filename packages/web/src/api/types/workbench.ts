/** The console's workbench: the answer shape defined in core. */
export type { WorkbenchView as Workbench, PendingKey } from '@shangliang/core';
