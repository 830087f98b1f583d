import { ErrorCode } from './error-code';

/** One invalid input field and why, as shown in `extensions.fields`. */
export interface InvalidField {
  field: string;
  message: string;
}

/** A failure the client caused or may act on. Services throw these; the GraphQL edge maps them once. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, fields: InvalidField[] = []) {
    super(ErrorCode.BAD_USER_INPUT, message, fields.length ? { fields } : {});
  }

  static field(field: string, message: string): BadUserInputError {
    return new BadUserInputError(`${field}: ${message}`, [{ field, message }]);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id?: string) {
    super(ErrorCode.NOT_FOUND, id ? `${what} ${id} was not found.` : `${what} was not found.`);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'You need to sign in for this.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

/** RATE_LIMITED: says when to try again, in the message and as `extensions.retryAfterSeconds` (at least 1). */
export class RateLimitedError extends DomainError {
  constructor(message: string, retryAfterMs: number, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)), ...extensions });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
  }
}

/**
 * SERVICE_UNAVAILABLE: not the client's fault and not a bug; the same request may succeed in a moment. Sent with
 * HTTP 503 and Retry-After (`extensions.retryAfterSeconds`).
 */
export class ServiceUnavailableError extends DomainError {
  constructor(message: string, retryAfterSeconds: number) {
    super(ErrorCode.SERVICE_UNAVAILABLE, message, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });
  }
}
