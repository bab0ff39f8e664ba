/** User accounts: the answer shape defined in core. */
export type { UserView as User } from '@shangliang/core';
