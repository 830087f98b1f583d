/**
 * The closed list of `extensions.code` values a client can see. Anything else a resolver throws is a bug
 * and leaves the API as INTERNAL_SERVER_ERROR without its details.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** A dependency is down or overloaded (database, pool, timeouts, a full search queue): retry after Retry-After. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export const CLIENT_ERROR_CODES: readonly string[] = Object.values(ErrorCode);
