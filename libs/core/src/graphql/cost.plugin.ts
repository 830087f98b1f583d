import { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, GraphQLError } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors';
import { DEFAULT_PAGE_SIZE } from '../relay';

/**
 * A connection costs as many times its children as it may return (`first`, default 20): the cost is
 * an upper bound of the objects a document can make the server load, as in GitHub's API.
 */
export const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!getNamedType(field.type).name.endsWith('Connection')) return undefined;
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + first * Math.max(childComplexity, 1);
};

/** Refuses operations whose cost exceeds `maxCost`, before anything runs. */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables ?? {},
              estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not fit their types: nothing will run, and execution reports them by name.
            return;
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `This query could load up to ${cost} objects; at most ${maxCost} are allowed. Ask for fewer items (first) or fewer nested lists.`,
              { extensions: { code: ErrorCode.BAD_USER_INPUT, cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
