import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError, InvalidField } from './domain-error';
import { ErrorCode } from './error-code';
import { Outage, outageOf } from './outage';

/** PostgreSQL error codes a client can trigger despite validation, e.g. through a race. */
const PG_CODES: Record<string, { code: ErrorCode; message: string }> = {
  '23505': { code: ErrorCode.CONFLICT, message: 'This already exists.' },
  '22P02': { code: ErrorCode.BAD_USER_INPUT, message: 'A value has the wrong format.' },
  '22001': { code: ErrorCode.BAD_USER_INPUT, message: 'A value is too long.' },
  '22007': { code: ErrorCode.BAD_USER_INPUT, message: 'A date or time has the wrong format.' },
  '22008': { code: ErrorCode.BAD_USER_INPUT, message: 'A date or time is out of range.' },
  '22021': { code: ErrorCode.BAD_USER_INPUT, message: 'A text contains a character that cannot be stored.' },
  '22003': { code: ErrorCode.BAD_USER_INPUT, message: 'A number is out of range.' },
  '23503': { code: ErrorCode.NOT_FOUND, message: 'Something this refers to does not exist (any more).' },
};

/** Apollo's own codes for documents it refuses before execution; all of them are the client's input. */
const APOLLO_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface FormatErrorOptions {
  /** Report unexpected errors (they are bugs), e.g. to the log. */
  onInternalError?: (error: unknown) => void;
  /** Report a failing dependency (see OutageLog): not a bug, and not worth a stack trace per request. */
  onOutage?: (outage: Outage, error: unknown) => void;
  /** Keep the message and stack of unexpected errors (development only). */
  exposeInternals?: boolean;
}

function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/**
 * Maps every error leaving the API onto the closed list in ErrorCode. A client never sees a stack trace
 * or an internal message unless `exposeInternals` is set.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: FormatErrorOptions = {},
): GraphQLFormattedError {
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  const original = unwrap(error);

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.extensions } };
  }

  const outage = outageOf(original);
  if (outage) {
    options.onOutage?.(outage, original);
    return {
      ...base,
      message: outage.message,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: outage.retryAfterSeconds },
    };
  }

  const pg = (original as { code?: string; driverError?: { code?: string } } | null)?.driverError?.code;
  if (pg && PG_CODES[pg]) {
    return { ...base, message: PG_CODES[pg].message, extensions: { code: PG_CODES[pg].code } };
  }

  const apolloCode = formatted.extensions?.code;
  const isDocumentError = typeof apolloCode === 'string' && APOLLO_INPUT_CODES.has(apolloCode);
  // Errors raised by graphql-js itself (validation, variable coercion, limits) carry no original error.
  const isGraphQLInputError = error instanceof GraphQLError && !(error.originalError && !(error.originalError instanceof GraphQLError));
  if (isDocumentError || (isGraphQLInputError && apolloCode !== 'INTERNAL_SERVER_ERROR')) {
    // 'Variable "$first" got invalid value …' names the variable: report it as the field.
    const fields: InvalidField[] | undefined = formatted.message.startsWith('Variable "$')
      ? [{ field: formatted.message.slice(11, formatted.message.indexOf('"', 11)), message: formatted.message }]
      : undefined;
    // Keep what limits report (cost, maxCost); drop Apollo's internals.
    const { stacktrace: _s, http: _h, code: _c, ...details } = formatted.extensions ?? {};
    return { ...base, extensions: { ...details, code: ErrorCode.BAD_USER_INPUT, ...(fields ? { fields } : {}) } };
  }

  options.onInternalError?.(original);
  if (options.exposeInternals) {
    return {
      ...base,
      message: original instanceof Error ? original.message : formatted.message,
      extensions: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        stacktrace: original instanceof Error ? original.stack?.split('\n') : undefined,
      },
    };
  }
  return {
    ...base,
    message: 'Something went wrong on our side. Please try again later.',
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
