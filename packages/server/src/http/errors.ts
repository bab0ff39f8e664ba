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

/** An expected failure with an HTTP status, a stable code and a Chinese message. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: readonly FieldError[],
    readonly refusal?: Refusal,
  ) {
    super(message);
  }
}

/** 404 — the record does not exist or is not visible to this user. */
export const notFound = (what: string): AppError => new AppError(404, 'NOT_FOUND', `${what}不存在或无权查看`);
/** 409 — conflicts with the current state. */
export const conflict = (reason: string): AppError => new AppError(409, 'CONFLICT', reason);
/** 409 VERSION_CONFLICT — the record was saved by someone else after the form was loaded; `current` says who and when. */
export class VersionConflict extends AppError {
  constructor(readonly current: VersionStamp) {
    super(409, 'VERSION_CONFLICT', versionConflictMessage(current));
  }
}

/** 400 — invalid input that a schema cannot express. */
export const invalid = (message: string, fields?: FieldError[]): AppError =>
  new AppError(400, 'VALIDATION_FAILED', message, fields);
