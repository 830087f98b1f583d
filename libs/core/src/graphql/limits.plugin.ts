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
