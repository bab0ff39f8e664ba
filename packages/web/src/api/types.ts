/** The API's answer shapes, one file per capability under ./types/. */
export type * from './types/common.js';
export type * from './types/auth.js';
export type * from './types/org.js';
export type * from './types/users.js';
export type * from './types/audit.js';
export type * from './types/workbench.js';
export type * from './types/public.js';
export type * from './types/proposals.js';
export type * from './types/topics.js';
export type * from './types/handling.js';
export type * from './types/rooms.js';
export type * from './types/city.js';
export type * from './types/notifications.js';
export type * from './types/documents.js';
