export type { RequestContext, SessionUser } from '../use-cases/context.js';
