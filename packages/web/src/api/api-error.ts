/** One field-level problem reported by the server, e.g. `{path: "roles.0.orgId", message: "…"}`. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** An error answer of the API (`{error, message, fields}`), thrown by the client. */
export class ApiError extends Error {
  /** HTTP status of the answer (0 when the network failed). */
  readonly status: number;
  /** Machine code, e.g. `VALIDATION_FAILED`. */
  readonly code: string;
  /** Field errors of a validation failure. */
  readonly fields: readonly FieldError[];

  constructor(status: number, code: string, message: string, fields: readonly FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

/** The Chinese message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作未能完成，请稍后重试';
}
