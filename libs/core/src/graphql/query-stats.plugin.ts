import { ApolloServerPlugin } from '@apollo/server';
import { RequestContext } from '../context';

/** With QUERY_STATS=1, every response says how many SQL statements the operation cost. */
export function queryStatsPlugin(): ApolloServerPlugin<{ ctx: RequestContext }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            sqlStatements: contextValue.ctx.sql.statements,
          };
        },
      };
    },
  };
}
