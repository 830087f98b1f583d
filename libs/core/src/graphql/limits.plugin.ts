import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';

/** Refuses documents longer than `maxCharacters` before they are parsed. */
export function documentSizeLimitPlugin(maxCharacters: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveSource({ source }) {
          if (source.length > maxCharacters) {
            throw new GraphQLError(`The query is too long (${source.length} characters; at most ${maxCharacters}).`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/**
 * A document refused before execution (syntax, limits, size) is the client's mistake. Apollo answers 500
 * when a validation plugin throws; this turns such a response (only errors, all BAD_USER_INPUT) into 400.
 */
export function clientErrorStatus(statusCode: number, payload: unknown): number {
  if (statusCode < 500 || typeof payload !== 'string' || payload.length > 100_000) return statusCode;
  try {
    const body = JSON.parse(payload) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    const refused =
      body.data === undefined && !!body.errors?.length && body.errors.every((e) => e.extensions?.code === ErrorCode.BAD_USER_INPUT);
    return refused ? 400 : statusCode;
  } catch {
    return statusCode;
  }
}
