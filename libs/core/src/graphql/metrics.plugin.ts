import { ApolloServerPlugin } from '@apollo/server';
import { RequestContext } from '../context';
import { formatGraphQLError } from '../errors';
import { graphqlDuration, graphqlErrors, graphqlRequests, sqlStatementsPerOperation } from '../metrics';

/** The code the API answers `error` with (as formatGraphQLError decides it, without reporting it again). */
function codeOf(error: unknown): string {
  return String(formatGraphQLError({ message: '' }, error).extensions?.code);
}

/**
 * Records every GraphQL request in the metrics: count and outcome, latency and SQL statements per operation, and
 * the error codes answered. An operation is its type and first root field (`query experiences`): bounded by the
 * schema, unlike operation names, which clients choose. Documents that never resolve to an operation count as
 * `invalid`; requests refused while their context was built (session check, rate limit) as `context`.
 */
export function metricsPlugin(): ApolloServerPlugin<{ ctx: RequestContext }> {
  return {
    async contextCreationDidFail({ error }) {
      graphqlRequests.inc({ operation: 'context', outcome: 'error' });
      graphqlErrors.inc({ code: codeOf(error) });
    },
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = 'invalid';
      return {
        async didResolveOperation({ operation: resolved }) {
          if (!resolved) return;
          const first = resolved.selectionSet.selections.find((s) => s.kind === 'Field');
          operation = `${resolved.operation} ${first?.kind === 'Field' ? first.name.value : 'fragment'}`;
        },
        async willSendResponse({ response, contextValue }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          graphqlRequests.inc({ operation, outcome: errors.length ? 'error' : 'ok' });
          graphqlDuration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
          for (const e of errors) graphqlErrors.inc({ code: String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          if (contextValue.ctx) sqlStatementsPerOperation.observe({ operation }, contextValue.ctx.sql.statements);
        },
      };
    },
  };
}
