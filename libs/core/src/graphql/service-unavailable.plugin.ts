import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode } from '../errors';

/** Seconds to wait before retrying, from the errors of a response (0 if none asks for it). */
function retryAfterOf(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): number {
  let seconds = 0;
  for (const e of errors ?? []) {
    if (e.extensions?.code !== ErrorCode.SERVICE_UNAVAILABLE) continue;
    const s = e.extensions.retryAfterSeconds;
    seconds = Math.max(seconds, typeof s === 'number' ? s : 1);
  }
  return seconds;
}

/**
 * A response with a SERVICE_UNAVAILABLE error goes out as HTTP 503 with Retry-After: clients and proxies then know
 * to try again, and monitoring sees an outage rather than a bug. (Failures before execution, such as the session
 * check, carry the same status on their error: see refusedBeforeExecution.)
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const seconds = retryAfterOf(response.body.singleResult.errors);
          if (!seconds) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(seconds));
        },
      };
    },
  };
}

/**
 * The error to throw where Apollo answers without running the request (while the context is built): the domain
 * error's own code and message, with `status` and its Retry-After. Anything else thrown there would be a 500.
 */
export function refusedBeforeExecution(error: DomainError, status: number): GraphQLError {
  const seconds = error.extensions.retryAfterSeconds;
  const headers = new Map(typeof seconds === 'number' ? [['retry-after', String(seconds)]] : []);
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status, headers } } });
}
