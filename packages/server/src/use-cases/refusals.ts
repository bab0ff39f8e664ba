import { type VersionStamp, versionConflictMessage } from '@shangliang/core';

/** One field's validation problem. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** A policy refusal, written to the audit trail by the error handler once any transaction has rolled back. */
export interface Refusal {
  readonly action: string;
  readonly subjectType: string;
  readonly subjectId?: string;
  readonly countyId?: string | null;
}

/**
 * What kind of refusal a use case gives; only the HTTP layer (http/errors.ts STATUS_OF) turns it into a
 * status code, so use cases say what went wrong, not how HTTP spells it.
 */
export type RefusalKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'too_large' | 'locked';

/** An expected refusal: its kind, a stable code and a Chinese message (and for policy refusals, what the audit trail records). */
export class AppError extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly code: string,
    message: string,
    readonly fields?: readonly FieldError[],
    readonly refusal?: Refusal,
  ) {
    super(message);
  }
}

/** 404 — the record does not exist or is not visible to this user. */
export const notFound = (what: string): AppError => new AppError('not_found', 'NOT_FOUND', `${what}不存在或无权查看`);
/** 409 — conflicts with the current state. */
export const conflict = (reason: string): AppError => new AppError('conflict', 'CONFLICT', reason);
/** 409 VERSION_CONFLICT — the record was saved by someone else after the form was loaded; `current` says who and when. */
export class VersionConflict extends AppError {
  constructor(readonly current: VersionStamp) {
    super('conflict', 'VERSION_CONFLICT', versionConflictMessage(current));
  }
}

/** 400 — invalid input that a schema cannot express. */
export const invalid = (message: string, fields?: FieldError[]): AppError =>
  new AppError('invalid', 'VALIDATION_FAILED', message, fields);
