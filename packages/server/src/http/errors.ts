import type { RefusalKind } from '../use-cases/refusals.js';

export * from '../use-cases/refusals.js';

/** The HTTP status of each kind of refusal — the one place where use cases' refusals meet status codes. */
export const STATUS_OF: Readonly<Record<RefusalKind, number>> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  locked: 423,
};
